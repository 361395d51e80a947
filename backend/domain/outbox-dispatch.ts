import type { DeliveryResult } from '../ports/notifier'
import type { Platform } from '../ports/platform'
import { COLLECTIONS } from './collections'
import type { OutboxDoc } from './outbox'
import { blockSends, takeSendSlot, WECOM_PER_MINUTE } from './rate-limit'

/** After this many failed attempts a message stays visible as failed until someone resends it. */
export const MAX_ATTEMPTS = 8
/** Messages handled per dispatcher run. */
export const BATCH_SIZE = 20
/** How long a claimed message is left alone before another run may try it again. */
const LEASE_MS = 5 * 60_000

/** Delay before attempt n+1: 30 s doubling, at most one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000)
}

/** Deliver one message on its channel. */
export type Deliver = (message: OutboxDoc, platform: Platform) => Promise<DeliveryResult>

/** Subscribe messages go through the platform's notifier with the configured template id. */
export const deliverSubscribe: Deliver = async (message, platform) => {
  const p = message.payload as { toOpenid: string; templateKey: string; page?: string; data: Record<string, string> }
  const templateId = platform.config.subscribeTemplates?.[p.templateKey] ?? p.templateKey
  const data = Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, { value: String(v) }]))
  return platform.notifier.sendSubscribeMessage({ toOpenid: p.toOpenid, templateId, templateKey: p.templateKey, page: p.page, data })
}

/** Service-group messages go to the WeCom robot (or the in-app feed). */
export const deliverWecom: Deliver = async (message, platform) => {
  const p = message.payload as { key: string; markdown: string }
  return platform.serviceGroup.post({ key: p.key, markdown: p.markdown })
}

/** Every channel's deliverer. */
export const DELIVERERS: Record<OutboxDoc['channel'], Deliver> = { subscribe: deliverSubscribe, wecom: deliverWecom }

/**
 * Claim a due message by bumping its attempt count in a transaction: when two dispatcher
 * runs overlap, only the run that claimed it delivers it.
 */
async function claim(platform: Platform, id: string, now: Date): Promise<OutboxDoc | null> {
  return platform.store.transaction(async (tx) => {
    const doc = await tx.get<OutboxDoc>(COLLECTIONS.outbox, id)
    if (!doc || doc.status !== 'pending' || doc.nextAttemptAt > now.toISOString()) return null
    if (doc.channel === 'wecom' && !(await takeSendSlot(tx, 'wecom', WECOM_PER_MINUTE, now.getTime()))) return null
    const attempts = doc.attempts + 1
    await tx.update(COLLECTIONS.outbox, id, { attempts, nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() })
    return { ...doc, attempts }
  })
}

function outcomePatch(doc: OutboxDoc, result: DeliveryResult, now: Date): Partial<OutboxDoc> {
  switch (result.status) {
    case 'sent':
      return { status: 'sent', sentAt: now.toISOString(), lastError: '' }
    case 'skipped':
      return { status: 'skipped', lastError: result.reason }
    case 'failed': {
      const giveUp = !result.retryable || doc.attempts >= MAX_ATTEMPTS
      return { status: giveUp ? 'failed' : 'pending', lastError: result.reason, nextAttemptAt: new Date(now.getTime() + backoffMs(doc.attempts)).toISOString() }
    }
    default: {
      const unreachable: never = result
      return unreachable
    }
  }
}

/** Deliver due outbox messages once each; returns how many were handled per outcome. */
export async function dispatchOutbox(platform: Platform, deliverers: Record<OutboxDoc['channel'], Deliver> = DELIVERERS): Promise<Record<string, number>> {
  const now = platform.clock.now()
  const due = await platform.store.find<OutboxDoc>(COLLECTIONS.outbox, { status: 'pending', nextAttemptAt: { $lte: now.toISOString() } }, { orderBy: [['nextAttemptAt', 'asc']], limit: BATCH_SIZE })
  const counts: Record<string, number> = { sent: 0, skipped: 0, failed: 0, retry: 0 }
  for (const candidate of due) {
    const doc = await claim(platform, candidate._id, now)
    if (!doc) continue
    let result: DeliveryResult
    try {
      result = await deliverers[doc.channel](doc, platform)
    } catch (error) {
      result = { status: 'failed', retryable: true, reason: error instanceof Error ? error.message : String(error) }
    }
    const patch = outcomePatch(doc, result, platform.clock.now())
    if (result.status === 'failed' && result.rateLimited) await platform.store.transaction((tx) => blockSends(tx, doc.channel, platform.clock.now().getTime()))
    await platform.store.update(COLLECTIONS.outbox, doc._id, patch)
    counts[patch.status === 'pending' ? 'retry' : String(patch.status)]++
  }
  return counts
}
