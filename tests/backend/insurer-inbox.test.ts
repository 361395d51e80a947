import { main as caseMain } from '../../cloudfunctions/case/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { CaseDoc, CaseEventDoc } from '../../backend/domain/cases/case-doc'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent } from '../support/report'
import { AGENT, demoCase, insurer, ok, reportCase, stored, SUPERVISOR } from '../fixtures/insurer/desk'

let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = (await demoCase(backend))._id
})
afterEach(() => backend.close())

const timeline = (id: string) => backend.platform.store.find<CaseEventDoc>(COLLECTIONS.caseEvents, { caseId: id }, { orderBy: [['seq', 'asc']] })
const audits = (action: string) => backend.platform.store.find<{ _id: string; action: string; detail?: Record<string, unknown> }>(COLLECTIONS.audit, { action })

describe('inbox', () => {
  it('lists new reports oldest first with enterprise, masked worker ID, roster flag and time left', async () => {
    backend.clock.advance(3600_000)
    const second = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-2' } })] })
    const { newCases, myCases } = await ok(AGENT, { action: 'inbox' })
    expect(newCases.map((c: { caseId: string }) => c.caseId)).toEqual([caseId, second])
    expect(newCases[0]).toMatchObject({
      enterpriseName: '常州东方特钢有限公司', workerName: '陈师傅（演示）', workerIdMasked: expect.stringMatching(/^3204\*{10}\d{3}[\dX]$/),
      rosterFlag: 'insured', rosterFlagLabel: '在册参保', assignee: null, nextDeadline: { clock: 'site_investigation', remainingLabel: '剩余 23小时', overdue: false },
    })
    expect(myCases).toEqual([])
  })

  it('moves a claimed case to the agent\'s own list, sorted by the nearest deadline', async () => {
    backend.clock.advance(3600_000)
    const later = await reportCase()
    await ok(AGENT, { action: 'claim', caseId: later, expectedVersion: 1 })
    await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
    const { newCases, myCases } = await ok(AGENT, { action: 'inbox' })
    expect(newCases).toEqual([])
    expect(myCases.map((c: { caseId: string }) => c.caseId)).toEqual([caseId, later])
    expect(myCases[0].assignee).toMatchObject({ id: AGENT, name: '赵调查员（演示）' })
    expect((await ok(SUPERVISOR, { action: 'inbox' })).myCases).toEqual([])
  })
})

describe('claim and assign', () => {
  it('lets exactly one of two agents claiming at once win; the other is told and nothing is lost', async () => {
    const replies = await Promise.all([insurer(AGENT, { action: 'claim', caseId, expectedVersion: 1 }), insurer(SUPERVISOR, { action: 'claim', caseId, expectedVersion: 1 })])
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.find((r) => !r.ok)).toMatchObject({ code: 'CASE.VERSION_CONFLICT', message: expect.stringContaining('刷新') })
    const doc = await stored(backend, caseId)
    expect(doc.state).toMatchObject({ claim: 'reported', version: 2 })
    expect((await timeline(caseId)).filter((e) => e.title === '商保公司认领案件')).toHaveLength(1)
    expect(await audits('insurer.claim')).toHaveLength(1)
    const winner = replies.findIndex((r) => r.ok) === 0 ? AGENT : SUPERVISOR
    expect(doc.assigneeId).toBe(winner)
  })

  it('refuses to claim a case someone already took, even with the fresh version', async () => {
    await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
    expect(await insurer(SUPERVISOR, { action: 'claim', caseId, expectedVersion: 2 })).toMatchObject({ ok: false, code: 'INSURER.ALREADY_ASSIGNED', message: expect.stringContaining('赵调查员') })
  })

  it('lets only a supervisor assign, records a reassignment on the timeline and in the audit', async () => {
    expect(await insurer(AGENT, { action: 'assign', caseId, agentId: AGENT, expectedVersion: 1 })).toMatchObject({ ok: false, code: 'INSURER.NOT_SUPERVISOR' })
    expect(await insurer(SUPERVISOR, { action: 'assign', caseId, agentId: 'u-officer-01', expectedVersion: 1 })).toMatchObject({ ok: false, code: 'INSURER.AGENT_NOT_FOUND' })
    await ok(SUPERVISOR, { action: 'assign', caseId, agentId: AGENT, expectedVersion: 1 })
    const data = await ok(SUPERVISOR, { action: 'assign', caseId, agentId: SUPERVISOR, expectedVersion: 2, note: '赵调查员休假' })
    expect(data).toMatchObject({ assignee: { id: SUPERVISOR, name: '钱主管（演示）' }, case: { state: { version: 3 } } })
    const events = await timeline(caseId)
    expect(events.slice(-2).map((e) => [e.title, e.note])).toEqual([
      ['商保公司指派案件', '承办人：赵调查员（演示）'],
      ['商保公司改派案件', '赵调查员（演示） → 钱主管（演示）；赵调查员休假'],
    ])
    expect((await audits('insurer.reassign'))[0].detail).toMatchObject({ from: AGENT, to: SUPERVISOR })
    const got = await caseMain({ action: 'get', caseId }, contextFor('u-worker-01'))
    expect(got.ok).toBe(true)
  })

  it('refuses a stale version on assign, writing nothing', async () => {
    await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
    const before = backend.snapshot()
    expect(await insurer(SUPERVISOR, { action: 'assign', caseId, agentId: SUPERVISOR, expectedVersion: 1 })).toMatchObject({ ok: false, code: 'CASE.VERSION_CONFLICT' })
    expect(backend.snapshot()).toEqual(before)
  })

  it('keeps another agent off a case assigned to someone else', async () => {
    await ok(SUPERVISOR, { action: 'claim', caseId, expectedVersion: 1 })
    expect(await insurer(AGENT, { action: 'verify', caseId, expectedVersion: 2, insured: true })).toMatchObject({ ok: false, code: 'INSURER.NOT_ASSIGNEE' })
    expect(await insurer(AGENT, { action: 'verify', caseId: 'no-such-case', expectedVersion: 2, insured: true })).toMatchObject({ ok: false, code: 'CASE.NOT_FOUND' })
  })
})

