import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as outboxMain } from '../../cloudfunctions/outbox/index'
import { main as userMain } from '../../cloudfunctions/user/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { CaseDoc } from '../../backend/domain/cases/case-doc'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'

let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = (await backend.platform.store.find<CaseDoc>(COLLECTIONS.cases, {}))[0]._id
})
afterEach(() => backend.close())

const fire = (userId: string, event: string, expectedVersion: number, note = '') =>
  caseMain({ action: 'transition', caseId, event, expectedVersion, note }, contextFor(userId))

describe('case.transition', () => {
  it('moves the case, writes the timeline, audit and one message per follower in one go', async () => {
    const reply = await fire('u-hospital-01', 'admit', 1, '免押金入院')
    expect(reply).toMatchObject({ ok: true, data: { case: { state: { medical: 'inpatient', version: 2 } } } })
    const got = await caseMain({ action: 'get', caseId }, contextFor('u-worker-01'))
    if (!got.ok) throw new Error(got.message)
    const { timeline } = got.data as { timeline: Array<{ title: string; actorName: string; note: string }> }
    expect(timeline.map((t) => t.title)).toEqual(['企业报案', expect.any(String)])
    expect(timeline[1]).toMatchObject({ actorName: '孙医生（演示）', note: '免押金入院' })
    const outbox = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {})
    expect(outbox.map((m) => (m.payload as { toOpenid: string }).toOpenid).sort()).toEqual(['dev-u-officer-01', 'dev-u-worker-01'])
  })

  it('lets exactly one of two agents with the same version win; the loser changes nothing', async () => {
    const [a, b] = await Promise.all([fire('u-officer-01', 'withdraw', 1), fire('u-insurer-01', 'withdraw', 1)])
    const replies = [a, b]
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.find((r) => !r.ok)).toMatchObject({ code: 'CASE.VERSION_CONFLICT' })
    const doc = await backend.platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId)
    expect(doc!.state.version).toBe(2)
    expect(doc!.eventCount).toBe(2)
  })

  it('refuses a role the table does not allow, and a wrong state, writing nothing', async () => {
    const before = backend.snapshot()
    expect(await fire('u-officer-01', 'admit', 1)).toMatchObject({ ok: false, code: 'CASE.ROLE_NOT_ALLOWED' })
    expect(await fire('u-bureau-01', 'recognise', 1)).toMatchObject({ ok: false, code: 'CASE.INVALID_TRANSITION' })
    expect(backend.snapshot()).toEqual(before)
  })

  it('refuses a transition on a case the caller cannot see as not found', async () => {
    expect(await fire('u-officer-05', 'withdraw', 1)).toMatchObject({ ok: false, code: 'CASE.NOT_FOUND' })
  })

  it('runs the medical track in parallel with the claim', async () => {
    expect(await fire('u-hospital-01', 'admit', 1)).toMatchObject({ ok: true, data: { case: { state: { medical: 'inpatient', claim: 'reported' } } } })
    expect(await fire('u-officer-01', 'withdraw', 2)).toMatchObject({ ok: true, data: { case: { state: { medical: 'inpatient', claim: 'withdrawn' } } } })
  })

  it('leaves workflow events to the insurer desk', async () => {
    const before = backend.snapshot()
    for (const event of ['verify_insured', 'start_investigation', 'submit_application']) {
      expect(await fire('u-insurer-01', event, 1)).toMatchObject({ ok: false, code: 'CASE.USE_WORKFLOW' })
    }
    expect(backend.snapshot()).toEqual(before)
  })
})

describe('outbox delivery', () => {
  it('delivers each queued message once to the recipient\'s feed, even when two runs overlap', async () => {
    await fire('u-hospital-01', 'admit', 1)
    await Promise.all([outboxMain({ Type: 'Timer', TriggerName: 'dispatch-every-minute' }, {}), outboxMain({ Type: 'Timer', TriggerName: 'dispatch-every-minute' }, {})])
    const messages = await backend.platform.store.find(COLLECTIONS.messages, {})
    expect(messages).toHaveLength(2)
    const outbox = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {})
    expect(outbox.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true)
    await outboxMain({ Type: 'Timer' }, {})
    expect(await backend.platform.store.count(COLLECTIONS.messages, {})).toBe(2)
  })

  it('refuses a timer event sent by a signed-in user', async () => {
    expect(await outboxMain({ Type: 'Timer' }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })

  it('lets the bureau run the dispatcher by hand but not an officer', async () => {
    expect(await outboxMain({ action: 'dispatch' }, contextFor('u-bureau-01'))).toMatchObject({ ok: true })
    expect(await outboxMain({ action: 'dispatch' }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })
})

describe('the 消息 feed', () => {
  it('shows each person the messages delivered to them, and only theirs', async () => {
    await fire('u-hospital-01', 'admit', 1)
    await outboxMain({ Type: 'Timer' }, {})
    const worker = await userMain({ action: 'messages' }, contextFor('u-worker-01'))
    expect(worker).toMatchObject({ ok: true, data: { messages: [expect.objectContaining({ templateKey: 'case_update', data: expect.objectContaining({ status: '已住院（免押金）' }) })] } })
    expect(await userMain({ action: 'messages' }, contextFor('u-officer-05'))).toEqual({ ok: true, data: { messages: [] } })
  })
})
