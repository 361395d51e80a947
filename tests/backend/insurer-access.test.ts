import { main as insurerMain } from '../../cloudfunctions/insurer/index'
import { insurerApi } from '../../shared/api/insurer.api'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent } from '../support/report'
import { AGENT, demoCase, insurer, ok, reportCase } from '../fixtures/insurer/desk'

let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = (await demoCase(backend))._id
})
afterEach(() => backend.close())

const long = 'x'.repeat(70 * 1024)
/** One plausible event per action (the access check comes before the input is even read). */
const EVENTS: Record<keyof typeof insurerApi.actions, (caseId: string) => Record<string, unknown>> = {
  inbox: () => ({}),
  claim: (caseId) => ({ caseId, expectedVersion: 1 }),
  assign: (caseId) => ({ caseId, agentId: AGENT, expectedVersion: 1 }),
  hotlineReport: () => ({ ...reportEvent(), enterpriseId: 'ent-01', callerName: '张安全', callerPhone: '13800000001' }),
  workspace: (caseId) => ({ caseId }),
  verify: (caseId) => ({ caseId, expectedVersion: 1, insured: true }),
  saveSummary: (caseId) => ({ caseId, summary: {} }),
  summaryPdf: (caseId) => ({ caseId }),
  startInvestigation: (caseId) => ({ caseId, expectedVersion: 1 }),
  recordInvestigation: (caseId) => ({ caseId, entry: { kind: 'no_witness', reason: '没有任何目击者' } }),
  packageStatus: (caseId) => ({ caseId }),
  attachPackageItem: (caseId) => ({ caseId, item: 'diagnosis', fileId: 'local://uploads/x.pdf' }),
  submitApplication: (caseId) => ({ caseId, expectedVersion: 1 }),
  runClocks: () => ({}),
}
const ACTIONS = Object.keys(EVENTS) as Array<keyof typeof EVENTS>
const OTHER_ROLES = [['the officer of the case\'s enterprise', 'u-officer-01'], ['another enterprise\'s officer', 'u-officer-05'], ['the injured worker', 'u-worker-01'], ['the hospital', 'u-hospital-01'], ['the bureau', 'u-bureau-01']]

