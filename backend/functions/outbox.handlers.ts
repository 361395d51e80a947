import type { outboxApi } from '../../shared/api/outbox.api'
import { requireUser } from '../domain/access'
import type { OutboxDoc } from '../domain/outbox'
import { listOutbox, outboxPreview, resendOutbox, serviceGroupFeed } from '../domain/outbox-admin'
import { dispatchOutbox } from '../domain/outbox-dispatch'
import type { Handlers } from './context'

const toItem = (doc: OutboxDoc) => ({
  id: doc._id, channel: doc.channel, status: doc.status, attempts: doc.attempts, lastError: doc.lastError, createdAt: doc.createdAt, sentAt: doc.sentAt, preview: outboxPreview(doc),
})

/** Handlers of the `outbox` function. */
export const outboxHandlers: Handlers<typeof outboxApi> = {
  async dispatch(_input, { platform }) {
    const counts = await dispatchOutbox(platform)
    return { sent: counts.sent ?? 0, skipped: counts.skipped ?? 0, failed: counts.failed ?? 0, retry: counts.retry ?? 0 }
  },
  async serviceGroupFeed(input, { platform }) {
    return { messages: await serviceGroupFeed(platform.store, input.limit) }
  },
  async listMessages(input, { platform }) {
    return { messages: (await listOutbox(platform.store, input.status, input.limit)).map(toItem) }
  },
  async resend(input, { platform, caller, now }) {
    return { message: toItem(await resendOutbox(platform.store, requireUser(caller), input.id, now)) }
  },
}
