import { main as caseMain } from '../../cloudfunctions/case/index'
import { createHash } from 'node:crypto'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { CaseEventDoc } from '../../backend/domain/cases/case-doc'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { DiskFontSource } from '../../backend/adapters/local/fonts'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { AGENT, demoCase, insurer, ok, pdfText, stored, version } from '../fixtures/insurer/desk'

let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = (await demoCase(backend))._id
  await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
})
afterEach(() => backend.close())

const SUMMARY = {
  accidentAt: '2026-11-22T00:00:00.000Z',
  place: '常州东方特钢有限公司 二号车间冲床工位',
  cause: '冲床安全光栅失灵，模具下行时未停机',
  course: '职工陈师傅在冲床上料时左手未及时撤出，被模具压伤，班组长立即停机并送医。',
  injuryDegree: '左手食指、中指挤压伤，需住院手术',
  measures: '已停机断电，已送定点医院，已保护现场',
  workerName: '陈师傅（演示）',
  workerContact: '13900000001',
}

describe('verification of insured status', () => {
  it('confirms insured: fires verify_insured, shows the enrolment unit beside the reporting enterprise, notifies followers', async () => {
    const data = await ok(AGENT, { action: 'verify', caseId, expectedVersion: 2, insured: true, note: '名册核验一致' })
    expect(data.case.state).toMatchObject({ claim: 'insured_verified', version: 3 })
    expect(data.verification).toMatchObject({ insured: true, reportingEnterprise: '常州东方特钢有限公司', enrolmentUnit: '常州东方特钢有限公司', unitMismatch: false, flags: [], verifiedByName: '赵调查员（演示）' })
    const events = await backend.platform.store.find<CaseEventDoc>(COLLECTIONS.caseEvents, { caseId }, { orderBy: [['seq', 'asc']] })
    expect(events.at(-1)).toMatchObject({ title: '核实参保', to: 'insured_verified', note: '名册核验一致' })
    const outbox = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {})
    expect(outbox.map((m) => (m.payload as { toOpenid: string }).toOpenid).sort()).toEqual(['dev-u-officer-01', 'dev-u-worker-01'])
  })

  it('flags an enrolment unit that differs from the reporting enterprise (seed 2, task 37)', async () => {
    await backend.platform.store.update(COLLECTIONS.roster, 'roster-ent-01-0', { enrolmentUnit: '常州某劳务派遣有限公司（演示）' })
    const ws = await ok(AGENT, { action: 'workspace', caseId })
    expect(ws.rosterCheck).toMatchObject({ enrolmentUnit: '常州某劳务派遣有限公司（演示）', unitMismatch: true, flags: ['参保单位与报案企业不一致（审计线索）'] })
    const data = await ok(AGENT, { action: 'verify', caseId, expectedVersion: 2, insured: true, note: '' })
    expect(data.verification).toMatchObject({ unitMismatch: true, reportingEnterprise: '常州东方特钢有限公司' })
    const [audit] = await backend.platform.store.find<{ _id: string; detail: Record<string, unknown> }>(COLLECTIONS.audit, { action: 'insurer.verify' })
    expect(audit.detail).toMatchObject({ unitMismatch: true, enrolmentUnit: '常州某劳务派遣有限公司（演示）' })
    expect((await ok(AGENT, { action: 'workspace', caseId })).verification).toMatchObject({ unitMismatch: true, insured: true })
  })

  it('records a correction to "not insured" and keeps the case reported', async () => {
    const data = await ok(AGENT, { action: 'verify', caseId, expectedVersion: 2, insured: false, note: '已离职，社保已停缴' })
    expect(data.case).toMatchObject({ rosterFlag: 'not_on_roster', state: { claim: 'reported', version: 3 } })
    expect(data.verification).toMatchObject({ insured: false, rosterFlag: 'not_on_roster', flags: ['不在参保名册'] })
    expect((await stored(backend, caseId)).rosterFlag).toBe('not_on_roster')
  })

  it('refuses a stale version and writes nothing', async () => {
    const before = backend.snapshot()
    expect(await insurer(AGENT, { action: 'verify', caseId, expectedVersion: 1, insured: true })).toMatchObject({ ok: false, code: 'CASE.VERSION_CONFLICT' })
    expect(backend.snapshot()).toEqual(before)
  })
})

