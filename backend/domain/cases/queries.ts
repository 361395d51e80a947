import type { DocumentStore } from '../../ports/store'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import type { CaseDoc, CaseEventDoc } from './case-doc'
import { caseFilterFor } from './visibility'

/** The cases a user may see, newest report first. */
export async function listVisibleCases(store: DocumentStore, user: UserDoc, page: { limit: number; skip: number }): Promise<CaseDoc[]> {
  const filter = caseFilterFor(user)
  if (!filter) return []
  return store.find<CaseDoc>(COLLECTIONS.cases, filter, { orderBy: [['reportedAt', 'desc']], limit: page.limit, skip: page.skip })
}

/** A case's timeline in order. */
export async function caseTimeline(store: DocumentStore, caseId: string): Promise<CaseEventDoc[]> {
  return store.find<CaseEventDoc>(COLLECTIONS.caseEvents, { caseId }, { orderBy: [['seq', 'asc']], limit: 1000 })
}

/** Log that a user opened a case's personal data (PIPL: every view of sensitive data is logged). */
export async function recordCaseView(store: DocumentStore, user: UserDoc, caseId: string, now: Date): Promise<void> {
  await store.transaction((tx) => appendAudit(tx, { actorId: user._id, actorRole: user.role, action: 'case.view', subjectType: 'case', subjectId: caseId, at: now.toISOString() }))
}
