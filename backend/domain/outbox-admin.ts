import { AppError } from '../../shared/errors'
import type { DocumentStore } from '../ports/store'
import { appendAudit } from './audit'
import { COLLECTIONS } from './collections'
import type { OutboxDoc } from './outbox'
import type { UserDoc } from './users'

/** A short plain-text preview of a message for the desk's list. */
export function outboxPreview(doc: OutboxDoc): string {
  const p = doc.payload as { markdown?: string; data?: Record<string, string>; templateKey?: string }
  const text = p.markdown ?? `${p.templateKey ?? ''} ${Object.values(p.data ?? {}).join(' ')}`
  return text.replace(/<[^>]+>|[#>*]/g, '').replace(/\s+/g, ' ').trim().slice(0, 120)
}

/** Messages in one status, newest first. */
export async function listOutbox(store: DocumentStore, status: OutboxDoc['status'], limit: number): Promise<OutboxDoc[]> {
  return store.find<OutboxDoc>(COLLECTIONS.outbox, { status }, { orderBy: [['createdAt', 'desc']], limit })
}

/** Put a failed message back in the queue for delivery now, audited. */
export async function resendOutbox(store: DocumentStore, actor: UserDoc, id: string, now: Date): Promise<OutboxDoc> {
  return store.transaction(async (tx) => {
    const doc = await tx.get<OutboxDoc>(COLLECTIONS.outbox, id)
    if (!doc) throw new AppError('OUTBOX.NOT_FOUND')
    if (doc.status !== 'failed') throw new AppError('OUTBOX.NOT_FAILED')
    const patch = { status: 'pending' as const, attempts: 0, nextAttemptAt: now.toISOString() }
    await tx.update(COLLECTIONS.outbox, id, patch)
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'outbox.resend', subjectType: 'outbox', subjectId: id, at: now.toISOString(), detail: { lastError: doc.lastError } })
    return { ...doc, ...patch }
  })
}

/** The in-app 服务群 feed, newest first. */
export async function serviceGroupFeed(store: DocumentStore, limit: number): Promise<Array<{ key: string; markdown: string; sentAt: string }>> {
  const rows = await store.find<{ _id: string; key: string; markdown: string; sentAt: string }>(COLLECTIONS.messages, { toGroup: 'service-group' }, { orderBy: [['sentAt', 'desc']], limit })
  return rows.map(({ key, markdown, sentAt }) => ({ key, markdown, sentAt }))
}
