/** A WeChat subscribe message to one user. */
export interface SubscribeMessage {
  toOpenid: string
  templateId: string
  /** Our template key (e.g. case_update), kept by the local feed for display. */
  templateKey?: string
  page?: string
  data: Record<string, { value: string }>
}

/** Outcome of one delivery attempt; retryable failures are tried again later. */
export type DeliveryResult =
  | { status: 'sent' }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; retryable: boolean; reason: string; rateLimited?: boolean }

/** Sends subscribe messages: WeChat openapi in the cloud, the user's 消息 feed locally. */
export interface Notifier {
  /** Send one subscribe message. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<DeliveryResult>
}
