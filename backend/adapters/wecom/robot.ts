import type { DeliveryResult } from '../../ports/notifier'
import type { ServiceGroupMessage, ServiceGroupPort } from '../../ports/service-group'

/** errcode the robot answers when more than 20 messages a minute were sent. */
export const WECOM_RATE_LIMITED = 45009
/** errcode for an invalid key or a robot removed from the group. */
export const WECOM_BAD_KEY = 93000

/** Posts markdown to a WeCom group robot webhook (`…/cgi-bin/webhook/send?key=KEY`). */
export class WecomRobot implements ServiceGroupPort {
  /** Post to this webhook URL, giving up on an attempt after timeoutMs. */
  constructor(private readonly webhookUrl: string, private readonly timeoutMs = 10_000) {}

  async post(message: ServiceGroupMessage): Promise<DeliveryResult> {
    if (!this.webhookUrl) return { status: 'failed', retryable: false, reason: '未配置企业微信群机器人地址 (WECOM_WEBHOOK_URL)' }
    let response: Response
    try {
      response = await fetch(this.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: message.markdown } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (error) {
      return { status: 'failed', retryable: true, reason: `network: ${error instanceof Error ? error.message : String(error)}` }
    }
    if (!response.ok) return { status: 'failed', retryable: true, reason: `HTTP ${response.status}` }
    const body = (await response.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null
    if (!body || typeof body.errcode !== 'number') return { status: 'failed', retryable: true, reason: 'unreadable reply' }
    if (body.errcode === 0) return { status: 'sent' }
    const reason = `errcode ${body.errcode}: ${body.errmsg ?? ''}`.trim()
    return { status: 'failed', retryable: body.errcode !== WECOM_BAD_KEY, reason, rateLimited: body.errcode === WECOM_RATE_LIMITED }
  }
}
