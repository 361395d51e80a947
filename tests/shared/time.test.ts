import {
  TZ,
  addShanghaiCalendar,
  ZIsoDateTime,
  dayjs,
  formatShanghai,
  fromIso,
  inShanghai,
  isIsoDateTime,
  nowIso,
  shanghaiDate,
  shanghaiDaysBetween,
  startOfShanghaiDay,
  toIso,
} from '../../shared/time'

describe('shared/time', () => {
  test('formats on the Shanghai wall clock whatever the host zone', () => {
    expect(formatShanghai('2024-03-01T16:30:00.000Z')).toBe('2024-03-02 00:30')
    expect(formatShanghai(new Date('2024-03-01T02:05:00Z'), 'YYYY年M月D日 HH:mm')).toBe('2024年3月1日 10:05')
    expect(shanghaiDate('2024-03-01T15:59:59.999Z')).toBe('2024-03-01')
    expect(shanghaiDate('2024-03-01T16:00:00.000Z')).toBe('2024-03-02')
  })

  test('the fixed offset agrees with the timezone plugin', () => {
    for (const iso of ['1995-06-01T12:00:00Z', '2024-01-15T20:00:00Z', '2024-07-15T03:00:00Z', '2031-12-31T23:59:00Z']) {
      expect(inShanghai(iso).format()).toBe(dayjs(iso).tz(TZ).format())
      expect(formatShanghai(iso, 'YYYY-MM-DDTHH:mm:ssZ')).toBe(dayjs(iso).tz(TZ).format())
    }
  })

  test('formats every hour of a year exactly, whatever the host DST', () => {
    const pad = (n: number) => String(n).padStart(2, '0')
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 3_600_000) {
      const w = new Date(ms + 8 * 3_600_000)
      const want = `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())} ${pad(w.getUTCHours())}:00`
      if (formatShanghai(ms) !== want) throw new Error(`${new Date(ms).toISOString()}: ${formatShanghai(ms)} != ${want}`)
    }
  })

  test('offset tokens print +08:00 and escaped text stays', () => {
    expect(formatShanghai('2024-03-10T05:00:00Z', 'YYYY-MM-DDTHH:mm:ssZ')).toBe('2024-03-10T13:00:00+08:00')
    expect(formatShanghai('2024-03-10T05:00:00Z', '[Z] ZZ')).toBe('Z +0800')
  })

  test('calendar arithmetic on the Shanghai wall clock', () => {
    expect(addShanghaiCalendar('2024-01-31', 1, 'month').toISOString()).toBe('2024-02-28T16:00:00.000Z')
    expect(addShanghaiCalendar('2024-03-01T10:00:00+08:00', 30, 'day').toISOString()).toBe('2024-03-31T02:00:00.000Z')
    expect(addShanghaiCalendar('2024-02-29', 1, 'year').toISOString()).toBe('2025-02-27T16:00:00.000Z')
  })

  test('a bare date is midnight in Shanghai', () => {
    expect(toIso('2024-03-01')).toBe('2024-02-29T16:00:00.000Z')
    expect(startOfShanghaiDay('2024-03-01T20:00:00Z').toISOString()).toBe('2024-03-01T16:00:00.000Z')
  })

  test('counts Shanghai calendar days', () => {
    expect(shanghaiDaysBetween('2024-03-01', '2024-03-01T15:59:00Z')).toBe(0)
    expect(shanghaiDaysBetween('2024-03-01', '2024-03-01T16:00:00Z')).toBe(1)
    expect(shanghaiDaysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })

  test('ISO helpers store UTC with a Z suffix', () => {
    expect(toIso('2024-03-01T10:00:00+08:00')).toBe('2024-03-01T02:00:00.000Z')
    expect(toIso(0)).toBe('1970-01-01T00:00:00.000Z')
    expect(() => toIso('not a date')).toThrow(RangeError)
    expect(isIsoDateTime(nowIso())).toBe(true)
    expect(fromIso('2024-03-01T02:00:00.000Z').getTime()).toBe(Date.UTC(2024, 2, 1, 2))
    expect(ZIsoDateTime.safeParse('2024-03-01T10:00:00+08:00').success).toBe(false)
    expect(ZIsoDateTime.safeParse('2024-03-01 10:00').error?.issues[0].message).toBe('时间格式不正确')
  })
})
