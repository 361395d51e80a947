import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { OutboxDoc } from '../../backend/domain/outbox'
import type { CaseDoc } from '../../backend/domain/cases/case-doc'
import { openTestBackend, type TestBackend } from '../support/backend'
import { makePng } from '../support/png'
import { injured } from '../support/report'
import { issuedButMissing } from '../support/uploads'
import { AGENT, APPLICATION_PDF, attachPhoto, DIAGNOSIS_JPG, insurer, ok, pdfImageCount, pdfText, reportCase, toInvestigating, upload, version } from '../fixtures/insurer/desk'

let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  /* The demo worker (bound as u-worker-01) is the injured, so both officer and worker follow the case. */
  caseId = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-0' } })], witnesses: [{ name: '王班长（演示）', phone: '13811112222', relation: 'supervisor', statement: '' }] })
  await toInvestigating(backend, caseId)
})
afterEach(() => backend.close())

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const attach = async (item: string, bytes: Uint8Array, ext: string, name = '') =>
  insurer(AGENT, { action: 'attachPackageItem', caseId, item, fileId: await upload(backend, bytes, ext), name })
const INTERVIEW = '问：请陈述你看到的情况。答：我看到冲床模具下行时刘师傅的右手还在模具下方，随即按下急停。'

describe('the application package checklist', () => {
  it('lists every material, marks the three 条例 §18 requires, and shows what is missing', async () => {
    const status = await ok(AGENT, { action: 'packageStatus', caseId })
    expect(status.items.map((i: { item: string }) => i.item)).toEqual(['application_form', 'employment_proof', 'diagnosis', 'id_document', 'investigation_record', 'witness_records', 'cctv_evidence'])
    expect(status.items.filter((i: { required: boolean }) => i.required).map((i: { item: string }) => i.item)).toEqual(['application_form', 'employment_proof', 'diagnosis'])
    expect(status).toMatchObject({ missingRequired: ['application_form', 'employment_proof', 'diagnosis'], ready: false, submitted: null })
    expect(status.items[0]).toMatchObject({ basis: '《工伤保险条例》第十八条', present: false, note: '缺少（必备材料）' })
  })

  it('attaches PDFs and images by their magic bytes with a SHA-256, and refuses other types', async () => {
    const pdf = await attach('application_form', APPLICATION_PDF, 'pdf', '工伤认定申请表.pdf')
    expect(pdf).toMatchObject({ ok: true, data: { file: { item: 'application_form', mime: 'application/pdf', sha256: sha(APPLICATION_PDF), name: '工伤认定申请表.pdf', addedByName: '赵调查员（演示）' } } })
    expect(await attach('diagnosis', DIAGNOSIS_JPG, 'jpg')).toMatchObject({ ok: true, data: { file: { mime: 'image/jpeg' }, package: { missingRequired: ['employment_proof'] } } })
    const refused: Array<[string, string]> = [
      [await upload(backend, Buffer.from('劳动合同（纯文本）'), 'pdf'), 'INSURER.FILE_UNSUPPORTED'],
      [await upload(backend, Buffer.from('GIF89a....'), 'png'), 'INSURER.FILE_UNSUPPORTED'],
      ['local://uploads/test/none.pdf', 'AUTH.FORBIDDEN'],
      [await issuedButMissing(backend.platform, AGENT, 'pdf'), 'MEDIA.NOT_FOUND'],
    ]
    const before = backend.snapshot()
    for (const [fileId, code] of refused) {
      expect(await insurer(AGENT, { action: 'attachPackageItem', caseId, item: 'employment_proof', fileId })).toMatchObject({ ok: false, code })
    }
    expect(backend.snapshot()).toEqual(before)
  })

  it('counts the investigation record, witness records and CCTV from the checklist', async () => {
    const signatureFileId = await upload(backend, makePng(100, 40, 4), 'png')
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'interview', witnessIndex: 0, record: INTERVIEW, signatureFileId } })
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'unavailable', reason: '该工位无监控覆盖' } })
    const status = await ok(AGENT, { action: 'packageStatus', caseId })
    const byItem = Object.fromEntries(status.items.map((i: { item: string }) => [i.item, i]))
    expect(byItem.witness_records).toMatchObject({ present: true, source: 'investigation', note: '调查笔录1份（证人签名已存证）' })
    expect(byItem.cctv_evidence).toMatchObject({ present: true, source: 'investigation', note: '无法调取：该工位无监控覆盖' })
    expect(byItem.investigation_record).toMatchObject({ present: false, source: null })
  })
})

