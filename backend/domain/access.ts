import type { ActionAccess } from '../../shared/api/define'
import { AppError } from '../../shared/errors'
import type { FunctionContext } from '../ports/identity'
import type { Platform } from '../ports/platform'
import { findUserByOpenid, type UserDoc } from './users'

/** The verified caller: the platform's openid and the user bound to it (if any). */
export interface Caller {
  openid: string
  user: UserDoc | null
}

/** Resolve the caller from the platform (never from the event). */
export async function resolveCaller(platform: Platform, context: FunctionContext): Promise<Caller | null> {
  const identity = await platform.identity.resolve(context)
  if (!identity) return null
  return { openid: identity.openid, user: await findUserByOpenid(platform.store, identity.openid) }
}

/** Throw unless the caller may use an action with this access rule. */
export function checkAccess(access: ActionAccess, caller: Caller | null): void {
  if (access === 'anyone') return
  if (!caller) throw new AppError('AUTH.UNAUTHENTICATED')
  if (!caller.user) throw new AppError('AUTH.NOT_BOUND')
  if (access === 'signed-in') return
  if (!access.includes(caller.user.role)) throw new AppError('AUTH.FORBIDDEN')
}

/** The bound user of a caller; throws when there is none (for handlers behind signed-in access). */
export function requireUser(caller: Caller | null): UserDoc {
  if (!caller) throw new AppError('AUTH.UNAUTHENTICATED')
  if (!caller.user) throw new AppError('AUTH.NOT_BOUND')
  return caller.user
}
