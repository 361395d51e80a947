import { z } from 'zod'
import { action, defineFunction, ZId } from './define'

/** An outbox message as the desk sees it. */
export const ZOutboxItem = z.object({ id: z.string(), channel: z.enum(['subscribe', 'wecom']), status: z.enum(['pending', 'sent', 'skipped', 'failed']), attempts: z.number(), lastError: z.string(), createdAt: z.string(), sentAt: z.string().nullable(), preview: z.string() })

/** `outbox`: delivers queued notifications; its timer runs every minute. */
export const outboxApi = defineFunction({
  name: 'outbox',
  summary: '消息投递 (delivers queued notifications with retries)',
  timer: { name: 'dispatch-every-minute', cron: '0 * * * * * *', action: 'dispatch' },
  actions: {
    dispatch: action({
      summary: 'Deliver due messages (run by the timer; the bureau may run it by hand).',
      access: ['bureau'],
      input: z.object({}),
      output: z.object({ sent: z.number(), skipped: z.number(), failed: z.number(), retry: z.number() }),
    }),
    serviceGroupFeed: action({
      summary: 'The 服务群 feed: service-group messages as delivered in-app when no WeCom webhook is configured.',
      access: ['insurer', 'bureau'],
      input: z.object({ limit: z.number().int().min(1).max(200).default(50) }),
      output: z.object({ messages: z.array(z.object({ key: z.string(), markdown: z.string(), sentAt: z.string() })) }),
    }),
    listMessages: action({
      summary: 'Outbox messages by status (failed ones stay visible until resent).',
      access: ['insurer', 'bureau'],
      input: z.object({ status: z.enum(['pending', 'sent', 'skipped', 'failed']).default('failed'), limit: z.number().int().min(1).max(200).default(50) }),
      output: z.object({ messages: z.array(ZOutboxItem) }),
    }),
    resend: action({
      summary: 'Queue a failed message again for immediate delivery.',
      access: ['insurer', 'bureau'],
      input: z.object({ id: ZId.max(200) }),
      output: z.object({ message: ZOutboxItem }),
    }),
  },
})
