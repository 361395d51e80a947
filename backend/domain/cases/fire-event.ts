import { EVENT_LABELS, STATUS_LABELS, transition, type CaseEvent } from '../../../shared/case'
import { AppError } from '../../../shared/errors'
import { formatShanghai } from '../../../shared/time'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import { enqueueOutbox } from '../outbox'
import type { UserDoc } from '../users'
import { caseEventId, type CaseDoc, type CaseEventDoc } from './case-doc'
import { caseFollowers } from './followers'
import { canSeeCase } from './visibility'

/** A request to move a case: the event, the version the user saw, an optional note. */
export interface FireEventInput {
  caseId: string
  event: CaseEvent
  expectedVersion: number
  note: string
}

/** Load a case the user may see; a case they may not see is reported as not found. */
export async function loadVisibleCase(platform: Platform, user: UserDoc, caseId: string): Promise<CaseDoc> {
  const doc = await platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId)
  if (!doc || !canSeeCase(user, doc)) throw new AppError('CASE.NOT_FOUND')
  return doc
}

/**
 * Fire a state-machine event. The case update, its timeline event, the audit entry and the
 * followers' notifications are written in one transaction; a stale expectedVersion loses.
 */
export async function fireCaseEvent(platform: Platform, actor: UserDoc, input: FireEventInput, now: Date): Promise<CaseDoc> {
  const before = await loadVisibleCase(platform, actor, input.caseId)
  const followers = (await caseFollowers(platform.store, before)).filter((u) => u._id !== actor._id)
  return platform.store.transaction(async (tx) => {
    const doc = await tx.get<CaseDoc>(COLLECTIONS.cases, input.caseId)
    if (!doc) throw new AppError('CASE.NOT_FOUND')
    if (doc.state.version !== input.expectedVersion) throw new AppError('CASE.VERSION_CONFLICT')
    const result = transition(doc.state, input.event, { role: actor.role, id: actor._id }, now)
    if (!result.ok) throw result.error
    const at = now.toISOString()
    const seq = doc.eventCount + 1
    const milestones = doc.milestones[input.event] ? doc.milestones : { ...doc.milestones, [input.event]: at }
    const updated: CaseDoc = { ...doc, state: result.state, milestones, eventCount: seq, updatedAt: at }
    await tx.update(COLLECTIONS.cases, doc._id, { state: result.state, milestones, eventCount: seq, updatedAt: at })
    const event: CaseEventDoc = {
      _id: caseEventId(doc._id, seq), caseId: doc._id, seq, kind: 'transition', title: EVENT_LABELS[input.event], track: result.change.track,
      from: result.change.from, to: result.change.to, at, actorRole: actor.role, actorId: actor._id, actorName: actor.name, note: input.note,
    }
    await tx.insert(COLLECTIONS.caseEvents, event)
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: `case.${input.event}`, subjectType: 'case', subjectId: doc._id, at, detail: { from: result.change.from, to: result.change.to } })
    for (const follower of followers) {
      await enqueueOutbox(tx, `case-update:${doc._id}:${seq}:${follower._id}`, 'subscribe', {
        toOpenid: follower.openid, templateKey: 'case_update', page: `pages/case/index?id=${doc._id}`,
        data: { caseNo: doc.caseNo, status: STATUS_LABELS[result.change.to], time: formatShanghai(now), note: EVENT_LABELS[input.event] },
      }, now)
    }
    return updated
  })
}
