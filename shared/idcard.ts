import { z } from 'zod'

/*
 * Resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd for men, even for women) and a check character computed ISO 7064 MOD 11-2.
 * ID numbers are sensitive: show them masked (maskIdNumber) to all but the roles that need them.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
const SHAPE = /^[1-9]\d{16}[\dX]$/

/** The check character (0-9 or X) for the first 17 digits of an ID number. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('需要17位数字')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function birthParts(id: string): { y: number; m: number; d: number } | null {
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= daysInMonth ? { y, m, d } : null
}

/** Trim and upper-case the trailing x, the only normalisation an ID number needs. */
export function normalizeIdNumber(id: string): string {
  return id.trim().toUpperCase()
}

/** True for an 18-character ID number with a real birth date and a correct check character. */
export function isValidIdNumber(id: string): boolean {
  const s = normalizeIdNumber(id)
  if (!SHAPE.test(s) || birthParts(s) === null) return false
  return idCheckChar(s.slice(0, 17)) === s[17]
}

/** The ID number with all but the first 4 and last 4 characters masked: 3204**********1234. */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id)
  if (s.length <= 8) return '*'.repeat(s.length)
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`
}

/** The birth date encoded in a valid ID number, 'YYYY-MM-DD', or null when the number is invalid. */
export function birthDateFromId(id: string): string | null {
  const s = normalizeIdNumber(id)
  if (!isValidIdNumber(s)) return null
  return `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`
}

/** Sex as encoded in an ID number. */
export type Sex = 'male' | 'female'

/** Chinese labels of Sex. */
export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' }

/** Sex from the 17th digit of a valid ID number (odd: male, even: female), or null when invalid. */
export function sexFromId(id: string): Sex | null {
  const s = normalizeIdNumber(id)
  if (!isValidIdNumber(s)) return null
  return Number(s[16]) % 2 === 1 ? 'male' : 'female'
}

/** An 18-character resident ID number, trimmed and upper-cased, with a valid check character. */
export const ZIdNumber = z
  .string({ error: '身份证号码格式不正确' })
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, { error: '身份证号码格式不正确' })
