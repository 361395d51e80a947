import { z } from 'zod'
import { action, defineFunction } from './define'

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
  },
})
