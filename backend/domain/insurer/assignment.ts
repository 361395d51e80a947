import { STATUS_LABELS, TERMINAL_CLAIM_STATUSES } from '../../../shared/case'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import type { CaseDoc } from '../cases/case-doc'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import { changeCase } from '../cases/change-case'

/** True for an insurer supervisor (assigns cases, receives escalations, may act on any case). */
export function isSupervisor(user: UserDoc): boolean {
  return user.role === 'insurer' && user.supervisor === true
}

/** Throw unless the user works this case: its assignee, or a supervisor. */
export function requireAssignee(user: UserDoc, doc: CaseDoc): void {
  if (doc.assigneeId === user._id || isSupervisor(user)) return
  throw new AppError('INSURER.NOT_ASSIGNEE')
}

/** The case's assignee for display, or null. */
export function assigneeOf(doc: CaseDoc): { id: string; name: string; assignedAt: string } | null {
  return doc.assigneeId ? { id: doc.assigneeId, name: doc.assigneeName ?? '', assignedAt: doc.assignedAt ?? doc.updatedAt } : null
}

function refuseClosed(doc: CaseDoc): void {
  if ((TERMINAL_CLAIM_STATUSES as readonly string[]).includes(doc.state.claim)) {
    throw new AppError('CASE.INVALID_TRANSITION', `案件${STATUS_LABELS[doc.state.claim]}，不能再分配`)
  }
}

/** An agent takes an unassigned case; the case's version decides a race (the loser gets CASE.VERSION_CONFLICT). */
export async function claimCase(platform: Platform, agent: UserDoc, caseId: string, expectedVersion: number, now: Date): Promise<CaseDoc> {
  return changeCase(platform, agent, caseId, expectedVersion, now, (doc) => {
    refuseClosed(doc)
    if (doc.assigneeId) throw new AppError('INSURER.ALREADY_ASSIGNED', doc.assigneeId === agent._id ? '您已认领此案件' : `案件已由${doc.assigneeName ?? '其他调查员'}认领`)
    return {
      title: '商保公司认领案件', note: `承办人：${agent.name}`,
      patch: { assigneeId: agent._id, assigneeName: agent.name, assignedAt: now.toISOString() },
      audit: { action: 'insurer.claim', detail: { to: agent._id } },
    }
  })
}

/** A supervisor assigns or reassigns a case; the change names both agents on the timeline and in the audit. */
export async function assignCase(platform: Platform, supervisor: UserDoc, input: { caseId: string; agentId: string; expectedVersion: number; note: string }, now: Date): Promise<CaseDoc> {
  if (!isSupervisor(supervisor)) throw new AppError('INSURER.NOT_SUPERVISOR')
  const agent = await platform.store.get<UserDoc>(COLLECTIONS.users, input.agentId)
  if (!agent || agent.role !== 'insurer') throw new AppError('INSURER.AGENT_NOT_FOUND')
  return changeCase(platform, supervisor, input.caseId, input.expectedVersion, now, (doc) => {
    refuseClosed(doc)
    if (doc.assigneeId === agent._id) throw new AppError('INSURER.ALREADY_ASSIGNED', `案件已由${agent.name}承办`)
    const previous = doc.assigneeId ? doc.assigneeName ?? doc.assigneeId : null
    return {
      title: previous ? '商保公司改派案件' : '商保公司指派案件',
      note: [previous ? `${previous} → ${agent.name}` : `承办人：${agent.name}`, input.note].filter(Boolean).join('；'),
      patch: { assigneeId: agent._id, assigneeName: agent.name, assignedAt: now.toISOString() },
      audit: { action: previous ? 'insurer.reassign' : 'insurer.assign', detail: { from: doc.assigneeId ?? null, to: agent._id, note: input.note } },
    }
  })
}
