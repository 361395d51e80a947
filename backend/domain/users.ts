import { z } from 'zod'
import { HUMAN_ROLES } from '../../shared/roles'
import type { DocumentStore } from '../ports/store'
import { COLLECTIONS } from './collections'

/** A user record: one WeChat openid bound to one role (and, per role, one organisation). */
export const ZUserDoc = z.object({
  _id: z.string(),
  openid: z.string(),
  role: z.enum(HUMAN_ROLES),
  name: z.string(),
  phone: z.string().optional(),
  enterpriseId: z.string().optional(),
  hospitalId: z.string().optional(),
  insurerId: z.string().optional(),
  /** For insurer users: a supervisor assigns cases and receives 24 h escalations. */
  supervisor: z.boolean().optional(),
  /** For workers: the keyed hash of their ID number, used to find their cases. */
  idHash: z.string().optional(),
  demo: z.boolean(),
  createdAt: z.string(),
})
/** A stored user. */
export type UserDoc = z.infer<typeof ZUserDoc>

/** The user bound to a WeChat openid, if any. */
export async function findUserByOpenid(store: DocumentStore, openid: string): Promise<UserDoc | null> {
  const [user] = await store.find<UserDoc>(COLLECTIONS.users, { openid }, { limit: 1 })
  return user ?? null
}

/** Users flagged as demo data, for the local dev sign-in. */
export async function listDemoUsers(store: DocumentStore): Promise<UserDoc[]> {
  return store.find<UserDoc>(COLLECTIONS.users, { demo: true }, { orderBy: [['_id', 'asc']] })
}
