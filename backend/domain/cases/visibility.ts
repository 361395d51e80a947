import type { Filter } from '../../ports/store'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'

/**
 * Tenancy: officers see their enterprise's cases, workers their own (matched by the keyed
 * hash of their ID number), hospitals the cases sent to them; insurer and bureau see all
 * green-channel cases. Returns null when the user may see nothing at all.
 */
export function caseFilterFor(user: UserDoc): Filter | null {
  switch (user.role) {
    case 'officer':
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : null
    case 'worker':
      return user.idHash ? { workerIdHash: user.idHash } : null
    case 'hospital':
      return user.hospitalId ? { hospitalId: user.hospitalId } : null
    case 'insurer':
    case 'bureau':
      return {}
    default: {
      const unreachable: never = user.role
      return unreachable
    }
  }
}

/** True when the user may see this case (the same rule as caseFilterFor, on one document). */
export function canSeeCase(user: UserDoc, doc: CaseDoc): boolean {
  const filter = caseFilterFor(user)
  if (!filter) return false
  return Object.entries(filter).every(([field, value]) => doc[field] === value)
}
