import { Readable } from 'node:stream'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { AppError } from '../../../shared/errors'

/** One data row as read from the file, before validation. */
export interface RawRosterRow {
  /** The row number the officer sees in Excel (the header is usually row 1). */
  row: number
  name: string
  id: string
  /** True when Excel stored the ID number as a number (a numeric cell, or 3.20483E+17 in a CSV): its last digits are lost. */
  idLostDigits: boolean
  phone: string
  enrolled: string | Date | number
  unit: string
}

/** Most rows one import takes. */
export const MAX_ROWS = 200_000
/** Rows above the header (a title such as 「××公司参保职工名册」) that are skipped while looking for it. */
const HEADER_SEARCH_ROWS = 10

const COLUMNS = {
  name: ['姓名', '职工姓名', '员工姓名'],
  id: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'],
  phone: ['手机号', '手机号码', '联系电话', '电话', '手机'],
  enrolled: ['参保日期', '参保时间', '入保日期'],
  unit: ['参保单位', '参保单位名称', '单位名称'],
} as const
type Column = keyof typeof COLUMNS
type ColumnMap = Record<Column, number>

const clean = (v: unknown) => String(v ?? '').replace(/[\s\u3000]/g, '')
const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/i

/** The column map when these cells are a header row (any order, common variants), else the columns missing. */
function headerOf(cells: unknown[]): ColumnMap | Column[] {
  const titles = cells.map((c) => clean(cellValue(c)).replace(/[*＊:：()（）]/g, ''))
  const map = {} as ColumnMap
  const missing: Column[] = []
  for (const [column, names] of Object.entries(COLUMNS) as Array<[Column, readonly string[]]>) {
    const at = titles.findIndex((t) => names.includes(t))
    if (at < 0) missing.push(column)
    else map[column] = at
  }
  return missing.length ? missing : map
}

/** Finds the header among the first rows of a file; throws one clear error when there is none. */
class HeaderFinder {
  private seen = 0
  private best: Column[] | null = null
  map: ColumnMap | null = null

  /** Offer a row; true when it was the header (or a row above it), false when it is data. */
  offer(cells: unknown[]): boolean {
    if (this.map) return false
    const found = headerOf(cells)
    if (!Array.isArray(found)) this.map = found
    else if (!this.best || found.length < this.best.length) this.best = found
    if (!this.map && ++this.seen >= HEADER_SEARCH_ROWS) this.fail()
    return true
  }

  /** The column map once the file has ended; throws when no header was found. */
  done(): ColumnMap {
    return this.map ?? this.fail()
  }

  private fail(): never {
    if (!this.best) throw new AppError('ROSTER.FILE_UNREADABLE', '文件是空的：没有找到表头和数据行')
    const names = this.best.map((c) => `「${COLUMNS[c][0]}」`).join('')
    throw new AppError('ROSTER.MISSING_COLUMN', `名册缺少${names}列：表头须包含 姓名、身份证号、手机号、参保日期、参保单位（顺序不限）`)
  }
}

/** The plain value of an ExcelJS cell: rich text joined, a formula's result, a hyperlink's text; error cells are empty. */
function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown }
    if (o.richText) return o.richText.map((r) => r.text).join('')
    if ('result' in o) return cellValue(o.result)
    if ('text' in o) return cellValue(o.text)
    return ''
  }
  return v
}

function toRaw(row: number, cells: unknown[], map: ColumnMap): RawRosterRow {
  const id = cellValue(cells[map.id])
  const enrolled = cellValue(cells[map.enrolled])
  return {
    row,
    name: String(cellValue(cells[map.name]) ?? '').trim().replace(/\s+/g, ' '),
    id: clean(id),
    idLostDigits: typeof id === 'number' || SCIENTIFIC.test(clean(id)),
    phone: clean(cellValue(cells[map.phone])).replace(/^(\+?86)(?=1\d{10}$)/, '').replace(/-/g, ''),
    enrolled: enrolled instanceof Date || typeof enrolled === 'number' ? enrolled : String(enrolled ?? '').trim(),
    unit: String(cellValue(cells[map.unit]) ?? '').trim(),
  }
}

const isBlank = (cells: unknown[]) => cells.every((c) => clean(cellValue(c)) === '')

async function readXlsx(bytes: Uint8Array): Promise<RawRosterRow[]> {
  const rows: RawRosterRow[] = []
  const header = new HeaderFinder()
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' })
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const cells = (row.values as unknown[]).slice(1)
      if (isBlank(cells) || header.offer(cells)) continue
      rows.push(toRaw(row.number, cells, header.map!))
      if (rows.length > MAX_ROWS) throw new AppError('ROSTER.TOO_LARGE')
    }
    break // the first worksheet is the roster
  }
  header.done()
  return rows
}

/**
 * Excel on Chinese Windows saves "CSV" in GBK, not UTF-8: read UTF-8 (with or without BOM) when the
 * bytes are valid UTF-8, else GB18030 (a superset of GBK); anything neither reads as is refused.
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
  // Empty lines stay in (as blank records) so that counting lines gives the row number Excel shows;
  // csv-parse's own `info` would do it too, at twice the parse time.
  const records = parseCsv(decodeCsv(bytes), { relax_column_count: true, relax_quotes: true }) as string[][]
  const header = new HeaderFinder()
  const rows: RawRosterRow[] = []
  let line = 1
  for (const record of records) {
    const at = line
    line += 1
    for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1
    if (isBlank(record) || header.offer(record)) continue
    rows.push(toRaw(at, record, header.map!))
    if (rows.length > MAX_ROWS) throw new AppError('ROSTER.TOO_LARGE')
  }
  header.done()
  return rows
}

/** Read a roster file: .xlsx (a zip) or CSV, told apart by their bytes, not by the name. */
export async function readRosterFile(bytes: Uint8Array): Promise<RawRosterRow[]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const isOldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  if (isOldExcel) throw new AppError('ROSTER.FILE_UNREADABLE', '不支持旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后导入')
  try {
    return isZip ? await readXlsx(bytes) : readCsv(bytes)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('ROSTER.FILE_UNREADABLE', `无法读取文件，请确认是 .xlsx 或 CSV 格式（${error instanceof Error ? error.message.slice(0, 80) : ''}）`)
  }
}
