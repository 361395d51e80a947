import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as directoryMain } from '../../cloudfunctions/directory/index'
import { main as evidenceMain } from '../../cloudfunctions/evidence/index'
import { main as rosterMain } from '../../cloudfunctions/roster/index'
import { main as outboxMain } from '../../cloudfunctions/outbox/index'
import { main as userMain } from '../../cloudfunctions/user/index'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'

let backend: TestBackend
beforeEach(async () => {
  backend = await openTestBackend()
})
afterEach(() => backend.close())

type Main = typeof caseMain
const long = 'x'.repeat(70 * 1024)

/* Per function: a signed-in user allowed to call it, and malformed events that must be refused. */
const CASES: Array<[string, Main, string, Array<[string, unknown, string]>]> = [
  ['user', userMain, 'u-officer-01', [
    ['no action', {}, 'REQUEST.INVALID'],
    ['unknown action', { action: 'deleteEverything' }, 'REQUEST.UNKNOWN_ACTION'],
    ['action of the wrong type', { action: 42 }, 'REQUEST.INVALID'],
    ['oversized event', { action: 'me', padding: long }, 'REQUEST.TOO_LARGE'],
    ['not an object', 'me', 'REQUEST.INVALID'],
  ]],
  ['directory', directoryMain, 'u-bureau-01', [
    ['unknown action', { action: 'dropWhitelist' }, 'REQUEST.UNKNOWN_ACTION'],
    ['missing field', { action: 'setEnterpriseStatus', enterpriseId: 'ent-01', reason: '测试原因' }, 'REQUEST.INVALID'],
    ['wrong enum', { action: 'setEnterpriseStatus', enterpriseId: 'ent-01', status: 'deleted', reason: '测试原因' }, 'REQUEST.INVALID'],
    ['wrong type', { action: 'matchEnterprise', name: 123 }, 'REQUEST.INVALID'],
    ['oversized string', { action: 'setEnterpriseStatus', enterpriseId: 'ent-01', status: 'suspended', reason: '长'.repeat(201) }, 'REQUEST.INVALID'],
    ['oversized event', { action: 'listHospitals', junk: long }, 'REQUEST.TOO_LARGE'],
  ]],
  ['case', caseMain, 'u-insurer-01', [
    ['unknown action', { action: 'purge' }, 'REQUEST.UNKNOWN_ACTION'],
    ['missing caseId', { action: 'get' }, 'REQUEST.INVALID'],
    ['unknown event', { action: 'transition', caseId: 'x', event: 'teleport', expectedVersion: 1 }, 'REQUEST.INVALID'],
    ['version of the wrong type', { action: 'transition', caseId: 'x', event: 'verify_insured', expectedVersion: '1' }, 'REQUEST.INVALID'],
    ['oversized note', { action: 'transition', caseId: 'x', event: 'verify_insured', expectedVersion: 1, note: '字'.repeat(501) }, 'REQUEST.INVALID'],
    ['limit out of range', { action: 'list', limit: 1000 }, 'REQUEST.INVALID'],
  ]],
  ['evidence', evidenceMain, 'u-officer-01', [
    ['unknown action', { action: 'deleteMedia' }, 'REQUEST.UNKNOWN_ACTION'],
    ['missing file id', { action: 'attachMedia', caseId: 'c1' }, 'REQUEST.INVALID'],
    ['location out of range', { action: 'attachMedia', caseId: 'c1', fileId: 'local://x.jpg', location: { latitude: 200, longitude: 0 } }, 'REQUEST.INVALID'],
    ['witness of the wrong type', { action: 'addWitness', caseId: 'c1', witness: '张三' }, 'REQUEST.INVALID'],
    ['oversized statement', { action: 'addWitness', caseId: 'c1', witness: { name: '张三', phone: '13812345678', relation: 'coworker', statement: '字'.repeat(1001) } }, 'REQUEST.INVALID'],
  ]],
  ['roster', rosterMain, 'u-officer-01', [
    ['unknown action', { action: 'dropRoster' }, 'REQUEST.UNKNOWN_ACTION'],
    ['query of the wrong type', { action: 'search', query: 42 }, 'REQUEST.INVALID'],
    ['oversized query', { action: 'search', query: '张'.repeat(31) }, 'REQUEST.INVALID'],
  ]],
  ['outbox', outboxMain, 'u-bureau-01', [
    ['unknown action', { action: 'sendAll' }, 'REQUEST.UNKNOWN_ACTION'],
    ['oversized event', { action: 'dispatch', x: long }, 'REQUEST.TOO_LARGE'],
    ['resend without an id', { action: 'resend' }, 'REQUEST.INVALID'],
    ['unknown status', { action: 'listMessages', status: 'lost' }, 'REQUEST.INVALID'],
  ]],
]

describe.each(CASES)('%s function rejects malformed events', (_name, main, userId, events) => {
  it.each(events)('%s → stable code, Chinese message, nothing written', async (_label, event, code) => {
    const before = backend.snapshot()
    const reply = await main(event, contextFor(userId))
    expect(reply).toMatchObject({ ok: false, code })
    if (reply.ok) throw new Error('expected an error')
    expect(reply.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(backend.snapshot()).toEqual(before)
  })
})

describe('invalid-input messages name the field in Chinese', () => {
  it('says which field is wrong', async () => {
    const reply = await caseMain({ action: 'get', caseId: 7 }, contextFor('u-insurer-01'))
    expect(reply).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    if (!reply.ok) expect(reply.message).toContain('caseId')
  })
})
