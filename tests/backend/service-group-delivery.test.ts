import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as outboxMain } from '../../cloudfunctions/outbox/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { MAX_ATTEMPTS } from '../../backend/domain/outbox-dispatch'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent, type ReportData } from '../support/report'
import { WecomReceiver } from '../support/wecom-receiver'
import { idCheckChar } from '../../shared/idcard'

let backend: TestBackend
let receiver: WecomReceiver
beforeEach(async () => {
  receiver = new WecomReceiver()
  await receiver.up()
  backend = await openTestBackend({ config: { wecomWebhookUrl: receiver.url } })
})
afterEach(async () => {
  backend.close()
  await receiver.down()
})

const timer = () => outboxMain({ Type: 'Timer', TriggerName: 'dispatch-every-minute' }, {})
async function reportMany(n: number): Promise<string[]> {
  const caseNos: string[] = []
  for (let i = 0; i < n; i++) {
    const reply = await caseMain(reportEvent({ description: `第${i + 1}起事故：职工在装配线作业时手指被夹伤。` }), contextFor('u-officer-01'))
    if (!reply.ok) throw new Error(reply.message)
    caseNos.push((reply.data as ReportData).cases[0].caseNo)
  }
  return caseNos
}

describe('service-group delivery through a WeCom robot that fails on demand', () => {
  it('delivers every report exactly once through downtime, 45009 and recovery, never over 20 a minute', async () => {
    const caseNos = await reportMany(25)
    await receiver.down()
    await timer()
    backend.clock.advance(61_000)
    await timer()
    expect(receiver.accepted).toHaveLength(0)
    await receiver.up()
    receiver.mode = 'rate-limited'
    backend.clock.advance(61_000)
    await timer()
    expect(receiver.accepted).toHaveLength(0)
    receiver.mode = 'ok'
    const perMinute: number[] = []
    for (let minute = 0; minute < 30 && receiver.accepted.length < 25; minute++) {
      backend.clock.advance(60_000)
      const before = receiver.accepted.length
      await timer()
      perMinute.push(receiver.accepted.length - before)
    }
    expect(receiver.accepted.map((m) => m.key).sort()).toEqual([...caseNos].sort())
    expect(new Set(receiver.accepted.map((m) => m.key)).size).toBe(25)
    expect(Math.max(...perMinute)).toBeLessThanOrEqual(20)
    expect(receiver.accepted.every((m) => m.bytes <= 4096)).toBe(true)
    const outbox = await backend.platform.store.find<OutboxDoc>(COLLECTIONS.outbox, { channel: 'wecom' })
    expect(outbox.every((m) => m.status === 'sent')).toBe(true)
    backend.clock.advance(3600_000)
    await timer()
    expect(receiver.accepted).toHaveLength(25)
  })

  it('keeps a message that exhausted its retries visible as failed, and resends it on request', async () => {
    const [caseNo] = await reportMany(1)
    receiver.mode = 'http-error'
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await timer()
      backend.clock.advance(3600_000)
    }
    const insurer = contextFor('u-insurer-01')
    const failed = await outboxMain({ action: 'listMessages', status: 'failed' }, insurer)
    expect(failed).toMatchObject({ ok: true, data: { messages: [expect.objectContaining({ channel: 'wecom', attempts: MAX_ATTEMPTS, lastError: 'HTTP 500', preview: expect.stringContaining(caseNo) })] } })
    const id = (failed as { data: { messages: Array<{ id: string }> } }).data.messages[0].id
    expect(await outboxMain({ action: 'resend', id }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    receiver.mode = 'ok'
    expect(await outboxMain({ action: 'resend', id }, insurer)).toMatchObject({ ok: true, data: { message: { status: 'pending' } } })
    await timer()
    expect(receiver.accepted.map((m) => m.key)).toEqual([caseNo])
    expect(await outboxMain({ action: 'resend', id }, insurer)).toMatchObject({ ok: false, code: 'OUTBOX.NOT_FAILED' })
  })

  it('writes a message within the 4096-byte limit even for a very long description', async () => {
    const long = '事故经过'.repeat(240)
    await caseMain(reportEvent({ description: long.slice(0, 1000) }), contextFor('u-officer-01'))
    await timer()
    expect(receiver.accepted).toHaveLength(1)
    expect(receiver.accepted[0].bytes).toBeLessThanOrEqual(4096)
    expect(receiver.accepted[0].markdown).toContain('3204**********')
    expect(receiver.accepted[0].markdown).not.toMatch(/\d{17}[\dX]/)
  })
})

describe('without a webhook (the local default)', () => {
  it('shows the same messages on the 服务群 feed, to the insurer and bureau only', async () => {
    const local = await openTestBackend()
    try {
      const reply = await caseMain(reportEvent(), contextFor('u-officer-01'))
      const caseNo = (reply as { data: ReportData }).data.cases[0].caseNo
      await timer()
      const feed = await outboxMain({ action: 'serviceGroupFeed' }, contextFor('u-insurer-01'))
      expect(feed).toMatchObject({ ok: true, data: { messages: [expect.objectContaining({ key: caseNo, markdown: expect.stringContaining('常州东方特钢有限公司') })] } })
      expect(await outboxMain({ action: 'serviceGroupFeed' }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    } finally {
      local.close()
    }
  })
})

describe('an accident with several injured', () => {
  it('creates one incident with one case per worker and tells the service group in one message', async () => {
    const reply = await caseMain(reportEvent({
      injured: [
        injured(),
        injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-2' }, bodyPart: 'foot', severity: 'moderate' }),
        injured({ worker: { kind: 'manual', name: '外协工（演示）', idNumber: '11010519491231002X', phone: '13911112222' }, hospitalId: 'hosp-demo-2', severity: 'critical', bodyPart: 'head' }),
      ],
      witnesses: [{ name: '王班长', phone: '13811112222', relation: 'supervisor', statement: '看到行车吊钩脱落' }],
    }), contextFor('u-officer-01'))
    if (!reply.ok) throw new Error(reply.message)
    const data = reply.data as ReportData
    expect(data.cases.map((c) => c.rosterFlag)).toEqual(['insured', 'insured', 'not_on_roster'])
    expect(new Set(data.cases.map((c) => c.caseNo)).size).toBe(3)
    const docs = await backend.platform.store.find<{ _id: string; incidentId: string; hospitalId: string }>(COLLECTIONS.cases, { incidentId: data.incidentId })
    expect(docs).toHaveLength(3)
    await timer()
    expect(receiver.accepted).toHaveLength(1)
    const message = receiver.accepted[0].markdown
    for (const c of data.cases) expect(message).toContain(c.caseNo)
    expect(message).toContain('3人受伤')
    expect(message).toContain('证人：1名')
  })

  it('keeps a message for twenty injured under 4096 bytes', async () => {
    const people = Array.from({ length: 20 }, (_, i) => injured({ worker: { kind: 'manual', name: `受伤职工${i + 1}号（演示）`, idNumber: demoId(i), phone: '13911112222' }, severity: 'critical' }))
    const reply = await caseMain(reportEvent({ injured: people, description: '事故经过'.repeat(250) }), contextFor('u-officer-01'))
    expect(reply.ok).toBe(true)
    await timer()
    expect(receiver.accepted[0].bytes).toBeLessThanOrEqual(4096)
    expect(receiver.accepted[0].markdown).toMatch(/另有\d+名受伤职工|受伤职工20号/)
  })
})

function demoId(i: number): string {
  const first17 = `3204831990010${String(100 + i).padStart(3, '0')}1`
  return first17 + idCheckChar(first17)
}
