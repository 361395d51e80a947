import { randomUUID } from 'node:crypto'
import type { TxScope } from '../ports/store'
import { COLLECTIONS } from './collections'

/** One audit entry: who did or viewed what, when. Views of sensitive data are audited too. */
export interface AuditEntry {
  actorId: string
  actorRole: string
  action: string
  subjectType: 'case' | 'enterprise' | 'user' | 'roster' | 'worker' | 'outbox'
  subjectId: string
  at: string
  detail?: Record<string, unknown>
}

/** Append an audit entry inside the transaction of the change it records. */
export async function appendAudit(tx: TxScope, entry: AuditEntry): Promise<void> {
  await tx.insert(COLLECTIONS.audit, { _id: randomUUID(), ...entry })
}
