import { z } from 'zod'
import { addShanghaiCalendar, shanghaiDaysBetween, startOfShanghaiDay, toDayjs, toIso, type DateInput, type Dayjs } from './time'

/** The legal and programme clocks a case runs against (DOMAIN.md "Legal clocks"). */
export const ZClockId = z.enum([
  'site_investigation',
  'employer_filing',
  'worker_filing',
  'material_check',
  'decision',
  'decision_clear_cut',
  'service',
])
/** One of ZClockId. */
export type ClockId = z.infer<typeof ZClockId>

/** How a clock is measured: exact hours from an instant, or calendar days/years counted in Shanghai. */
export type ClockUnit = 'hour' | 'day' | 'year'

/** A clock as data: its length, when it starts warning, what it starts from and its legal basis. */
export type ClockSpec = {
  readonly label: string
  readonly startsAt: string
  readonly amount: number
  readonly unit: ClockUnit
  readonly warnAfter: { readonly amount: number; readonly unit: 'hour' | 'day' } | null
  readonly basis: string
}

/** Every clock of the programme with its Chinese label, start event and legal basis. */
export const LEGAL_CLOCKS: Record<ClockId, ClockSpec> = {
  site_investigation: {
    label: '现场调查',
    startsAt: '报案',
    amount: 24, unit: 'hour',
    warnAfter: { amount: 20, unit: 'hour' },
    basis: '服务方案：报案后24小时内完成现场调查',
  },
  employer_filing: {
    label: '用人单位申请工伤认定',
    startsAt: '事故发生之日',
    amount: 30, unit: 'day',
    warnAfter: { amount: 20, unit: 'day' },
    basis: '《工伤保险条例》第十七条',
  },
  worker_filing: {
    label: '职工或其近亲属、工会组织申请工伤认定',
    startsAt: '事故发生之日',
    amount: 1, unit: 'year',
    warnAfter: null,
    basis: '《工伤保险条例》第十七条',
  },
  material_check: {
    label: '审核申请材料',
    startsAt: '收到申请材料',
    amount: 15, unit: 'day',
    warnAfter: null,
    basis: '《工伤认定办法》第八条',
  },
  decision: {
    label: '作出工伤认定决定',
    startsAt: '受理申请',
    amount: 60, unit: 'day',
    warnAfter: null,
    basis: '《工伤保险条例》第二十条',
  },
  decision_clear_cut: {
    label: '作出工伤认定决定（事实清楚、权利义务明确）',
    startsAt: '受理申请',
    amount: 15, unit: 'day',
    warnAfter: null,
    basis: '《工伤保险条例》第二十条',
  },
  service: {
    label: '送达工伤认定决定书',
    startsAt: '作出认定决定',
    amount: 20, unit: 'day',
    warnAfter: null,
    basis: '《工伤认定办法》第二十二条',
  },
}

/** A computed deadline: when it started, when it is due and when reminders start (UTC ISO strings). */
export type Deadline = { clock: ClockId; start: string; due: string; warnAt: string | null }

/** Options of deadlineFor: whole days the clock stood still (e.g. 认定中止 pending a court conclusion). */
export type DeadlineOptions = { pausedDays?: number }

/*
 * Day clocks follow the civil-law counting rule (民法典 §201): the start day is day 0 and is
 * not counted, the period ends at 24:00 of its last day (a year ends on the same calendar day
 * a year later, or the month's last day when there is none, e.g. 29 Feb). So "30 days from the
 * accident" is due at 00:00 Shanghai time of day 31. Warnings start at 00:00 of the warn day.
 */
