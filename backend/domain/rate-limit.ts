import type { TxScope } from '../ports/store'
import { COLLECTIONS } from './collections'

/** A sliding one-minute window of send times, kept as a document so overlapping runs share it. */
interface RateWindow {
  _id: string
  sentAt: number[]
  blockedUntil: number
  [key: string]: unknown
}

/** The WeCom robot takes 20 messages a minute; keep one spare for a human posting by hand. */
export const WECOM_PER_MINUTE = 19

/**
 * Take a send slot inside a transaction: true when fewer than `limit` sends happened in the last
 * minute and no penalty (after a 45009) is running. Counting in a document, not in memory, keeps
 * two overlapping dispatcher runs (or two function instances) under the limit together.
 */
export async function takeSendSlot(tx: TxScope, key: string, limit: number, now: number): Promise<boolean> {
  const id = `rate:${key}`
  const current = (await tx.get<RateWindow>(COLLECTIONS.counters, id)) ?? { _id: id, sentAt: [], blockedUntil: 0 }
  const recent = current.sentAt.filter((t) => t > now - 60_000)
  if (now < current.blockedUntil || recent.length >= limit) return false
  await tx.set(COLLECTIONS.counters, { ...current, sentAt: [...recent, now] })
  return true
}

/** After the robot said "too many", send nothing more on it for a minute. */
export async function blockSends(tx: TxScope, key: string, now: number): Promise<void> {
  const id = `rate:${key}`
  const current = (await tx.get<RateWindow>(COLLECTIONS.counters, id)) ?? { _id: id, sentAt: [], blockedUntil: 0 }
  await tx.set(COLLECTIONS.counters, { ...current, blockedUntil: now + 60_000 })
}
