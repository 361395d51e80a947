import { COLLECTIONS } from '../../domain/collections'
import type { Clock } from '../../ports/clock'
import type { DeliveryResult } from '../../ports/notifier'
import type { ServiceGroupMessage, ServiceGroupPort } from '../../ports/service-group'
import type { DocumentStore } from '../../ports/store'

/** The feed's id prefix; a message's key makes its id, so a repeat replaces rather than duplicates. */
const FEED_PREFIX = 'service-group:'

/** Without a webhook (the local default) service-group messages land in the app's 服务群 feed. */
export class ServiceGroupFeed implements ServiceGroupPort {
  /** Write feed entries through the given store. */
  constructor(private readonly store: DocumentStore, private readonly clock: Clock) {}

  async post(message: ServiceGroupMessage): Promise<DeliveryResult> {
    await this.store.set(COLLECTIONS.messages, {
      _id: `${FEED_PREFIX}${message.key}`,
      toGroup: 'service-group',
      key: message.key,
      markdown: message.markdown,
      sentAt: this.clock.now().toISOString(),
    })
    return { status: 'sent' }
  }
}
