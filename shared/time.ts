import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { z } from 'zod'

dayjs.extend(utc)
dayjs.extend(timezone)

/** The time zone every calendar rule of the programme is counted in. */
export const TZ = 'Asia/Shanghai'

/** Minutes east of UTC for Asia/Shanghai (fixed: China has had no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MINUTES = 480

/** dayjs with the utc and timezone plugins installed. */
export { dayjs }
/** A dayjs instance. */
export type { Dayjs }

/** Anything that names an instant: a Date, epoch milliseconds, an ISO string or a dayjs. */
export type DateInput = Date | number | string | Dayjs

/** An ISO 8601 instant in UTC (Z suffix), as produced by `toISOString()`. */
export const ZIsoDateTime = z.iso.datetime({ error: '时间格式不正确' })
/** An ISO 8601 UTC instant string. */
export type IsoDateTime = z.infer<typeof ZIsoDateTime>

/** A calendar date in Shanghai, YYYY-MM-DD. */
export const ZShanghaiDate = z.iso.date({ error: '日期格式不正确' })

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Parse any DateInput; a bare 'YYYY-MM-DD' is read as midnight in Shanghai, not in the host zone. */
export function toDayjs(input: DateInput): Dayjs {
  if (typeof input === 'string' && DATE_ONLY.test(input)) return dayjs(`${input}T00:00:00+08:00`)
  return dayjs(input)
}

/**
 * The instant seen on a Shanghai wall clock. A fixed +08:00 offset rather than `.tz(TZ)`:
 * the timezone plugin relies on Intl time-zone data, which Android WeChat mini-programs lack
 * (dayjs#2635, taro#16078), and Shanghai has had no DST since 1991, so the result is identical.
 * Like any offset instance it is computed through the host's local time, so on a host with
 * DST prefer formatShanghai / startOfShanghaiDay / addShanghaiCalendar, which are exact anywhere.
 */
export function inShanghai(date: DateInput): Dayjs {
  return toDayjs(date).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000

/*
 * Shanghai wall-clock time held in a UTC-mode dayjs. Calendar arithmetic there never touches
 * the host zone; utcOffset/tz instances are local-mode and shift by an hour when a day or
 * month is added across the host's own DST change (seen with TZ=America/Los_Angeles).
 */
function wall(date: DateInput): Dayjs {
  return dayjs.utc(toDayjs(date).valueOf() + OFFSET_MS)
}

function unwall(wallTime: Dayjs): Dayjs {
  return dayjs(wallTime.valueOf() - OFFSET_MS)
}

/** Format an instant on the Shanghai wall clock, by default 'YYYY-MM-DD HH:mm' (Z prints +08:00). */
export function formatShanghai(date: DateInput, fmt = 'YYYY-MM-DD HH:mm'): string {
  const withOffset = fmt.replace(/\[[^\]]*\]|Z{1,2}/g, (token) => (token === 'ZZ' ? '[+0800]' : token === 'Z' ? '[+08:00]' : token))
  return wall(date).format(withOffset)
}

/** The Shanghai calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(date: DateInput): string {
  return formatShanghai(date, 'YYYY-MM-DD')
}

/** Midnight (start of day) in Shanghai of the day containing the instant. */
export function startOfShanghaiDay(date: DateInput): Dayjs {
  return unwall(wall(date).startOf('day'))
}

/** Add calendar days, months or years on the Shanghai wall clock (31 Jan + 1 month = 29 Feb in 2024). */
export function addShanghaiCalendar(date: DateInput, amount: number, unit: 'day' | 'month' | 'year'): Dayjs {
  return unwall(wall(date).add(amount, unit))
}

/** Whole Shanghai calendar days from `from`'s date to `to`'s date (0 on the same day). */
export function shanghaiDaysBetween(from: DateInput, to: DateInput): number {
  return wall(to).startOf('day').diff(wall(from).startOf('day'), 'day')
}

/** The instant as a UTC ISO string (the only form times are stored in). */
export function toIso(date: DateInput): string {
  const d = toDayjs(date)
  if (!d.isValid()) throw new RangeError(`Invalid date: ${String(date)}`)
  return d.toISOString()
}

/** The current instant as a UTC ISO string. */
export function nowIso(): string {
  return new Date().toISOString()
}

/** True when the string is a valid UTC ISO instant as stored by this system. */
export function isIsoDateTime(value: unknown): value is string {
  return ZIsoDateTime.safeParse(value).success
}

/** Parse a stored ISO string back into a Date. */
export function fromIso(iso: string): Date {
  return toDayjs(iso).toDate()
}
