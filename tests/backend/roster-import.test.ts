import ExcelJS from 'exceljs'
import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as rosterMain } from '../../cloudfunctions/roster/index'
import { idCheckChar } from '../../shared/idcard'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent, type ReportData } from '../support/report'

let backend: TestBackend
beforeEach(async () => {
  backend = await openTestBackend()
})
afterEach(() => backend.close())

const id = (body: string) => body + idCheckChar(body)
const HEADER = ['姓名', '身份证号', '手机号', '参保日期', '参保单位']
const UNIT = '常州东方特钢有限公司'

async function xlsx(rows: unknown[][], header = HEADER, idAsNumberRow = -1): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('名册')
  sheet.addRow(header)
  rows.forEach((r, i) => sheet.addRow(i === idAsNumberRow ? [r[0], Number(r[1]), ...r.slice(2)] : r))
  return new Uint8Array(await book.xlsx.writeBuffer())
}
async function upload(bytes: Uint8Array | string, name = 'roster.xlsx'): Promise<string> {
  return (await backend.platform.files.put(`uploads/test/${Date.now()}-${name}`, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)).fileId
}
const officer = contextFor('u-officer-01')
const preview = (fileId: string, ctx = officer) => rosterMain({ action: 'previewImport', fileId }, ctx)

describe('roster import', () => {
  it('classifies new, changed, unchanged, invalid (with reasons) and duplicate rows before writing anything', async () => {
    const fresh = id('32048319920202111')
    const rows = [
      ['新员工甲', fresh, '13911110001', '2024-03-01', UNIT],
      ['刘建国（演示）', '320483198501101007', '13800009999', '2024-01-01', UNIT],
      ['杨秀英（演示）', '320483198501111010', '13800000001', '2024-01-01', UNIT],
      ['坏号码', '320483199202021110', '13911110002', '2024-03-01', UNIT],
      ['坏手机', id('32048319920202112'), '12345', '2024-03-01', UNIT],
      ['坏日期', id('32048319920202113'), '13911110003', '2024年13月1日', UNIT],
      ['', id('32048319920202114'), '13911110004', '2024-03-01', UNIT],
      ['新员工甲重复', fresh, '13911110001', '2024-03-01', UNIT],
      ['外单位参保', id('32048319920202115'), '13911110005', '2024/3/1', '某劳务派遣有限公司'],
      ['数字身份证', id('32048319920202116'), '13911110006', '2024-03-01', UNIT],
    ]
    const fileId = await upload(await xlsx(rows, HEADER, 9))
    const before = backend.snapshot()
    const reply = await preview(fileId)
    if (!reply.ok) throw new Error(reply.message)
    const data = reply.data as { counts: Record<string, number>; samples: Record<string, Array<{ row: number; detail: string; idMasked: string }>>; unitMismatches: number }
    expect(data.counts).toEqual({ new: 2, changed: 1, unchanged: 1, invalid: 5, duplicate: 1 })
    expect(data.samples.changed[0].detail).toContain('手机号')
    expect(Object.fromEntries(data.samples.invalid.map((s) => [s.row, s.detail]))).toEqual({
      5: expect.stringContaining('校验位'), 6: expect.stringContaining('手机号码'), 7: expect.stringContaining('参保日期'), 8: '缺少姓名', 11: expect.stringContaining('存为数字'),
    })
    expect(data.samples.duplicate[0]).toMatchObject({ row: 9, detail: '与第2行重复' })
    expect(data.unitMismatches).toBe(1)
    expect(JSON.stringify(data)).not.toContain(fresh)
    expect(backend.snapshot()).toEqual(before)
  })

  it('confirms by writing exactly the valid new and changed rows in one go, and reports then find the worker insured', async () => {
    const worker = id('32048319930303222')
    const fileId = await upload(`\uFEFF姓名,身份证号,手机号,参保日期,参保单位\n王新工,${worker},13922220000,2024-05-01,${UNIT}\n坏行,123,13922220001,2024-05-01,${UNIT}\n`, 'roster.csv')
    const { data } = (await preview(fileId)) as { data: { fileHash: string; counts: Record<string, number> } }
    expect(data.counts).toMatchObject({ new: 1, invalid: 1 })
    const rosterBefore = backend.snapshot().c_roster
    expect(await rosterMain({ action: 'confirmImport', fileId, expectedHash: data.fileHash }, officer)).toMatchObject({ ok: true, data: { written: 1, added: 1, invalid: 1 } })
    expect(backend.snapshot().c_roster).toBe(rosterBefore + 1)
    const report = await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'manual', name: '王新工', idNumber: worker, phone: '13922220000' } })] }), officer)
    expect((report as { data: ReportData }).data.cases[0].rosterFlag).toBe('insured')
  })

  it('reads a GBK CSV saved by Excel on Chinese Windows', async () => {
    const worker = id('32048319930303225')
    /* 姓名,身份证号,手机号,参保日期,参保单位 and one row, encoded in GBK by hand-built bytes from GB18030 tables. */
    const gbk = (text: string) => Buffer.from(new Uint8Array(encodeGbk(text)))
    const fileId = await upload(gbk(`姓名,身份证号,手机号,参保日期,参保单位\n王新工,${worker},13922220009,2024-05-01,${UNIT}\n`), 'gbk.csv')
    const reply = (await preview(fileId)) as { ok: boolean; data: { counts: Record<string, number>; samples: { new: Array<{ name: string }> } } }
    expect(reply.data.counts.new).toBe(1)
    expect(reply.data.samples.new[0].name).toBe('王新工')
  })

  it('refuses to confirm a file that changed since the preview, writing nothing', async () => {
    const fileId = await upload(`姓名,身份证号,手机号,参保日期,参保单位\n甲,${id('32048319930303223')},13922220002,2024-05-01,${UNIT}\n`, 'a.csv')
    const before = backend.snapshot()
    expect(await rosterMain({ action: 'confirmImport', fileId, expectedHash: 'a'.repeat(64) }, officer)).toMatchObject({ ok: false, code: 'ROSTER.FILE_CHANGED' })
    expect(backend.snapshot()).toEqual(before)
  })

  it.each([
    ['a missing column', async () => upload(await xlsx([['甲', '1', '2', '3']], ['姓名', '身份证号', '手机号', '参保日期'])), 'ROSTER.MISSING_COLUMN'],
    ['a CSV in neither UTF-8 nor GBK', async () => upload(new Uint8Array([0xff, 0xfe, 0xfd, 0x2c, 0x0a]), 'bad.csv'), 'ROSTER.FILE_UNREADABLE'],
    ['a file that is not there', async () => 'local://uploads/none/missing.xlsx', 'ROSTER.FILE_UNREADABLE'],
  ])('explains %s with a stable code', async (_label, make, code) => {
    expect(await preview(await make())).toMatchObject({ ok: false, code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
  })

  it('lets officers import only for their own enterprise and the insurer or worker not at all', async () => {
    const fileId = await upload(`姓名,身份证号,手机号,参保日期,参保单位\n甲,${id('32048319930303224')},13922220003,2024-05-01,新誉集团有限公司\n`, 'b.csv')
    const own = (await rosterMain({ action: 'previewImport', fileId, enterpriseId: 'ent-01' }, contextFor('u-officer-05'))) as { data: { counts: { new: number }; unitMismatches: number } }
    expect(own.data.unitMismatches).toBe(0)
    for (const who of ['u-insurer-01', 'u-worker-01', 'u-hospital-01']) expect(await preview(fileId, contextFor(who))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await rosterMain({ action: 'previewImport', fileId }, contextFor('u-bureau-01'))).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect(await rosterMain({ action: 'previewImport', fileId, enterpriseId: 'ent-05' }, contextFor('u-bureau-01'))).toMatchObject({ ok: true })
  })
})

/** Encode text as GB18030/GBK by searching the decoder's table (tests only: small strings). */
function encodeGbk(text: string): number[] {
  const decoder = new TextDecoder('gb18030')
  const out: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0))
      continue
    }
    let found: number[] | null = null
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) found = [hi, lo]
      }
    }
    if (!found) throw new Error(`no GBK code for ${ch}`)
    out.push(...found)
  }
  return out
}
