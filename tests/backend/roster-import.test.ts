import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as rosterMain } from '../../cloudfunctions/roster/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import { decryptIdNumber } from '../../backend/domain/pii'
import type { RosterDoc } from '../../backend/domain/roster'
import { idCheckChar, maskIdNumber } from '../../shared/idcard'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { issuedButMissing, issuedPath, uploadAs } from '../support/uploads'
import { injured, reportEvent, type ReportData } from '../support/report'

let backend: TestBackend
beforeEach(async () => {
  backend = await openTestBackend()
})
afterEach(() => backend.close())

const id = (body: string) => body + idCheckChar(body)
const HEADER = ['姓名', '身份证号', '手机号', '参保日期', '参保单位']
const UNIT = '常州东方特钢有限公司'
const officer = contextFor('u-officer-01')
type Preview = { fileHash: string; counts: Record<string, number>; samples: Record<string, Array<{ row: number; name: string; idMasked: string; detail: string }>>; unitMismatches: number }

async function xlsx(rows: unknown[][], header = HEADER): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('名册')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return new Uint8Array(await book.xlsx.writeBuffer())
}
/** Upload a roster file as a demo user (the ent-01 officer by default); the name gives the extension. */
async function upload(bytes: Uint8Array | string, name = 'roster.xlsx', userId = 'u-officer-01'): Promise<string> {
  return uploadAs(backend.platform, userId, bytes, name.split('.').pop()!)
}
async function preview(fileId: string, ctx = officer, enterpriseId?: string): Promise<Preview> {
  const reply = await rosterMain({ action: 'previewImport', fileId, enterpriseId }, ctx)
  if (!reply.ok) throw new Error(`${reply.code} ${reply.message}`)
  return reply.data as Preview
}
/** Every roster document of an enterprise, by id: to prove what a call wrote or left alone. */
async function rosterOf(enterpriseId: string): Promise<Record<string, RosterDoc>> {
  const rows = await backend.platform.store.find<RosterDoc>(COLLECTIONS.roster, { enterpriseId })
  return Object.fromEntries(rows.map((r) => [r._id, r]))
}
const csv = (...lines: string[]) => [HEADER.join(','), ...lines].join('\n')

