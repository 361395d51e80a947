import type { TMe } from '../../../../shared/api/user.api'

/*
 * The backend knows who is a supervisor (users.supervisor) but no action tells the client yet:
 * neither user.me nor insurer.inbox/workspace carries the flag. Until one does, the desk offers
 * assignment to the demo supervisor; the backend refuses anyone else (INSURER.NOT_SUPERVISOR).
 */
const KNOWN_SUPERVISORS: readonly string[] = ['u-insurer-02']

/** True when the desk should offer assignment to this user. */
export function isSupervisor(me: Pick<TMe, 'id' | 'role'> & { supervisor?: boolean }): boolean {
  if (me.role !== 'insurer') return false
  return me.supervisor === true || KNOWN_SUPERVISORS.includes(me.id)
}
