import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as directoryMain } from '../../cloudfunctions/directory/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { CaseDoc } from '../../backend/domain/cases/case-doc'
import { DEMO_WORKER_ID } from '../../backend/local/demo-data'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent, type ReportData } from '../support/report'

let backend: TestBackend
beforeEach(async () => {
  backend = await openTestBackend()
})
afterEach(() => backend.close())

const officer = contextFor('u-officer-01')
async function report(overrides: Record<string, unknown> = {}, ctx = officer): Promise<ReportData> {
  const reply = await caseMain(reportEvent(overrides), ctx)
  if (!reply.ok) throw new Error(`${reply.code}: ${reply.message}`)
  return reply.data as ReportData
}

describe('one-tap report', () => {
  it('creates the case for a rostered worker with the 24 h investigation deadline', async () => {
    const result = await report()
    expect(result).toMatchObject({ cases: [{ caseNo: expect.stringMatching(/^WJ20261122-\d{4}$/), rosterFlag: 'insured', workerName: '刘建国（演示）' }], duplicate: false })
    expect(result.investigationDue).toBe('2026-11-23T02:00:00.000Z')
    const doc = await backend.platform.store.get<CaseDoc>(COLLECTIONS.cases, result.cases[0].caseId)
    expect(doc).toMatchObject({ enterpriseId: 'ent-01', worker: { name: '刘建国（演示）' }, injury: { bodyPart: 'hand', severity: 'serious' }, state: { claim: 'reported' } })
  })

  it('writes case, first timeline event, audit, request record and service-group message together', async () => {
    const before = backend.snapshot()
    const { incidentId } = await report()
    const after = backend.snapshot()
    for (const table of ['c_cases', 'c_case_events', 'c_audit', 'c_requests', 'c_incidents']) expect(after[table]).toBe(before[table] + 1)
    expect(after.c_outbox).toBe(before.c_outbox + 2)
    const [message] = await backend.platform.store.find<{ _id: string; payload: { markdown: string } }>(COLLECTIONS.outbox, { channel: 'wecom' })
    expect(message._id).toBe(`service-group:incident:${incidentId}`)
    const [push] = await backend.platform.store.find<{ _id: string; payload: { toOpenid: string; templateKey: string } }>(COLLECTIONS.outbox, { channel: 'subscribe' })
    expect(push.payload).toMatchObject({ toOpenid: 'dev-u-insurer-01', templateKey: 'new_report' })
    expect(message.payload.markdown).toContain('常州东方特钢有限公司')
  })

  it.each([
    ['not on the roster', { kind: 'manual', name: '外来务工（演示）', idNumber: '11010519491231002X', phone: '13912345678' }, 'not_on_roster'],
    ['on the roster under another name', { kind: 'manual', name: '冒名顶替', idNumber: DEMO_WORKER_ID, phone: '13912345678' }, 'identity_mismatch'],
    ['typed in and matching the roster', { kind: 'manual', name: '陈师傅（演示）', idNumber: DEMO_WORKER_ID, phone: '13900000001' }, 'insured'],
  ])('records a worker %s, and still creates the case', async (_label, worker, flag) => {
    expect((await report({ injured: [injured({ worker })] })).cases[0].rosterFlag).toBe(flag)
  })

  it('takes the enterprise from the officer\'s binding, not from the event', async () => {
    const { cases: [{ caseId }] } = await report({ enterpriseId: 'ent-05' })
    expect((await backend.platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId))!.enterpriseId).toBe('ent-01')
  })

  it('turns ten concurrent copies and a later retry of one request into exactly one case', async () => {
    const event = reportEvent()
    const replies = await Promise.all(Array.from({ length: 10 }, () => caseMain(event, officer)))
    const retry = await caseMain(event, officer)
    const ids = new Set([...replies, retry].map((r) => (r.ok ? (r.data as ReportData).cases[0].caseId : r.code)))
    expect(ids.size).toBe(1)
    expect(retry).toMatchObject({ ok: true, data: { duplicate: true } })
    expect(await backend.platform.store.count(COLLECTIONS.cases, { enterpriseId: 'ent-01' })).toBe(2)
  })

  it.each([
    ['a suspended enterprise', async () => {
      await directoryMain({ action: 'setEnterpriseStatus', enterpriseId: 'ent-01', status: 'suspended', reason: '暂停测试' }, contextFor('u-bureau-01'))
    }, {}, 'ENTERPRISE.NOT_ACTIVE'],
    ['an accident in the future', async () => undefined, { accidentAt: '2026-11-22T03:00:00.000Z' }, 'REPORT.ACCIDENT_IN_FUTURE'],
    ['an unknown hospital', async () => undefined, { injured: [injured({ hospitalId: 'hosp-nowhere' })] }, 'REPORT.HOSPITAL_NOT_FOUND'],
    ['another enterprise\'s roster entry', async () => undefined, { injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-05-1' } })] }, 'ROSTER.NOT_FOUND'],
    ['an ID number with a wrong check digit', async () => undefined, { injured: [injured({ worker: { kind: 'manual', name: '张三', idNumber: '320483199001011230', phone: '13912345678' } })] }, 'REQUEST.INVALID'],
    ['the same worker twice', async () => undefined, { injured: [injured(), injured()] }, 'REPORT.DUPLICATE_WORKER'],
    ['nobody injured', async () => undefined, { injured: [] }, 'REQUEST.INVALID'],
    ['a witness without a phone', async () => undefined, { witnesses: [{ name: '王五', relation: 'coworker' }] }, 'REQUEST.INVALID'],
    ['a description of a few characters', async () => undefined, { description: '受伤' }, 'REQUEST.INVALID'],
    ['no measures', async () => undefined, { measures: [] }, 'REQUEST.INVALID'],
  ])('refuses %s with a stable code and writes nothing', async (_label, arrange, overrides, code) => {
    await arrange()
    const before = backend.snapshot()
    const reply = await caseMain(reportEvent(overrides), officer)
    expect(reply).toMatchObject({ ok: false, code })
    expect(backend.snapshot()).toEqual(before)
  })

  it('explains an invalid ID number in Chinese', async () => {
    const reply = await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'manual', name: '张三', idNumber: '320483199001011230', phone: '13912345678' } })] }), officer)
    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('身份证号码格式不正确') })
  })

  it.each(['u-insurer-01', 'u-worker-01', 'u-hospital-01', 'u-bureau-01'])('refuses a report from %s (not an officer)', async (userId) => {
    expect(await caseMain(reportEvent(), contextFor(userId))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })
})
