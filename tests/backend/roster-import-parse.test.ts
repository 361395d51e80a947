import ExcelJS from 'exceljs'
import { classifyRows, ID_LOST_DIGITS, parseEnrolmentDate } from '../../backend/domain/roster-import/classify'
import { readRosterFile, type RawRosterRow } from '../../backend/domain/roster-import/parse'
import { AppError } from '../../shared/errors'
import { idCheckChar } from '../../shared/idcard'

const id = (body: string) => body + idCheckChar(body)
const W1 = id('32048319900101123')
const W2 = id('32048319880808202')
const text = (s: string) => new TextEncoder().encode(s)

async function book(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  fill(workbook.addWorksheet('名册'))
  workbook.addWorksheet('说明').addRow(['姓名', '身份证号', '手机号', '参保日期', '参保单位'])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function failure(bytes: Uint8Array): Promise<AppError> {
  const error = await readRosterFile(bytes).then(() => null, (e: unknown) => e)
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

describe('reading roster files', () => {
  it('finds the header under a title row, in any order and with common variants, and reads Excel cell types', async () => {
    const bytes = await book((sheet) => {
      sheet.addRow(['常州东方特钢有限公司 参保职工名册'])
      sheet.mergeCells('A1:E1')
      sheet.addRow(['参保单位名称', '*公民身份号码', '联系电话', '入保日期', '职工姓名'])
      sheet.addRow(['常州东方特钢有限公司', W1, 13911110001, new Date(Date.UTC(2024, 2, 1)), { richText: [{ text: '王' }, { text: '新工' }] }])
      sheet.addRow([])
      sheet.addRow([{ formula: '"常州"&"东方特钢有限公司"', result: '常州东方特钢有限公司' }, Number(W2.slice(0, 17) + '0'), '139 2222 0010', 45352, '李秀兰'])
      sheet.getCell('D5').numFmt = '0'
    })
    expect(await readRosterFile(bytes)).toEqual([
      { row: 3, name: '王新工', id: W1, idLostDigits: false, phone: '13911110001', enrolled: new Date(Date.UTC(2024, 2, 1)), unit: '常州东方特钢有限公司' },
      { row: 5, name: '李秀兰', id: String(Number(W2.slice(0, 17) + '0')), idLostDigits: true, phone: '13922220010', enrolled: 45352, unit: '常州东方特钢有限公司' },
    ])
  })

  it('reads CSV line numbers as Excel shows them, skips blank rows and spots IDs that Excel turned into numbers', async () => {
    const csv = `\uFEFF姓名,身份证号码,手机号码,参保时间,参保单位\r\n,,,,\r\n王新工,${W1},+8613911110001,2024/3/1,"常州东方特钢\n有限公司"\r\n李秀兰,3.20483E+17,139-2222-0010,2024年3月1日,常州东方特钢有限公司\r\n`
    const rows = await readRosterFile(text(csv))
    expect(rows.map((r) => [r.row, r.name, r.idLostDigits, r.phone, r.enrolled])).toEqual([[3, '王新工', false, '13911110001', '2024/3/1'], [5, '李秀兰', true, '13922220010', '2024年3月1日']])
  })

  it('gives one error naming every missing column, also when the header is not in the first rows', async () => {
    expect(await failure(text('姓名,身份证号,电话号码\n甲,1,2\n'))).toMatchObject({ code: 'ROSTER.MISSING_COLUMN', message: expect.stringMatching(/^名册缺少「手机号」「参保日期」「参保单位」列/) })
    const late = await book((sheet) => {
      for (let i = 0; i < 10; i++) sheet.addRow([`说明第${i + 1}行`])
      sheet.addRow(['姓名', '身份证号', '手机号', '参保日期', '参保单位'])
    })
    expect(await failure(late)).toMatchObject({ code: 'ROSTER.MISSING_COLUMN' })
    expect(await failure(await book(() => undefined))).toMatchObject({ code: 'ROSTER.FILE_UNREADABLE', message: expect.stringContaining('文件是空的') })
  })
})

describe('enrolment dates', () => {
  it.each([
    ['2024-03-01', '2024-03-01'], ['2024/3/1', '2024-03-01'], ['2024年3月1日', '2024-03-01'], ['2024.3.1', '2024-03-01'], ['2024-03-01 00:00:00', '2024-03-01'],
    ['20240301', '2024-03-01'], [20240301, '2024-03-01'], [45352, '2024-03-01'], [45352.99, '2024-03-01'], [new Date(Date.UTC(2024, 2, 1)), '2024-03-01'],
    ['2024-02-30', null], ['2023/2/29', null], ['3/1/2024', null], ['', null], ['入职当天', null], [-1, null], [0, null], [new Date(Number.NaN), null],
  ] as Array<[RawRosterRow['enrolled'], string | null]>)('reads %p as %p', (value, expected) => {
    expect(parseEnrolmentDate(value)).toBe(expected)
  })
})

describe('row checks', () => {
  const raw = (over: Partial<RawRosterRow>): RawRosterRow => ({ row: 2, name: '王新工', id: W1, idLostDigits: false, phone: '13911110001', enrolled: '2024-03-01', unit: '某公司', ...over })
  const reasonOf = (over: Partial<RawRosterRow>) => {
    const [verdict] = classifyRows([raw(over)], new Map(), (s) => `h-${s}`, new Date('2026-11-22T02:00:00Z'))
    return verdict.kind === 'invalid' ? verdict.reason : verdict.kind
  }
  it.each([
    [{}, 'new'],
    [{ id: W1.toLowerCase().replace(/X$/, 'x') }, 'new'],
    [{ name: '' }, '缺少姓名'],
    [{ name: '王'.repeat(31) }, '姓名过长（最多30个字）'],
    [{ idLostDigits: true, id: '320483199001011000' }, ID_LOST_DIGITS],
    [{ id: '' }, '缺少身份证号码'],
    [{ id: '3204831990' }, '身份证号码应为18位（末位可为X）'],
    [{ id: W1.slice(0, 17) + (W1[17] === '1' ? '2' : '1') }, '身份证号码校验位不符，请核对号码'],
    [{ id: id('32048319901301123') }, '身份证号码格式不正确（地区码或出生日期不正确）'],
    [{ phone: '' }, '缺少手机号码'],
    [{ phone: '1391111000' }, '手机号码格式不正确（应为11位手机号）'],
    [{ enrolled: '' }, '缺少参保日期'],
    [{ enrolled: '2026-11-23' }, '参保日期晚于今天'],
    [{ enrolled: '2026-11-22' }, 'new'],
    [{ enrolled: '1989-12-31' }, '参保日期早于出生日期'],
    [{ unit: '' }, '缺少参保单位'],
  ] as Array<[Partial<RawRosterRow>, string]>)('%p → %s', (over, expected) => {
    expect(reasonOf(over)).toBe(expected)
  })
})
