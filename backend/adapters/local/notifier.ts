import { randomUUID } from 'node:crypto'
import { COLLECTIONS } from '../../domain/collections'
import type { Clock } from '../../ports/clock'
import type { DeliveryResult, Notifier, SubscribeMessage } from '../../ports/notifier'
import type { DocumentStore } from '../../ports/store'

/** Locally a subscribe message lands in the recipient's 消息 feed (the `messages` collection). */
export class FeedNotifier implements Notifier {
  /** Write messages through the given store. */
  constructor(private readonly store: DocumentStore, private readonly clock: Clock) {}

  async sendSubscribeMessage(message: SubscribeMessage): Promise<DeliveryResult> {
    await this.store.insert(COLLECTIONS.messages, {
      _id: randomUUID(),
      toOpenid: message.toOpenid,
      templateId: message.templateId,
      templateKey: message.templateKey ?? message.templateId,
      page: message.page ?? null,
      data: message.data,
      sentAt: this.clock.now().toISOString(),
    })
    return { status: 'sent' }
  }
}