/** The deadline of a clock started at `start`. */
export function deadlineFor(clock: ClockId, start: DateInput, options: DeadlineOptions = {}): Deadline {
  const spec = LEGAL_CLOCKS[clock]
  const paused = options.pausedDays ?? 0
  const begin = toDayjs(start)
  if (!begin.isValid()) throw new RangeError(`Invalid clock start: ${String(start)}`)
  const day0 = startOfShanghaiDay(begin)
  let due: Dayjs
  switch (spec.unit) {
    case 'hour':
      due = begin.add(spec.amount + paused * 24, 'hour')
      break
    case 'day':
    case 'year':
      due = addShanghaiCalendar(addShanghaiCalendar(day0, spec.amount, spec.unit), paused + 1, 'day')
      break
    default: {
      const _never: never = spec.unit
      return _never
    }
  }
  const warn = spec.warnAfter
  const warnAt = warn === null ? null : warn.unit === 'hour' ? begin.add(warn.amount, 'hour') : addShanghaiCalendar(day0, warn.amount, 'day')
  return { clock, start: toIso(begin), due: toIso(due), warnAt: warnAt === null ? null : toIso(warnAt) }
}

/** Site investigation: due 24 h after the report, reminder at 20 h. */
export const siteInvestigationDeadline = (reportedAt: DateInput): Deadline => deadlineFor('site_investigation', reportedAt)
/** Employer's 工伤认定 filing: 30 days from the accident date, warning from day 20. */
export const employerFilingDeadline = (accidentDate: DateInput): Deadline => deadlineFor('employer_filing', accidentDate)
/** Worker's (or relatives' / union's) own filing: 1 year from the accident date. */
export const workerFilingDeadline = (accidentDate: DateInput): Deadline => deadlineFor('worker_filing', accidentDate)
/** Bureau's material check: 15 days from receipt. */
export const materialCheckDeadline = (receivedAt: DateInput): Deadline => deadlineFor('material_check', receivedAt)
/** Bureau's decision: 60 days from acceptance, 15 for clear-cut cases, extended by the days paused. */
export const decisionDeadline = (acceptedAt: DateInput, options: DeadlineOptions & { clearCut?: boolean } = {}): Deadline =>
  deadlineFor(options.clearCut ? 'decision_clear_cut' : 'decision', acceptedAt, options)
/** Service of the decision: 20 days from deciding. */
export const serviceDeadline = (decidedAt: DateInput): Deadline => deadlineFor('service', decidedAt)

/** Day number of `now` counted from day 0 = the Shanghai calendar date of `start`. */
export function dayNumber(start: DateInput, now: DateInput): number {
  return shanghaiDaysBetween(start, now)
}

/** Where a deadline stands now, with a Chinese label such as '剩余 3小时20分' or '已超时 2小时'. */
export type DeadlineStatus = { due: string; remainingMs: number; overdue: boolean; warning: boolean; label: string }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A duration in Chinese with its two largest units, rounded down: '2天3小时', '3小时20分', '5分', '不足1分'. */
export function formatDurationZh(ms: number): string {
  const abs = Math.abs(ms)
  const days = Math.floor(abs / DAY)
  const hours = Math.floor((abs % DAY) / HOUR)
  const minutes = Math.floor((abs % HOUR) / MINUTE)
  if (days > 0) return `${days}天${hours > 0 ? `${hours}小时` : ''}`
  if (hours > 0) return `${hours}小时${minutes > 0 ? `${minutes}分` : ''}`
  return minutes > 0 ? `${minutes}分` : '不足1分'
}

/** The state of a deadline at `now`; overdue from the due instant on, warning from warnAt until then. */
export function deadlineStatus(due: DateInput, now: DateInput, warnAt: DateInput | null = null): DeadlineStatus {
  const dueAt = toDayjs(due)
  const remainingMs = dueAt.valueOf() - toDayjs(now).valueOf()
  const overdue = remainingMs <= 0
  const warning = !overdue && warnAt !== null && toDayjs(now).valueOf() >= toDayjs(warnAt).valueOf()
  const label = overdue ? `已超时 ${formatDurationZh(remainingMs)}` : `剩余 ${formatDurationZh(remainingMs)}`
  return { due: toIso(dueAt), remainingMs, overdue, warning, label }
}
