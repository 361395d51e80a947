import { formatShanghai } from '../../../../shared/time'

const WALL = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$/

/** An ISO instant as the Shanghai wall-clock text the forms edit ('YYYY-MM-DD HH:mm'); '' for none. */
export function toWallText(iso: string): string {
  return iso ? formatShanghai(iso) : ''
}

/** Shanghai wall-clock text ('YYYY-MM-DD HH:mm') as a UTC ISO instant, or null when it is not a valid time. */
export function fromWallText(text: string): string | null {
  const m = WALL.exec(text)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number)
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null
  const date = new Date(Date.UTC(y, mo - 1, d, h - 8, mi))
  /* Reject days that roll over (2月30日). */
  return toWallText(date.toISOString()) === `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` ? date.toISOString() : null
}
