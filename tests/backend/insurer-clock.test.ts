import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as insurerMain } from '../../cloudfunctions/insurer/index'
import { main as outboxMain } from '../../cloudfunctions/outbox/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { AGENT, completeChecklist, demoCase, ok, toInvestigating } from '../fixtures/insurer/desk'

const HOUR = 3600_000
const DAY = 24 * HOUR
let backend: TestBackend
let caseId: string
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = (await demoCase(backend))._id
})
afterEach(() => backend.close())

type Counts = { reminded: number; escalated: number; filingWarned: number }
/** The platform's timer trigger: no caller, Type 'Timer'. */
async function timer(): Promise<Counts> {
  const reply = await insurerMain({ Type: 'Timer', TriggerName: 'clocks-every-minute' }, {})
  if (!reply.ok) throw new Error(`${reply.code}: ${reply.message}`)
  return reply.data as Counts
}
const messages = (prefix: string) => backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, {}).then((all) => all.filter((m) => m._id.startsWith(prefix)))
const recipients = (list: OutboxDoc[]) => list.map((m) => (m.payload as { toOpenid?: string }).toOpenid).sort()
const none: Counts = { reminded: 0, escalated: 0, filingWarned: 0 }

describe('the 24-hour site investigation clock', () => {
  it('reminds the assigned agent at 20 h, once', async () => {
    await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
    backend.clock.advance(20 * HOUR - 60_000)
    expect(await timer()).toEqual(none)
    backend.clock.advance(60_000)
    expect(await timer()).toEqual({ ...none, reminded: 1 })
    const sent = await messages('site_remind:')
    expect(recipients(sent)).toEqual(['dev-u-insurer-01'])
    expect((sent[0].payload as { data: { note: string } }).data.note).toContain('报案已满20小时')
    backend.clock.advance(60_000)
    expect(await timer()).toEqual(none)
  })

  it('escalates at 24 h to the supervisor and the service group, once', async () => {
    backend.clock.advance(20 * HOUR)
    expect(await timer()).toEqual({ ...none, reminded: 1 })
    expect(recipients(await messages('site_remind:'))).toEqual(['dev-u-insurer-01'])
    backend.clock.advance(4 * HOUR)
    expect(await timer()).toEqual({ ...none, escalated: 1 })
    expect(recipients((await messages('site_escalate:')))).toEqual(['dev-u-insurer-02'])
    const [group] = await messages('site-escalate:')
    expect(group.channel).toBe('wecom')
    await outboxMain({ Type: 'Timer' }, {})
    const feed = await outboxMain({ action: 'serviceGroupFeed' }, contextFor(AGENT))
    expect(JSON.stringify(feed)).toContain('现场调查超时')
    expect(JSON.stringify(feed)).toContain('未认领')
    backend.clock.advance(HOUR)
    expect(await timer()).toEqual(none)
  })

  it('raises each alert once when the timer runs twice at the same instant', async () => {
    backend.clock.advance(24 * HOUR)
    const runs = await Promise.all([timer(), timer()])
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(1)
    expect(runs.reduce((sum, r) => sum + r.escalated, 0)).toBe(1)
    expect(await messages('site_remind:')).toHaveLength(1)
    expect(await messages('site-escalate:')).toHaveLength(1)
    expect(await backend.platform.store.count(COLLECTIONS.insurerAlerts, {})).toBe(2)
    expect(await backend.platform.store.count(COLLECTIONS.audit, { action: 'insurer.alert.site_escalate' })).toBe(1)
  })

  it('catches up after downtime: advanced 30 h, one run sends both the reminder and the escalation exactly once', async () => {
    await toInvestigating(backend, caseId)
    backend.clock.advance(30 * HOUR)
    expect(await timer()).toEqual({ ...none, reminded: 1, escalated: 1 })
    expect(await timer()).toEqual(none)
    expect(await messages('site_remind:')).toHaveLength(1)
    expect(await messages('site_escalate:')).toHaveLength(1)
    expect(await messages('site-escalate:')).toHaveLength(1)
  })

  it('stops once the checklist is complete, and for a withdrawn case', async () => {
    await toInvestigating(backend, caseId)
    await completeChecklist(backend, caseId)
    backend.clock.advance(25 * HOUR)
    expect(await timer()).toEqual(none)
    const other = await openTestBackend()
    try {
      const demo = await demoCase(other)
      expect(await caseMain({ action: 'transition', caseId: demo._id, event: 'withdraw', expectedVersion: 1, note: '误报' }, contextFor('u-officer-01'))).toMatchObject({ ok: true })
      other.clock.advance(25 * HOUR)
      expect(await timer()).toEqual(none)
    } finally {
      other.close()
    }
  })

  it('refuses a timer event sent by a signed-in user', async () => {
    expect(await insurerMain({ Type: 'Timer' }, contextFor(AGENT))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })
})

describe('the employer\'s 30-day filing deadline (条例 §17)', () => {
  it('warns the officers and the agent once from day 20, explaining the employer\'s liability for late filing', async () => {
    await toInvestigating(backend, caseId)
    await completeChecklist(backend, caseId)
    backend.clock.advance(18 * DAY)
    expect(await timer()).toEqual(none)
    backend.clock.advance(2 * DAY)
    expect(await timer()).toEqual({ ...none, filingWarned: 1 })
    const sent = await messages('filing_warn:')
    expect(recipients(sent)).toEqual(['dev-u-insurer-01', 'dev-u-officer-01'])
    const note = (sent[0].payload as { data: { note: string } }).data.note
    expect(note).toMatch(/事故第20日：请于\d{4}-\d{2}-\d{2}前申请工伤认定/)
    expect(note).toContain('费用由用人单位负担')
    expect(note).toContain('第十七条')
    backend.clock.advance(DAY)
    expect(await timer()).toEqual(none)
  })

  it('says the window has passed when a case is first seen after day 30', async () => {
    backend.clock.advance(31 * DAY)
    expect(await timer()).toEqual({ reminded: 1, escalated: 1, filingWarned: 1 })
    const [warning] = await messages('filing_warn:')
    expect((warning.payload as { data: { note: string } }).data.note).toContain('已超过事故之日起30日的申请时限')
  })
})
