import {
  LEGAL_CLOCKS,
  ZClockId,
  dayNumber,
  deadlineFor,
  deadlineStatus,
  decisionDeadline,
  employerFilingDeadline,
  formatDurationZh,
  materialCheckDeadline,
  serviceDeadline,
  siteInvestigationDeadline,
  workerFilingDeadline,
} from '../../shared/clocks'

const H = 3_600_000
const M = 60_000

describe('LEGAL_CLOCKS', () => {
  test('holds every clock with a Chinese label and a basis', () => {
    for (const id of ZClockId.options) {
      expect(LEGAL_CLOCKS[id].label).toMatch(/[\u4e00-\u9fff]/)
      expect(LEGAL_CLOCKS[id].basis).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  test('has the lengths of DOMAIN.md', () => {
    const lengths = Object.fromEntries(ZClockId.options.map((id) => [id, `${LEGAL_CLOCKS[id].amount} ${LEGAL_CLOCKS[id].unit}`]))
    expect(lengths).toEqual({
      site_investigation: '24 hour',
      employer_filing: '30 day',
      worker_filing: '1 year',
      material_check: '15 day',
      decision: '60 day',
      decision_clear_cut: '15 day',
      service: '20 day',
    })
  })
})

describe('site investigation (report + 24 h)', () => {
  const reported = '2024-03-01T02:00:00.000Z'
  const d = siteInvestigationDeadline(reported)

  test('is due 24 h after the report, reminder at 20 h', () => {
    expect(d).toEqual({ clock: 'site_investigation', start: reported, due: '2024-03-02T02:00:00.000Z', warnAt: '2024-03-01T22:00:00.000Z' })
  })

  test('status before, during the reminder window and after', () => {
    expect(deadlineStatus(d.due, '2024-03-01T03:00:00Z', d.warnAt)).toMatchObject({ overdue: false, warning: false, label: '剩余 23小时' })
    expect(deadlineStatus(d.due, '2024-03-01T22:40:00Z', d.warnAt)).toEqual({
      due: '2024-03-02T02:00:00.000Z',
      remainingMs: 3 * H + 20 * M,
      overdue: false,
      warning: true,
      label: '剩余 3小时20分',
    })
    expect(deadlineStatus(d.due, '2024-03-02T04:00:00Z', d.warnAt)).toMatchObject({ remainingMs: -2 * H, overdue: true, warning: false, label: '已超时 2小时' })
  })
})

describe('filing deadlines (day 0 = accident date in Shanghai)', () => {
  test('employer: 30 days, due at 24:00 of day 30, warning from day 20', () => {
    expect(employerFilingDeadline('2024-03-01')).toEqual({
      clock: 'employer_filing',
      start: '2024-02-29T16:00:00.000Z',
      due: '2024-03-31T16:00:00.000Z', // 2024-04-01 00:00 Shanghai
      warnAt: '2024-03-20T16:00:00.000Z', // 2024-03-21 00:00 Shanghai = day 20
    })
  })

  test('day 0 is the Shanghai date, not the UTC date', () => {
    // 2024-03-01 00:30 in Shanghai is still 29 February in UTC.
    expect(employerFilingDeadline('2024-02-29T16:30:00Z').due).toBe('2024-03-31T16:00:00.000Z')
    // 2024-03-01 23:30 in Shanghai, same day 0.
    expect(employerFilingDeadline('2024-03-01T23:30:00+08:00').due).toBe('2024-03-31T16:00:00.000Z')
  })

  test('employer warning and overdue by day', () => {
    const d = employerFilingDeadline('2024-03-01')
    expect(deadlineStatus(d.due, '2024-03-20T23:59:00+08:00', d.warnAt)).toMatchObject({ warning: false, overdue: false })
    expect(deadlineStatus(d.due, '2024-03-21T00:00:00+08:00', d.warnAt)).toMatchObject({ warning: true, overdue: false, label: '剩余 11天' })
    expect(deadlineStatus(d.due, '2024-03-31T23:59:00+08:00', d.warnAt)).toMatchObject({ warning: true, overdue: false, label: '剩余 1分' })
    expect(deadlineStatus(d.due, '2024-04-01T00:00:00+08:00', d.warnAt)).toMatchObject({ overdue: true, label: '已超时 不足1分' })
    expect(deadlineStatus(d.due, '2024-04-03T05:00:00+08:00', d.warnAt)).toMatchObject({ overdue: true, label: '已超时 2天5小时' })
  })

  test('worker: one year, to the same calendar day', () => {
    expect(workerFilingDeadline('2024-03-01')).toMatchObject({ due: '2025-03-01T16:00:00.000Z', warnAt: null })
    // No 29 February in 2025: the period ends on the 28th.
    expect(workerFilingDeadline('2024-02-29').due).toBe('2025-02-28T16:00:00.000Z')
  })

  test('dayNumber counts from day 0', () => {
    expect(dayNumber('2024-03-01', '2024-03-01T23:59:00+08:00')).toBe(0)
    expect(dayNumber('2024-03-01', '2024-03-20T23:59:00+08:00')).toBe(19)
    expect(dayNumber('2024-03-01', '2024-03-21T00:00:00+08:00')).toBe(20)
  })
})

describe('bureau clocks', () => {
  test('material check: 15 days from receipt', () => {
    expect(materialCheckDeadline('2024-03-01T10:00:00+08:00').due).toBe('2024-03-16T16:00:00.000Z')
  })

  test('decision: 60 days from acceptance, 15 when clear-cut, extended by pauses', () => {
    expect(decisionDeadline('2024-03-01T10:00:00+08:00')).toMatchObject({ clock: 'decision', due: '2024-04-30T16:00:00.000Z' })
    expect(decisionDeadline('2024-03-01T10:00:00+08:00', { clearCut: true })).toMatchObject({ clock: 'decision_clear_cut', due: '2024-03-16T16:00:00.000Z' })
    expect(decisionDeadline('2024-03-01T10:00:00+08:00', { pausedDays: 10 }).due).toBe('2024-05-10T16:00:00.000Z')
  })

  test('service: 20 days from the decision', () => {
    expect(serviceDeadline('2024-03-01T10:00:00+08:00').due).toBe('2024-03-21T16:00:00.000Z')
  })

  test('an invalid start is refused', () => {
    expect(() => deadlineFor('decision', 'soon')).toThrow(RangeError)
  })
})

describe('formatDurationZh', () => {
  test.each([
    [0, '不足1分'],
    [59_999, '不足1分'],
    [M, '1分'],
    [2 * H, '2小时'],
    [3 * H + 20 * M + 59_000, '3小时20分'],
    [26 * H + 5 * M, '1天2小时'],
    [30 * 24 * H, '30天'],
    [-(2 * H), '2小时'],
  ])('%i ms → %s', (ms, label) => {
    expect(formatDurationZh(ms)).toBe(label)
  })
})