describe('submitting the application', () => {
  it('is refused with a clear code until the required materials are present, writing nothing', async () => {
    await attach('application_form', APPLICATION_PDF, 'pdf')
    const before = backend.snapshot()
    const reply = await insurer(AGENT, { action: 'submitApplication', caseId, expectedVersion: await version(backend, caseId) })
    expect(reply).toMatchObject({ ok: false, code: 'INSURER.PACKAGE_INCOMPLETE', message: expect.stringMatching(/缺少：劳动关系证明、医疗诊断证明书/) })
    expect(backend.snapshot()).toEqual(before)
  })

  it('moves the case, notifies officer and worker, and produces one PDF of the whole package with a table of contents', async () => {
    const photo = await attachPhoto(backend, caseId)
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'site_visit', mediaIds: [photo], note: '二号车间冲床工位' } })
    const signature = makePng(100, 40, 4)
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'interview', witnessIndex: 0, record: INTERVIEW, signatureFileId: await upload(backend, signature, 'png') } })
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'unavailable', reason: '该工位无监控覆盖' } })
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'authenticity', conclusion: 'authentic', reasoning: '证人证言与伤情、医院记录一致' } })
    await attach('application_form', APPLICATION_PDF, 'pdf', '工伤认定申请表.pdf')
    await attach('employment_proof', makePng(300, 200, 5), 'png', '劳动合同.png')
    await attach('diagnosis', DIAGNOSIS_JPG, 'jpg', '诊断证明.jpg')
    const v = await version(backend, caseId)
    const outboxBefore = await backend.platform.store.count(COLLECTIONS.outbox, {})
    const data = await ok(AGENT, { action: 'submitApplication', caseId, expectedVersion: v, note: '材料齐全，已提交区人社局' })
    expect(data.case.state).toMatchObject({ claim: 'application_submitted', version: v + 1 })
    const outbox = (await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {})).slice(outboxBefore)
    expect(outbox.map((m) => (m.payload as { toOpenid: string }).toOpenid).sort()).toEqual(['dev-u-officer-01', 'dev-u-worker-01'])
    expect((outbox[0].payload as { data: { status: string } }).data.status).toBe('认定申请已提交')

    const bytes = await backend.platform.files.read(data.package.fileId)
    expect(sha(bytes)).toBe(data.package.sha256)
    const text = pdfText(bytes).replace(/\s+/g, '')
    for (const expected of ['工伤认定申请材料', '目录', '申请信息', '事故时间', '事故原因', '受伤程度', '劳动关系证明', '医疗诊断证明书', '受伤职工身份证件', '现场调查记录', '证人证言', '监控录像证据']) expect(text).toContain(expected)
    expect(text).toContain(sha(APPLICATION_PDF))
    expect(text).toContain('PDF原件随本材料另附')
    expect(text).toContain(INTERVIEW.replace(/\s+/g, ''))
    expect(text).toContain('事故真实')
    expect(text).toContain('无法调取：该工位无监控覆盖')
    expect(text).toContain('文件校验一致')
    expect(text).not.toContain('不一致')
    expect(text).not.toMatch(/\d{17}[\dX]/)
    const toc = pdfText(bytes, true).split('\n')
    expect(toc.some((line) => /劳动关系证明.*\s\d+\s*$/.test(line))).toBe(true)
    expect(pdfImageCount(bytes)).toBeGreaterThanOrEqual(4)

    const status = await ok(AGENT, { action: 'packageStatus', caseId })
    expect(status.submitted).toMatchObject({ fileId: data.package.fileId, sha256: data.package.sha256, url: expect.stringMatching(/^\/files\/.+sig=/) })
    const later = Buffer.from(await backend.platform.files.read(status.submitted.fileId))
    expect(createHash('sha256').update(later).digest('hex')).toBe(status.submitted.sha256)
    expect(await attach('id_document', makePng(10, 10), 'png')).toMatchObject({ ok: false, code: 'CASE.INVALID_TRANSITION' })
  })

  it('refuses a stale version at once, and removes the rendered PDF when the case changed while it was rendered', async () => {
    await attach('application_form', APPLICATION_PDF, 'pdf')
    await attach('employment_proof', APPLICATION_PDF, 'pdf')
    await attach('diagnosis', DIAGNOSIS_JPG, 'jpg')
    const before = backend.snapshot()
    expect(await insurer(AGENT, { action: 'submitApplication', caseId, expectedVersion: 1 })).toMatchObject({ ok: false, code: 'CASE.VERSION_CONFLICT' })
    expect(backend.snapshot()).toEqual(before)
    const v = await version(backend, caseId)
    const files = backend.platform.files
    const put = files.put.bind(files)
    files.put = async (target, bytes) => {
      const stored = await put(target, bytes)
      const doc = await backend.platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId)
      if (target.includes('/application-')) await backend.platform.store.update(COLLECTIONS.cases, caseId, { state: { ...doc!.state, version: v + 1 } })
      return stored
    }
    expect(await insurer(AGENT, { action: 'submitApplication', caseId, expectedVersion: v })).toMatchObject({ ok: false, code: 'CASE.VERSION_CONFLICT' })
    expect(readdirSync(path.join(backend.dataDir, 'files', 'cases', caseId))).toEqual([])
    expect((await ok(AGENT, { action: 'packageStatus', caseId })).submitted).toBeNull()
  })
})
