import { z } from 'zod'
import { ZRole } from '../roles'
import { action, defineFunction, ZId } from './define'

/** The signed-in user as the client sees them. */
export const ZMe = z.object({
  id: ZId,
  role: ZRole,
  name: z.string(),
  /** Organisation shown under the name: enterprise, hospital, insurer or bureau. */
  orgName: z.string(),
  enterpriseId: z.string().optional(),
  hospitalId: z.string().optional(),
  demo: z.boolean(),
})
/** The signed-in user. */
export type TMe = z.infer<typeof ZMe>

/** `user`: who am I. */
export const userApi = defineFunction({
  name: 'user',
  summary: '当前用户 (who the caller is)',
  actions: {
    me: action({
      summary: 'The caller\'s bound profile, or bound=false for a WeChat user not yet bound.',
      access: 'anyone',
      input: z.object({}),
      output: z.object({ bound: z.boolean(), me: ZMe.nullable() }),
    }),
  },
})
