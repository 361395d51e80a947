import type { outboxApi } from '../../shared/api/outbox.api'
import { dispatchOutbox } from '../domain/outbox-dispatch'
import type { Handlers } from './context'

/** Handlers of the `outbox` function. */
export const outboxHandlers: Handlers<typeof outboxApi> = {
  async dispatch(_input, { platform }) {
    const counts = await dispatchOutbox(platform)
    return { sent: counts.sent ?? 0, skipped: counts.skipped ?? 0, failed: counts.failed ?? 0, retry: counts.retry ?? 0 }
  },
}
