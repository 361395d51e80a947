import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as outboxMain } from '../../cloudfunctions/outbox/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import type { OutboxDoc } from '../../backend/domain/outbox'
import { MAX_ATTEMPTS } from '../../backend/domain/outbox-dispatch'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { reportEvent } from '../support/report'
import { WecomReceiver } from '../support/wecom-receiver'

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
    caseNos.push((reply.data as { caseNo: string }).caseNo)
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
      const caseNo = (reply as { data: { caseNo: string } }).data.caseNo
      await timer()
      const feed = await outboxMain({ action: 'serviceGroupFeed' }, contextFor('u-insurer-01'))
      expect(feed).toMatchObject({ ok: true, data: { messages: [expect.objectContaining({ key: caseNo, markdown: expect.stringContaining('常州东方特钢有限公司') })] } })
      expect(await outboxMain({ action: 'serviceGroupFeed' }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    } finally {
      local.close()
    }
  })
})
