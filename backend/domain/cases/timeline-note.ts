import { AppError } from '../../../shared/errors'
import type { TxScope } from '../../ports/store'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import { caseEventId, type CaseDoc, type CaseEventDoc } from './case-doc'

/**
 * Put a step that changes no state (a saved summary, an investigation entry) on the case's
 * timeline, inside the caller's transaction. The case version is left alone: a note must not
 * make another agent's pending action look stale.
 */
export async function appendTimelineNote(tx: TxScope, caseId: string, actor: UserDoc, title: string, note: string, at: string): Promise<void> {
  const doc = await tx.get<CaseDoc>(COLLECTIONS.cases, caseId)
  if (!doc) throw new AppError('CASE.NOT_FOUND')
  const seq = doc.eventCount + 1
  await tx.update(COLLECTIONS.cases, caseId, { eventCount: seq, updatedAt: at })
  const event: CaseEventDoc = {
    _id: caseEventId(caseId, seq), caseId, seq, kind: 'note', title, track: null, from: null, to: null,
    at, actorRole: actor.role, actorId: actor._id, actorName: actor.name, note,
  }
  await tx.insert(COLLECTIONS.caseEvents, event)
}