describe('first follow-up summary (首跟资料汇总)', () => {
  it('offers a draft from the report, then keeps what the agent saved', async () => {
    const draft = (await ok(AGENT, { action: 'workspace', caseId })).summary
    expect(draft).toMatchObject({ saved: false, summary: { workerName: '陈师傅（演示）', workerContact: '13900000001', injuryDegree: expect.stringContaining('手部') } })
    const saved = await ok(AGENT, { action: 'saveSummary', caseId, summary: SUMMARY })
    expect(saved.summary).toMatchObject({ saved: true, savedByName: '赵调查员（演示）', summary: SUMMARY })
    expect((await ok(AGENT, { action: 'workspace', caseId })).summary.summary).toEqual(SUMMARY)
  })

  it('shows the saved summary on the timeline the worker follows, without changing the case version', async () => {
    const before = await version(backend, caseId)
    await ok(AGENT, { action: 'saveSummary', caseId, summary: SUMMARY })
    const got = await caseMain({ action: 'get', caseId }, contextFor('u-worker-01'))
    if (!got.ok) throw new Error(got.message)
    expect((got.data as { timeline: Array<{ title: string; kind: string; actorName: string }> }).timeline.at(-1)).toEqual(expect.objectContaining({ kind: 'note', title: '完成首跟资料汇总', actorName: '赵调查员（演示）' }))
    expect(await version(backend, caseId)).toBe(before)
  })

  it('refuses a summary with a missing field or a bad phone number', async () => {
    expect(await insurer(AGENT, { action: 'saveSummary', caseId, summary: { ...SUMMARY, cause: '' } })).toMatchObject({ ok: false, code: 'REQUEST.INVALID', message: expect.stringContaining('事故原因') })
    expect(await insurer(AGENT, { action: 'saveSummary', caseId, summary: { ...SUMMARY, workerContact: 'abc' } })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })

  it('exports the summary as a PDF whose Chinese labels and values pdftotext reads back', async () => {
    expect(await insurer(AGENT, { action: 'summaryPdf', caseId })).toMatchObject({ ok: false, code: 'INSURER.SUMMARY_MISSING' })
    await ok(AGENT, { action: 'saveSummary', caseId, summary: SUMMARY })
    const pdf = await ok(AGENT, { action: 'summaryPdf', caseId })
    expect(pdf.url).toMatch(/^\/files\/cases\/.+\.pdf\?exp=\d+&sig=/)
    const bytes = await backend.platform.files.read(pdf.fileId)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf.sha256)
    expect(pdf.bytes).toBe(bytes.length)
    const text = pdfText(bytes).replace(/\s+/g, '')
    for (const label of ['工伤首跟资料汇总', '事故时间', '事故地点', '事故原因', '事故经过', '受伤程度', '已采取措施', '职工姓名', '联系方式', '报案企业']) expect(text).toContain(label)
    for (const value of [SUMMARY.place, SUMMARY.cause, SUMMARY.course, SUMMARY.injuryDegree, SUMMARY.measures, SUMMARY.workerName, SUMMARY.workerContact, '2026-11-2208:00', '常州东方特钢有限公司']) {
      expect(text).toContain(value.replace(/\s+/g, ''))
    }
    expect(text).toContain('填报人：赵调查员（演示）')
    expect(text).not.toMatch(/\d{17}[\dX]/)
  })

  it('answers PDF.FONT_UNAVAILABLE when no CJK font can be read', async () => {
    await ok(AGENT, { action: 'saveSummary', caseId, summary: SUMMARY })
    backend.platform.fonts = new DiskFontSource('/nonexistent/font.ttf')
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await insurer(AGENT, { action: 'summaryPdf', caseId })).toMatchObject({ ok: false, code: 'PDF.FONT_UNAVAILABLE', message: expect.stringContaining('字体') })
    spy.mockRestore()
  })
})
