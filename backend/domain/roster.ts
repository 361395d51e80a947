import type { TRosterFlag } from '../../shared/api/case.schema'
import type { DocumentStore } from '../ports/store'
import { COLLECTIONS } from './collections'

/** One insured employee on an enterprise's roster; the ID number only hashed, encrypted and masked. */
export interface RosterDoc {
  _id: string
  enterpriseId: string
  name: string
  idHash: string
  idCipher: string
  idMasked: string
  phone: string
  /** Enrolment date (YYYY-MM-DD) and the unit the worker is enrolled with (seed 2, task 37). */
  enrolledAt: string
  enrolmentUnit: string
  updatedAt: string
  [key: string]: unknown
}

/** The roster row of this ID hash at this enterprise, if any. */
export async function findRosterEntry(store: DocumentStore, enterpriseId: string, idHash: string): Promise<RosterDoc | null> {
  const [row] = await store.find<RosterDoc>(COLLECTIONS.roster, { enterpriseId, idHash }, { limit: 1 })
  return row ?? null
}

/** Insured, not on the roster, or on it under another name (name and ID disagree). */
export function rosterFlagFor(row: RosterDoc | null, name: string): TRosterFlag {
  if (!row) return 'not_on_roster'
  return row.name.replace(/\s/g, '') === name.replace(/\s/g, '') ? 'insured' : 'identity_mismatch'
}

/** Search an enterprise's roster by part of a name or the last digits of the ID number. */
export async function searchRoster(store: DocumentStore, enterpriseId: string, query: string, limit = 20): Promise<RosterDoc[]> {
  const rows = await store.find<RosterDoc>(COLLECTIONS.roster, { enterpriseId }, { orderBy: [['name', 'asc']] })
  const q = query.trim().toUpperCase()
  if (!q) return rows.slice(0, limit)
  const byDigits = /^[\dX]{1,4}$/.test(q)
  return rows.filter((r) => r.name.includes(q) || (byDigits && r.idMasked.endsWith(q))).slice(0, limit)
}
