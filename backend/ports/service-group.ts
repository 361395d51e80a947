import type { DeliveryResult } from './notifier'

/** One message to the insurer's service group; the key names it so a reader can spot a repeat. */
export interface ServiceGroupMessage {
  key: string
  markdown: string
}

/** The insurer's service group: a WeCom group robot, or the in-app 服务群 feed when none is configured. */
export interface ServiceGroupPort {
  /** Post one message. */
  post(message: ServiceGroupMessage): Promise<DeliveryResult>
}
