import type { TMe } from '../../../../shared/api/user.api'

/** True when the desk should offer assignment: an insurer user the backend marks as supervisor (user.me). */
export function isSupervisor(me: Pick<TMe, 'role'> & { supervisor?: boolean }): boolean {
  return me.role === 'insurer' && me.supervisor === true
}