describe('access to the insurer function', () => {
  it('covers every action of the contract', () => {
    expect(ACTIONS.sort()).toEqual(Object.keys(insurerApi.actions).sort())
  })

  describe.each(OTHER_ROLES)('as %s', (_role, userId) => {
    it.each(ACTIONS)('cannot call %s (AUTH.FORBIDDEN, nothing written)', async (action) => {
      const before = backend.snapshot()
      expect(await insurer(userId, { ...EVENTS[action](caseId), action })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作' })
      expect(backend.snapshot()).toEqual(before)
    })
  })

  it.each(ACTIONS)('refuses %s to anonymous and unbound callers', async (action) => {
    expect(await insurer(undefined, { ...EVENTS[action](caseId), action })).toMatchObject({ ok: false, code: 'AUTH.UNAUTHENTICATED' })
    expect(await insurerMain({ ...EVENTS[action](caseId), action }, { caller: { openid: 'wx-stranger' } })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
  })

  it('lets an agent see every green-channel case, whichever enterprise reported it', async () => {
    const ent05 = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-05-1' } })] }, 'u-officer-05')
    const ent16 = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-16-1' } })] }, 'u-officer-16')
    const { newCases } = await ok(AGENT, { action: 'inbox' })
    expect(newCases.map((c: { caseId: string }) => c.caseId).sort()).toEqual([caseId, ent05, ent16].sort())
    for (const id of [caseId, ent05, ent16]) expect(await insurer(AGENT, { action: 'workspace', caseId: id })).toMatchObject({ ok: true, data: { case: { id } } })
  })
})

/* Malformed events: a stable code, a Chinese message, and nothing written. */
const BAD: Array<[string, Record<string, unknown>, string]> = [
  ['unknown action', { action: 'approveEverything' }, 'REQUEST.UNKNOWN_ACTION'],
  ['no action', {}, 'REQUEST.INVALID'],
  ['oversized event', { action: 'inbox', padding: long }, 'REQUEST.TOO_LARGE'],
  ['claim without a version', { action: 'claim', caseId: 'c' }, 'REQUEST.INVALID'],
  ['claim with a version of the wrong type', { action: 'claim', caseId: 'c', expectedVersion: '1' }, 'REQUEST.INVALID'],
  ['assign without an agent', { action: 'assign', caseId: 'c', expectedVersion: 1 }, 'REQUEST.INVALID'],
  ['assign with an oversized note', { action: 'assign', caseId: 'c', agentId: AGENT, expectedVersion: 1, note: '字'.repeat(201) }, 'REQUEST.INVALID'],
  ['hotline without an enterprise', { ...reportEvent(), action: 'hotlineReport', callerName: '张三', callerPhone: '13800000001' }, 'REQUEST.INVALID'],
  ['hotline with a bad caller phone', { ...reportEvent(), action: 'hotlineReport', enterpriseId: 'ent-01', callerName: '张三', callerPhone: '12345' }, 'REQUEST.INVALID'],
  ['hotline with no injured', { ...reportEvent({ injured: [] }), action: 'hotlineReport', enterpriseId: 'ent-01', callerName: '张三', callerPhone: '13800000001' }, 'REQUEST.INVALID'],
  ['workspace with a numeric case id', { action: 'workspace', caseId: 7 }, 'REQUEST.INVALID'],
  ['verify without insured', { action: 'verify', caseId: 'c', expectedVersion: 1 }, 'REQUEST.INVALID'],
  ['summary with a missing field', { action: 'saveSummary', caseId: 'c', summary: { place: '车间' } }, 'REQUEST.INVALID'],
  ['summary with a bad time', { action: 'saveSummary', caseId: 'c', summary: { accidentAt: '昨天' } }, 'REQUEST.INVALID'],
  ['investigation entry of an unknown kind', { action: 'recordInvestigation', caseId: 'c', entry: { kind: 'guess' } }, 'REQUEST.INVALID'],
  ['CCTV of an unknown status', { action: 'recordInvestigation', caseId: 'c', entry: { kind: 'cctv', status: 'lost' } }, 'REQUEST.INVALID'],
  ['site visit without photos', { action: 'recordInvestigation', caseId: 'c', entry: { kind: 'site_visit', mediaIds: [] } }, 'REQUEST.INVALID'],
  ['interview record too long', { action: 'recordInvestigation', caseId: 'c', entry: { kind: 'interview', witnessIndex: 0, record: '字'.repeat(5001), signatureFileId: 'f' } }, 'REQUEST.INVALID'],
  ['authenticity without reasoning', { action: 'recordInvestigation', caseId: 'c', entry: { kind: 'authenticity', conclusion: 'authentic' } }, 'REQUEST.INVALID'],
  ['package item not in the list', { action: 'attachPackageItem', caseId: 'c', item: 'bribe', fileId: 'f' }, 'REQUEST.INVALID'],
  ['package file id missing', { action: 'attachPackageItem', caseId: 'c', item: 'diagnosis' }, 'REQUEST.INVALID'],
  ['submit with a negative version', { action: 'submitApplication', caseId: 'c', expectedVersion: -1 }, 'REQUEST.INVALID'],
]

describe('malformed insurer events', () => {
  it.each(BAD)('%s → stable code, Chinese message, nothing written', async (_label, event, code) => {
    const before = backend.snapshot()
    const reply = await insurer(AGENT, event)
    expect(reply).toMatchObject({ ok: false, code })
    if (reply.ok) throw new Error('expected an error')
    expect(reply.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(backend.snapshot()).toEqual(before)
  })

  it('names the offending field', async () => {
    const reply = await insurer(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'unavailable', reason: '' } })
    expect(reply).toMatchObject({ ok: false, code: 'REQUEST.INVALID', message: expect.stringContaining('entry.reason') })
  })

  it('refuses a report for another enterprise\'s roster row even through the hotline', async () => {
    const event = { ...reportEvent({ injured: [injured()] }), action: 'hotlineReport', enterpriseId: 'ent-05', callerName: '李专员', callerPhone: '13800000005' }
    expect(await insurerMain(event, contextFor(AGENT))).toMatchObject({ ok: false, code: 'ROSTER.NOT_FOUND' })
  })
})
