import { ZMobile } from '../../../shared/api/report.schema'
import { birthDateFromId, idCheckChar, maskIdNumber, normalizeIdNumber } from '../../../shared/idcard'
import { formatShanghai } from '../../../shared/time'
import type { RosterDoc } from '../roster'
import type { RawRosterRow } from './parse'

/** A valid row, ready to write (the ID number still in clear: it is encrypted on write). */
export interface ValidRow {
  row: number
  name: string
  idNumber: string
  idHash: string
  phone: string
  enrolledAt: string
  unit: string
}

/** How one row compares with the roster: new, changed (which fields), unchanged, invalid (why) or a duplicate. */
export type RowVerdict =
  | { kind: 'new'; data: ValidRow }
  | { kind: 'changed'; data: ValidRow; fields: string[] }
  | { kind: 'unchanged'; data: ValidRow }
  | { kind: 'invalid'; row: number; name: string; idMasked: string; reason: string }
  | { kind: 'duplicate'; row: number; name: string; idMasked: string; firstRow: number; differs: boolean }

/** The verdict kinds, in the order the preview lists them. */
export const VERDICT_KINDS = ['new', 'changed', 'unchanged', 'invalid', 'duplicate'] as const

/** The row message for an ID number that Excel stored as a number. */
export const ID_LOST_DIGITS = '身份证号被Excel存为数字，已丢失末位，请将该列设为文本后重新导出'

/** Longest name accepted (the report form allows 30 characters). */
const MAX_NAME = 30
/** Excel's serial day 1 is 1900-01-01 and 2958465 is 9999-12-31; serials count from 1899-12-30. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/

function isoIfReal(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const check = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso ? iso : null
}

/** YYYY-MM-DD from an Excel date or serial number, or text (YYYY-MM-DD, YYYY/M/D, YYYY年M月D日, YYYYMMDD; a time after it is ignored). */
export function parseEnrolmentDate(value: RawRosterRow['enrolled']): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) return parseEnrolmentDate(String(value))
    if (!(value >= 1 && value < 2958466)) return null
    return new Date(EXCEL_EPOCH_MS + Math.round(value * 86400) * 1000).toISOString().slice(0, 10)
  }
  const m = DATE_TEXT.exec(value.trim()) ?? COMPACT_DATE.exec(value.trim())
  return m ? isoIfReal(m[1], m[2], m[3]) : null
}

/** Why an ID number is not valid, in words an officer can act on; null when it is valid. */
function idProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return id.length === 15 ? '身份证号码为15位旧号码，请改为18位号码' : '身份证号码应为18位（末位可为X）'
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号码校验位不符，请核对号码'
  return birthDateFromId(id) ? null : '身份证号码格式不正确（地区码或出生日期不正确）'
}

/** Check one row: the valid row (without its hash yet), or the Chinese reason it is invalid. */
function check(raw: RawRosterRow, today: string): string | Omit<ValidRow, 'idHash'> {
  if (!raw.name) return '缺少姓名'
  if ([...raw.name].length > MAX_NAME) return `姓名过长（最多${MAX_NAME}个字）`
  if (raw.idLostDigits) return ID_LOST_DIGITS
  if (!raw.id) return '缺少身份证号码'
  const idNumber = normalizeIdNumber(raw.id)
  const idError = idProblem(idNumber)
  if (idError) return idError
  if (!raw.phone) return '缺少手机号码'
  if (!ZMobile.safeParse(raw.phone).success) return '手机号码格式不正确（应为11位手机号）'
  if (raw.enrolled === '') return '缺少参保日期'
  const enrolledAt = parseEnrolmentDate(raw.enrolled)
  if (!enrolledAt) return '参保日期格式不正确（应为 2024-01-31、2024/1/31 或 2024年1月31日）'
  if (enrolledAt > today) return '参保日期晚于今天'
  if (enrolledAt < birthDateFromId(idNumber)!) return '参保日期早于出生日期'
  if (!raw.unit) return '缺少参保单位'
  return { row: raw.row, name: raw.name, idNumber, phone: raw.phone, enrolledAt, unit: raw.unit }
}

/** Which fields of the stored row this valid row would change (Chinese field names). */
function changedFields(current: RosterDoc, next: ValidRow): string[] {
  const pairs: Array<[string, unknown, string]> = [
    ['姓名', current.name, next.name], ['手机号', current.phone, next.phone], ['参保日期', current.enrolledAt, next.enrolledAt], ['参保单位', current.enrolmentUnit, next.unit],
  ]
  return pairs.filter(([, a, b]) => a !== b).map(([label]) => label)
}

const sameContent = (a: ValidRow, b: Omit<ValidRow, 'idHash'>) => a.name === b.name && a.phone === b.phone && a.enrolledAt === b.enrolledAt && a.unit === b.unit

/**
 * Classify every row against the enterprise's current roster (looked up by ID hash). The first
 * valid row of an ID number counts; later valid rows with the same number are duplicates.
 */
export function classifyRows(rows: RawRosterRow[], existingByHash: Map<string, RosterDoc>, hashOf: (id: string) => string, now: Date): RowVerdict[] {
  const today = formatShanghai(now, 'YYYY-MM-DD')
  const first = new Map<string, ValidRow>()
  return rows.map((raw): RowVerdict => {
    const checked = check(raw, today)
    const idMasked = maskIdNumber(raw.id.slice(0, 24))
    if (typeof checked === 'string') return { kind: 'invalid', row: raw.row, name: raw.name.slice(0, MAX_NAME), idMasked, reason: checked }
    const earlier = first.get(checked.idNumber)
    if (earlier) return { kind: 'duplicate', row: raw.row, name: raw.name, idMasked, firstRow: earlier.row, differs: !sameContent(earlier, checked) }
    const data: ValidRow = { ...checked, idHash: hashOf(checked.idNumber) }
    first.set(checked.idNumber, data)
    const current = existingByHash.get(data.idHash)
    if (!current) return { kind: 'new', data }
    const fields = changedFields(current, data)
    return fields.length ? { kind: 'changed', data, fields } : { kind: 'unchanged', data }
  })
}