describe('roster import', () => {
  it('classifies new, changed, unchanged, invalid (with reasons) and duplicate rows before writing anything', async () => {
    const fresh = id('32048319920202111')
    const rows = [
      ['新员工甲', fresh, '13911110001', '2024-03-01', UNIT],
      ['刘建国（演示）', '320483198501101007', '13800009999', '2024-01-01', UNIT],
      ['杨秀英（演示）', '320483198501111010', '13800000001', new Date(Date.UTC(2024, 0, 1)), UNIT],
      ['坏号码', '320483199202021110', '13911110002', '2024-03-01', UNIT],
      ['坏手机', id('32048319920202112'), '12345', '2024-03-01', UNIT],
      ['坏日期', id('32048319920202113'), '13911110003', '2024年13月1日', UNIT],
      ['', id('32048319920202114'), '13911110004', '2024-03-01', UNIT],
      ['新员工甲重复', fresh, '13911110001', '2024-03-01', UNIT],
      ['外单位参保', id('32048319920202115'), '13911110005', '2024/3/1', '某劳务派遣有限公司'],
      ['数字身份证', Number(id('32048319920202116').slice(0, 17) + '0'), '13911110006', '2024-03-01', UNIT],
      ['未来参保', id('32048319920202117'), '13911110007', '2027-01-01', UNIT],
      ['旧号码', '320483920202111', '13911110008', '2024-03-01', UNIT],
      ['新员工甲', fresh, '13911110001', '2024年3月1日', UNIT],
    ]
    const fileId = await upload(await xlsx(rows))
    const before = backend.snapshot()
    const data = await preview(fileId)
    expect(data.counts).toEqual({ new: 2, changed: 1, unchanged: 1, invalid: 7, duplicate: 2 })
    expect(data.samples.new.map((s) => s.row)).toEqual([2, 10])
    expect(data.samples.changed[0]).toMatchObject({ row: 3, detail: '变更：手机号' })
    expect(Object.fromEntries(data.samples.invalid.map((s) => [s.row, s.detail]))).toEqual({
      5: '身份证号码校验位不符，请核对号码', 6: expect.stringContaining('手机号码格式不正确'), 7: expect.stringContaining('参保日期格式不正确'), 8: '缺少姓名',
      11: '身份证号被Excel存为数字，已丢失末位，请将该列设为文本后重新导出', 12: '参保日期晚于今天', 13: '身份证号码为15位旧号码，请改为18位号码',
    })
    expect(data.samples.invalid.find((s) => s.row === 6)).toMatchObject({ name: '坏手机', idMasked: expect.stringMatching(/^3204\*{10}\d{3}[\dX]$/) })
    expect(data.samples.duplicate).toEqual([
      expect.objectContaining({ row: 9, detail: '与第2行身份证号相同但内容不同，以第2行为准' }),
      expect.objectContaining({ row: 14, detail: '与第2行重复' }),
    ])
    expect(data.unitMismatches).toBe(1)
    expect(data.samples.new[1].detail).toBe('参保单位为「某劳务派遣有限公司」，与本企业不一致')
    expect(data.fileHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(data)).not.toContain(fresh)
    expect(backend.snapshot()).toEqual(before)
  })

  it('confirms by writing exactly the valid new and changed rows in one go, and reports then find the worker insured', async () => {
    const worker = id('32048319930303222')
    const fileId = await upload(`\uFEFF${csv(
      `王新工,${worker},13922220000,2024-05-01,${UNIT}`,
      `坏行,123,13922220001,2024-05-01,${UNIT}`,
      `刘建国（演示）,320483198501101007,13800009999,2024-01-01,${UNIT}`,
      `杨秀英（演示）,320483198501111010,13800000001,2024-01-01,${UNIT}`,
      `王新工,${worker},13922220000,2024-05-01,${UNIT}`,
    )}\n`, 'roster.csv')
    const data = await preview(fileId)
    expect(data.counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 1, duplicate: 1 })
    const before = await rosterOf('ent-01')
    const otherBefore = await rosterOf('ent-05')
    expect(await rosterMain({ action: 'confirmImport', fileId, expectedHash: data.fileHash }, officer)).toEqual({
      ok: true, data: { written: 2, added: 1, changed: 1, unchanged: 1, invalid: 1, duplicate: 1 },
    })
    const after = await rosterOf('ent-01')
    const added = Object.keys(after).filter((k) => !(k in before))
    expect(added).toEqual([expect.stringMatching(/^roster-ent-01-[0-9a-f]{24}$/)])
    const row = after[added[0]]
    expect(row).toMatchObject({ name: '王新工', phone: '13922220000', enrolledAt: '2024-05-01', enrolmentUnit: UNIT, idMasked: maskIdNumber(worker) })
    expect(decryptIdNumber(backend.platform.config.idEncryptionKey, row.idCipher)).toBe(worker)
    expect(JSON.stringify(after)).not.toContain(worker)
    expect(after['roster-ent-01-1']).toEqual({ ...before['roster-ent-01-1'], phone: '13800009999', updatedAt: backend.clock.now().toISOString() })
    expect(after['roster-ent-01-2']).toEqual(before['roster-ent-01-2'])
    expect(await rosterOf('ent-05')).toEqual(otherBefore)
    const [audit] = await backend.platform.store.find(COLLECTIONS.audit, { action: 'roster.import' })
    expect(audit).toMatchObject({ actorId: 'u-officer-01', subjectId: 'ent-01', detail: { fileHash: data.fileHash, written: 2 } })

    const report = await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'manual', name: '王新工', idNumber: worker, phone: '13922220000' } })] }), officer)
    expect((report as { data: ReportData }).data.cases[0].rosterFlag).toBe('insured')
    const again = await rosterMain({ action: 'confirmImport', fileId, expectedHash: data.fileHash }, officer)
    expect(again).toMatchObject({ ok: true, data: { written: 0, added: 0, changed: 0, unchanged: 3 } })
  })

  it('reads a GBK CSV saved by Excel on Chinese Windows, with a title row, variant headers and blank rows', async () => {
    // GBK bytes with CRLF, a title row, 公民身份号码/联系电话/参保时间/参保单位名称 and a trailing ',,,,' row (made with `iconv -t gbk`).
    const fileId = await upload(readFileSync(path.join(__dirname, '../fixtures/roster/excel-gbk.csv')), 'gbk.csv')
    const data = await preview(fileId)
    expect(data.counts).toEqual({ new: 2, changed: 0, unchanged: 0, invalid: 0, duplicate: 0 })
    expect(data.samples.new.map((s) => [s.row, s.name, s.detail])).toEqual([[3, '王新工', ''], [4, '李秀兰', '']])
  })

  it('refuses to confirm a file that changed since the preview, writing nothing', async () => {
    const changing = await issuedPath(backend.platform, 'u-officer-01', 'csv')
    const put = (text: string) => backend.platform.files.put(changing, new TextEncoder().encode(text))
    const { fileId } = await put(csv(`甲,${id('32048319930303223')},13922220002,2024-05-01,${UNIT}`))
    const { fileHash } = await preview(fileId)
    await put(csv(`甲,${id('32048319930303223')},13922220002,2024-05-01,${UNIT}`, `乙,${id('32048319930303243')},13922220003,2024-05-01,${UNIT}`))
    const before = backend.snapshot()
    const roster = await rosterOf('ent-01')
    expect(await rosterMain({ action: 'confirmImport', fileId, expectedHash: fileHash }, officer)).toMatchObject({ ok: false, code: 'ROSTER.FILE_CHANGED', message: expect.stringContaining('重新预览') })
    expect(backend.snapshot()).toEqual(before)
    expect(await rosterOf('ent-01')).toEqual(roster)
  })

  it.each([
    ['a missing column', async () => upload(await xlsx([['甲', '1', '2']], ['姓名', '身份证号', '手机号'])), 'ROSTER.MISSING_COLUMN', '名册缺少「参保日期」「参保单位」列'],
    ['a CSV in neither UTF-8 nor GBK', async () => upload(new Uint8Array([0xff, 0xfe, 0xfd, 0x2c, 0x0a]), 'bad.csv'), 'ROSTER.FILE_UNREADABLE', '编码'],
    ['a file that never arrived', async () => issuedButMissing(backend.platform, 'u-officer-01', 'xlsx'), 'ROSTER.FILE_UNREADABLE', '重新上传'],
    ['a file id it never issued', async () => 'local://uploads/none/missing.xlsx', 'AUTH.FORBIDDEN', '本人上传'],
    ['an empty file', async () => upload('\uFEFF\n\n', 'empty.csv'), 'ROSTER.FILE_UNREADABLE', '文件是空的'],
    ['an old .xls workbook', async () => upload(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'), 'ROSTER.FILE_UNREADABLE', '.xls'],
    ['a damaged .xlsx', async () => upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx'), 'ROSTER.FILE_UNREADABLE', '无法读取文件'],
    ['a file over 20 MB', async () => upload(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x2c), 'big.csv'), 'ROSTER.TOO_LARGE', '20MB'],
    ['more than 200,000 rows', async () => upload(csv() + '\na,1,2,3,4'.repeat(200_001), 'long.csv'), 'ROSTER.TOO_LARGE', '200000行'],
  ])('explains %s with one error for the file and a stable code', async (_label, make, code, words) => {
    const fileId = await make()
    const before = backend.snapshot()
    expect(await rosterMain({ action: 'previewImport', fileId }, officer)).toEqual({ ok: false, code, message: expect.stringContaining(words) })
    expect(backend.snapshot()).toEqual(before)
  })

  it('imports for an officer\'s own enterprise only, whatever the event names, and never tells them about other enterprises\' rosters', async () => {
    const [other] = Object.values(await rosterOf('ent-05'))
    const otherId = decryptIdNumber(backend.platform.config.idEncryptionKey, other.idCipher)
    const fileId = await upload(csv(`${other.name},${otherId},${other.phone},${other.enrolledAt},${UNIT}`), 'c.csv')
    expect((await preview(fileId, officer, 'ent-05')).counts).toMatchObject({ new: 1, changed: 0, unchanged: 0 })
    const ent05 = await rosterOf('ent-05')
    const { fileHash } = await preview(fileId)
    expect(await rosterMain({ action: 'confirmImport', fileId, expectedHash: fileHash, enterpriseId: 'ent-05' }, officer)).toMatchObject({ ok: true, data: { added: 1 } })
    expect(await rosterOf('ent-05')).toEqual(ent05)
    expect(Object.values(await rosterOf('ent-01')).filter((r) => r.idHash === other.idHash)).toHaveLength(1)
  })

  it('lets the bureau import for the enterprise it names, and the insurer, workers and hospitals not at all', async () => {
    const fileId = await upload(csv(`甲,${id('32048319930303224')},13922220003,2024-05-01,新誉集团有限公司`), 'b.csv', 'u-bureau-01')
    const before = backend.snapshot()
    for (const who of ['u-insurer-01', 'u-worker-01', 'u-hospital-01']) {
      expect(await rosterMain({ action: 'previewImport', fileId, enterpriseId: 'ent-05' }, contextFor(who))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
      expect(await rosterMain({ action: 'confirmImport', fileId, enterpriseId: 'ent-05', expectedHash: '0'.repeat(64) }, contextFor(who))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    }
    expect(await rosterMain({ action: 'previewImport', fileId }, contextFor())).toMatchObject({ ok: false, code: 'AUTH.UNAUTHENTICATED' })
    expect(await rosterMain({ action: 'previewImport', fileId }, contextFor('u-bureau-01'))).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect(await rosterMain({ action: 'previewImport', fileId, enterpriseId: 'ent-nope' }, contextFor('u-bureau-01'))).toMatchObject({ ok: false, code: 'ENTERPRISE.NOT_FOUND' })
    expect(backend.snapshot()).toEqual(before)
    const bureau = await preview(fileId, contextFor('u-bureau-01'), 'ent-05')
    expect(bureau).toMatchObject({ counts: { new: 1 }, unitMismatches: 0 })
    expect(await rosterMain({ action: 'confirmImport', fileId, enterpriseId: 'ent-05', expectedHash: bureau.fileHash }, contextFor('u-bureau-01'))).toMatchObject({ ok: true, data: { written: 1 } })
    expect(Object.values(await rosterOf('ent-05')).some((r) => r.name === '甲')).toBe(true)
  })
})