describe('hotline intake', () => {
  const hotline = (overrides: Record<string, unknown> = {}) => ({
    ...reportEvent({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-05-1' } })], place: '武进区某镇某路（演示）三号车间' }),
    action: 'hotlineReport', enterpriseId: 'ent-05', callerName: '李专员', callerPhone: '13800000005', ...overrides,
  })

  it('creates the same case as a one-tap report, marked as phoned in, and notifies the enterprise\'s officers', async () => {
    const event = hotline()
    const data = await ok(AGENT, event)
    expect(data).toMatchObject({ duplicate: false, cases: [{ rosterFlag: 'insured' }] })
    const id = data.cases[0].caseId
    expect(await stored(backend, id)).toMatchObject({ enterpriseId: 'ent-05', phonedIn: true, reporterId: AGENT, state: { claim: 'reported' } })
    expect((await timeline(id))[0]).toMatchObject({ title: '电话报案', actorRole: 'insurer' })
    const outbox = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {})
    const toOfficer = outbox.filter((m) => (m.payload as { toOpenid?: string }).toOpenid === 'dev-u-officer-05')
    expect(toOfficer).toHaveLength(1)
    expect(toOfficer[0]._id).toMatch(/^hotline-report:/)
    expect(outbox.some((m) => m.channel === 'wecom')).toBe(true)
    expect(outbox.some((m) => (m.payload as { toOpenid?: string }).toOpenid === 'dev-u-insurer-01')).toBe(false)
    const view = await caseMain({ action: 'get', caseId: id }, contextFor('u-officer-05'))
    expect(view).toMatchObject({ ok: true, data: { case: { phonedIn: true } } })
    expect(await ok(AGENT, event)).toMatchObject({ duplicate: true, cases: [{ caseId: id }] })
    expect(await backend.platform.store.count(COLLECTIONS.cases, { enterpriseId: 'ent-05' })).toBe(1)
  })

  it.each([
    ['an enterprise off the whitelist', { enterpriseId: 'ent-99' }, 'ENTERPRISE.NOT_FOUND'],
    ['a roster row of another enterprise', { enterpriseId: 'ent-16' }, 'ROSTER.NOT_FOUND'],
    ['an accident in the future', { accidentAt: '2030-01-01T00:00:00.000Z' }, 'REPORT.ACCIDENT_IN_FUTURE'],
    ['an unknown hospital', { injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-05-1' }, hospitalId: 'hosp-x' })] }, 'REPORT.HOSPITAL_NOT_FOUND'],
  ])('applies the report\'s validation: %s is refused and nothing is written', async (_label, overrides, code) => {
    const before = backend.snapshot()
    expect(await insurer(AGENT, hotline(overrides))).toMatchObject({ ok: false, code })
    expect(backend.snapshot()).toEqual(before)
  })

  it('still lets an officer report as before (agents, not supervisors, get the new-report push)', async () => {
    const reply = await caseMain(reportEvent(), contextFor('u-officer-01'))
    expect(reply.ok).toBe(true)
    const pushes = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, { channel: 'subscribe' })
    expect(pushes.map((m) => (m.payload as { toOpenid: string }).toOpenid)).toEqual(['dev-u-insurer-01'])
    const docs = await backend.platform.store.find<CaseDoc>(COLLECTIONS.cases, { phonedIn: false })
    expect(docs).toHaveLength(2)
  })
})
