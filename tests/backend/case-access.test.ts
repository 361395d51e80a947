import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as userMain } from '../../cloudfunctions/user/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { CaseDoc } from '../../backend/domain/cases/case-doc'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'

let backend: TestBackend
let demoCase: CaseDoc
beforeEach(async () => {
  backend = await openTestBackend()
  ;[demoCase] = await backend.platform.store.find<CaseDoc>(COLLECTIONS.cases, {})
})
afterEach(() => backend.close())

async function listIds(userId?: string): Promise<string[] | string> {
  const reply = await caseMain({ action: 'list' }, contextFor(userId))
  return reply.ok ? (reply.data as { cases: { id: string }[] }).cases.map((c) => c.id) : reply.code
}

describe('who sees the demo case (enterprise ent-01, worker 陈师傅, hospital hosp-demo-1)', () => {
  it.each([
    ['the officer of its enterprise', 'u-officer-01', true],
    ['its injured worker', 'u-worker-01', true],
    ['the insurer agent', 'u-insurer-01', true],
    ['the hospital it was sent to', 'u-hospital-01', true],
    ['the bureau reviewer', 'u-bureau-01', true],
    ['an officer of another enterprise', 'u-officer-05', false],
    ['another enterprise\'s officer (3rd)', 'u-officer-16', false],
  ])('%s: list and get agree', async (_who, userId, visible) => {
    expect(await listIds(userId)).toEqual(visible ? [demoCase._id] : [])
    const reply = await caseMain({ action: 'get', caseId: demoCase._id }, contextFor(userId))
    if (visible) expect(reply.ok).toBe(true)
    else expect(reply).toMatchObject({ ok: false, code: 'CASE.NOT_FOUND' })
  })

  it('refuses anonymous callers and WeChat users not bound to anyone', async () => {
    expect(await listIds()).toBe('AUTH.UNAUTHENTICATED')
    const unbound = await caseMain({ action: 'list' }, { caller: { openid: 'wx-stranger' } })
    expect(unbound).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
  })

  it('ignores an openid smuggled in the event', async () => {
    const reply = await caseMain({ action: 'list', userInfo: { openId: 'dev-u-bureau-01' }, openid: 'dev-u-bureau-01' }, {})
    expect(reply).toMatchObject({ ok: false, code: 'AUTH.UNAUTHENTICATED' })
    const me = await userMain({ action: 'me', openid: 'dev-u-bureau-01' }, {})
    expect(me).toEqual({ ok: true, data: { bound: false, me: null } })
  })

  it('shows the ID number masked, never in clear, and stores it only hashed and encrypted', async () => {
    const reply = await caseMain({ action: 'get', caseId: demoCase._id }, contextFor('u-insurer-01'))
    const text = JSON.stringify(reply)
    expect(text).toContain('3204**********')
    expect(text).not.toMatch(/\d{17}[\dX]/)
    const raw = backend.platform.store.db.prepare('SELECT body FROM c_cases').get() as { body: string }
    expect(raw.body).not.toMatch(/\d{17}[\dX]/)
    expect(text).not.toContain(demoCase.worker.idHash)
  })

  it('logs every view of the case in the audit trail', async () => {
    await caseMain({ action: 'get', caseId: demoCase._id }, contextFor('u-hospital-01'))
    const views = await backend.platform.store.find(COLLECTIONS.audit, { action: 'case.view', subjectId: demoCase._id })
    expect(views).toEqual([expect.objectContaining({ actorId: 'u-hospital-01', actorRole: 'hospital' })])
  })
})

describe('user.me', () => {
  it('answers with the bound profile and organisation', async () => {
    const reply = await userMain({ action: 'me' }, contextFor('u-officer-05'))
    expect(reply).toEqual({ ok: true, data: { bound: true, me: expect.objectContaining({ role: 'officer', orgName: '新誉集团有限公司', enterpriseId: 'ent-05', demo: true }) } })
  })
})
