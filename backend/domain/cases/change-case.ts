import { EVENT_LABELS, STATUS_LABELS, transition, type CaseEvent } from '../../../shared/case'
import { AppError } from '../../../shared/errors'
import { formatShanghai } from '../../../shared/time'
import type { Platform } from '../../ports/platform'
import type { TxScope } from '../../ports/store'
import { appendAudit } from '../audit'
import { caseEventId, type CaseDoc, type CaseEventDoc } from './case-doc'
import { caseFollowers } from './followers'
import { loadVisibleCase } from './load-case'
import { COLLECTIONS } from '../collections'
import { enqueueOutbox } from '../outbox'
import type { UserDoc } from '../users'

/** One versioned change of a case: an optional state-machine event, fields, a timeline line, an audit entry. */
export interface CaseChange {
  /** The event to fire; without one the change still bumps the version and writes a timeline line. */
  event?: CaseEvent
  /** Timeline title when there is no event (e.g. '认领案件'). */
  title?: string
  note: string
  patch?: Partial<CaseDoc>
  audit: { action: string; detail?: Record<string, unknown> }
  /** Writes that belong to the same change (the working file, package records), in the same transaction. */
  also?: (tx: TxScope, updated: CaseDoc) => Promise<void>
}

/**
 * Change a case under optimistic concurrency: inside one transaction the stored version must
 * still be `expectedVersion` (else CASE.VERSION_CONFLICT), then the case, its timeline event,
 * the audit entry, the followers' messages (for events) and `also`'s writes land together.
 * Every change of a case goes through here: plain events (fireCaseEvent) and the insurer's desk.
 */
export async function changeCase(
  platform: Platform, actor: UserDoc, caseId: string, expectedVersion: number, now: Date,
  plan: (doc: CaseDoc) => CaseChange | Promise<CaseChange>,
): Promise<CaseDoc> {
  const before = await loadVisibleCase(platform, actor, caseId)
  const followers = (await caseFollowers(platform.store, before)).filter((u) => u._id !== actor._id)
  return platform.store.transaction(async (tx) => {
    const doc = await tx.get<CaseDoc>(COLLECTIONS.cases, caseId)
    if (!doc) throw new AppError('CASE.NOT_FOUND')
    if (doc.state.version !== expectedVersion) throw new AppError('CASE.VERSION_CONFLICT')
    const change = await plan(doc)
    const at = now.toISOString()
    let state = { ...doc.state, version: doc.state.version + 1 }
    let move: { track: CaseEventDoc['track']; from: string | null; to: string | null } = { track: null, from: null, to: null }
    if (change.event) {
      const result = transition(doc.state, change.event, { role: actor.role, id: actor._id }, now)
      if (!result.ok) throw result.error
      state = result.state
      move = { track: result.change.track, from: result.change.from, to: result.change.to }
    }
    const seq = doc.eventCount + 1
    const milestones = !change.event || doc.milestones[change.event] ? doc.milestones : { ...doc.milestones, [change.event]: at }
    const fields = { ...change.patch, state, milestones, eventCount: seq, updatedAt: at }
    const updated: CaseDoc = { ...doc, ...fields }
    await tx.update(COLLECTIONS.cases, doc._id, fields)
    const title = change.event ? EVENT_LABELS[change.event] : change.title ?? '案件更新'
    const event: CaseEventDoc = {
      _id: caseEventId(doc._id, seq), caseId: doc._id, seq, kind: 'transition', title, ...move,
      at, actorRole: actor.role, actorId: actor._id, actorName: actor.name, note: change.note,
    }
    await tx.insert(COLLECTIONS.caseEvents, event)
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: change.audit.action, subjectType: 'case', subjectId: doc._id, at, detail: { ...(move.to ? { from: move.from, to: move.to } : {}), ...change.audit.detail } })
    if (change.event && move.to) {
      for (const follower of followers) {
        await enqueueOutbox(tx, `case-update:${doc._id}:${seq}:${follower._id}`, 'subscribe', {
          toOpenid: follower.openid, templateKey: 'case_update', page: `pages/case/index?id=${doc._id}`,
          data: { caseNo: doc.caseNo, status: STATUS_LABELS[move.to as keyof typeof STATUS_LABELS], time: formatShanghai(now), note: title },
        }, now)
      }
    }
    await change.also?.(tx, updated)
    return updated
  })
}
