import { Readable } from 'node:stream'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { AppError } from '../../../shared/errors'

/** One data row as read from the file, before validation. */
export interface RawRosterRow {
  row: number
  name: string
  id: string
  /** True when Excel stored the ID number as a number: its last digits are already lost. */
  idWasNumber: boolean
  phone: string
  enrolled: string | Date | number
  unit: string
}

/** Most rows one import takes. */
export const MAX_ROWS = 200_000

const COLUMNS = {
  name: ['姓名', '职工姓名'],
  id: ['身份证号', '身份证号码', '公民身份号码', '证件号码'],
  phone: ['手机号', '手机号码', '联系电话', '电话'],
  enrolled: ['参保日期', '参保时间', '入保日期'],
  unit: ['参保单位', '参保单位名称', '单位名称'],
} as const
type Column = keyof typeof COLUMNS

const clean = (v: unknown) => String(v ?? '').replace(/[\s\u3000]/g, '')

/** Which column holds what, from the header row (any order); names the first missing column. */
function mapHeader(header: unknown[]): Record<Column, number> {
  const titles = header.map(clean)
  const map = {} as Record<Column, number>
  for (const [column, names] of Object.entries(COLUMNS) as Array<[Column, readonly string[]]>) {
    const at = titles.findIndex((t) => names.includes(t))
    if (at < 0) throw new AppError('ROSTER.MISSING_COLUMN', `缺少「${names[0]}」列：文件第一行须包含 姓名、身份证号、手机号、参保日期、参保单位`)
    map[column] = at
  }
  return map
}

function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: string }
    if (o.richText) return o.richText.map((r) => r.text).join('')
    if ('result' in o) return o.result
    if (o.text) return o.text
  }
  return v
}

function toRaw(row: number, cells: unknown[], map: Record<Column, number>): RawRosterRow {
  const id = cellValue(cells[map.id])
  const enrolled = cellValue(cells[map.enrolled])
  return {
    row, name: String(cellValue(cells[map.name]) ?? '').trim(), id: clean(id), idWasNumber: typeof id === 'number', phone: clean(cellValue(cells[map.phone])),
    enrolled: enrolled instanceof Date || typeof enrolled === 'number' ? enrolled : String(enrolled ?? '').trim(), unit: clean(cellValue(cells[map.unit])),
  }
}

async function readXlsx(bytes: Uint8Array): Promise<RawRosterRow[]> {
  const rows: RawRosterRow[] = []
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' })
  for await (const sheet of reader) {
    let map: Record<Column, number> | null = null
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const cells = (row.values as unknown[]).slice(1)
      if (!map) map = mapHeader(cells)
      else if (cells.some((c) => clean(cellValue(c)) !== '')) rows.push(toRaw(row.number, cells, map))
      if (rows.length > MAX_ROWS) throw new AppError('ROSTER.TOO_LARGE')
    }
    break
  }
  return rows
}

/**
 * Excel on Chinese Windows saves "CSV" in GBK, not UTF-8: read UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK); anything neither reads as is refused.
 */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      throw new AppError('ROSTER.FILE_UNREADABLE', '无法识别 CSV 文件的编码：请在 Excel 中另存为“CSV UTF-8”或直接导入 .xlsx 文件')
    }
  }
}

function readCsv(bytes: Uint8Array): RawRosterRow[] {
  const text = decodeCsv(bytes)
  const records = parseCsv(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]
  if (!records.length) throw new AppError('ROSTER.FILE_UNREADABLE', '文件是空的')
  if (records.length - 1 > MAX_ROWS) throw new AppError('ROSTER.TOO_LARGE')
  const map = mapHeader(records[0])
  return records.slice(1).map((cells, i) => toRaw(i + 2, cells, map))
}

/** Read a roster file: .xlsx (a zip) or CSV, told apart by their bytes, not by the name. */
export async function readRosterFile(bytes: Uint8Array): Promise<RawRosterRow[]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  try {
    return isZip ? await readXlsx(bytes) : readCsv(bytes)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('ROSTER.FILE_UNREADABLE', `无法读取文件：${error instanceof Error ? error.message.slice(0, 80) : ''}`)
  }
}
