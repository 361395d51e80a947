import { ZMobile } from '../../../shared/api/report.schema'
import { isValidIdNumber, maskIdNumber, normalizeIdNumber } from '../../../shared/idcard'
import { formatShanghai } from '../../../shared/time'
import type { RosterDoc } from '../roster'
import type { RawRosterRow } from './parse'

/** A valid row, ready to write (ID number still in clear: it is hashed and encrypted on write). */
export interface ValidRow {
  row: number
  name: string
  idNumber: string
  phone: string
  enrolledAt: string
  unit: string
}

/** How one row compares with the roster: new, changed (which fields), unchanged, invalid (why) or a duplicate. */
export type RowVerdict =
  | { kind: 'new'; data: ValidRow }
  | { kind: 'changed'; data: ValidRow; fields: string[] }
  | { kind: 'unchanged'; data: ValidRow }
  | { kind: 'invalid'; row: number; reason: string; idMasked: string }
  | { kind: 'duplicate'; row: number; idMasked: string; firstRow: number }

/** Excel serial day numbers count from 1899-12-30. */
function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400_000))
}

/** YYYY-MM-DD from an Excel date, a serial number, or text (YYYY-MM-DD, YYYY/M/D, YYYY年M月D日). */
export function parseEnrolmentDate(value: RawRosterRow['enrolled']): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value === 'number') return excelSerialToDate(value).toISOString().slice(0, 10)
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim())
  if (!m) return null
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  const check = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso ? iso : null
}

/** Check one row; null when valid, else the Chinese reason. */
function problemOf(raw: RawRosterRow, today: string): string | ValidRow {
  if (raw.idWasNumber) return '身份证号被Excel存为数字，已丢失末位，请将该列设为文本后重新导出'
  if (!raw.name) return '缺少姓名'
  const idNumber = normalizeIdNumber(raw.id)
  if (!isValidIdNumber(idNumber)) return '身份证号码格式不正确（校验位不符）'
  if (!ZMobile.safeParse(raw.phone).success) return '手机号码格式不正确'
  const enrolledAt = parseEnrolmentDate(raw.enrolled)
  if (!enrolledAt) return '参保日期格式不正确（应为 2024-01-31 这样的日期）'
  if (enrolledAt > today) return '参保日期晚于今天'
  if (!raw.unit) return '缺少参保单位'
  return { row: raw.row, name: raw.name, idNumber, phone: raw.phone, enrolledAt, unit: raw.unit }
}

/** Classify every row against the enterprise's current roster (looked up by ID hash). */
export function classifyRows(rows: RawRosterRow[], existingByHash: Map<string, RosterDoc>, hashOf: (id: string) => string, now: Date): RowVerdict[] {
  const today = formatShanghai(now, 'YYYY-MM-DD')
  const firstSeen = new Map<string, number>()
  return rows.map((raw): RowVerdict => {
    const checked = problemOf(raw, today)
    const masked = raw.id.length >= 8 ? maskIdNumber(normalizeIdNumber(raw.id)) : raw.id
    if (typeof checked === 'string') return { kind: 'invalid', row: raw.row, reason: checked, idMasked: masked }
    const seen = firstSeen.get(checked.idNumber)
    if (seen !== undefined) return { kind: 'duplicate', row: raw.row, idMasked: masked, firstRow: seen }
    firstSeen.set(checked.idNumber, raw.row)
    const current = existingByHash.get(hashOf(checked.idNumber))
    if (!current) return { kind: 'new', data: checked }
    const fields = [
      current.name !== checked.name && '姓名', current.phone !== checked.phone && '手机号', current.enrolledAt !== checked.enrolledAt && '参保日期', current.enrolmentUnit !== checked.unit && '参保单位',
    ].filter((f): f is string => Boolean(f))
    return fields.length ? { kind: 'changed', data: checked, fields } : { kind: 'unchanged', data: checked }
  })
}
