import { formatShanghai } from '../../../shared/time'
import type { TxScope } from '../../ports/store'
import { COLLECTIONS } from '../collections'

/** Next case number of the day in Shanghai time, e.g. `WJ20261122-0007`, from a counter in the same transaction. */
export async function nextCaseNumber(tx: TxScope, now: Date): Promise<string> {
  const day = formatShanghai(now, 'YYYYMMDD')
  const counterId = `case-${day}`
  const counter = await tx.get<{ _id: string; value: number }>(COLLECTIONS.counters, counterId)
  const value = (counter?.value ?? 0) + 1
  await tx.set(COLLECTIONS.counters, { _id: counterId, value })
  return `WJ${day}-${String(value).padStart(4, '0')}`
}
