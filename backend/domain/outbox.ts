import type { TxScope } from '../ports/store'
import { COLLECTIONS } from './collections'

/** Where an outbox message goes. */
export type OutboxChannel = 'subscribe' | 'wecom'

/** A message waiting to be delivered, written in the transaction of the change that caused it. */
export interface OutboxDoc {
  /** The dedupe key: the same logical message always gets the same id, so it is stored once. */
  _id: string
  channel: OutboxChannel
  payload: Record<string, unknown>
  status: 'pending' | 'sent' | 'skipped' | 'failed'
  attempts: number
  nextAttemptAt: string
  lastError: string
  createdAt: string
  sentAt: string | null
  [key: string]: unknown
}

/** Queue a message inside a transaction; queuing the same key twice keeps one. */
export async function enqueueOutbox(tx: TxScope, key: string, channel: OutboxChannel, payload: Record<string, unknown>, now: Date): Promise<void> {
  if (await tx.get(COLLECTIONS.outbox, key)) return
  const at = now.toISOString()
  const doc: OutboxDoc = { _id: key, channel, payload, status: 'pending', attempts: 0, nextAttemptAt: at, lastError: '', createdAt: at, sentAt: null }
  await tx.insert(COLLECTIONS.outbox, doc)
}
