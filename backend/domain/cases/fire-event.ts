import type { CaseEvent } from '../../../shared/case'
import type { Platform } from '../../ports/platform'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'
import { changeCase } from './change-case'

/** A request to move a case: the event, the version the user saw, an optional note. */
export interface FireEventInput {
  caseId: string
  event: CaseEvent
  expectedVersion: number
  note: string
}

/**
 * Fire a state-machine event. The case update, its timeline event, the audit entry and the
 * followers' notifications are written in one transaction; a stale expectedVersion loses.
 */
export async function fireCaseEvent(platform: Platform, actor: UserDoc, input: FireEventInput, now: Date): Promise<CaseDoc> {
  return changeCase(platform, actor, input.caseId, input.expectedVersion, now, () => ({ event: input.event, note: input.note, audit: { action: `case.${input.event}` } }))
}
