import type { CaseState } from '../../../shared/case'
import type { TRosterFlag } from '../../../shared/api/case.schema'

/** The injured worker as stored on a case: the ID number only encrypted, hashed and masked. */
export interface StoredWorker {
  name: string
  idHash: string
  idCipher: string
  idMasked: string
  phone: string
}

/** The injury as the officer reported it (keys of BODY_PARTS, SEVERITIES, MEASURES). */
export interface StoredInjury {
  bodyPart: string
  severity: string
  measures: string[]
  measuresNote: string
}

/** A case as stored: one injured worker of one incident. */
export interface CaseDoc {
  _id: string
  caseNo: string
  incidentId: string
  enterpriseId: string
  enterpriseName: string
  town: string
  hospitalId: string
  hospitalName: string
  worker: StoredWorker
  /** Top-level copy of worker.idHash so a bound worker's cases are one indexed query. */
  workerIdHash: string
  accidentAt: string
  reportedAt: string
  place: string
  description: string
  injury: StoredInjury
  /** Where the officer's phone was, when they allowed location. */
  location: { latitude: number; longitude: number } | null
  rosterFlag: TRosterFlag
  phonedIn: boolean
  /** The insurer agent working the case (absent or null while unassigned). */
  assigneeId?: string | null
  assigneeName?: string
  assignedAt?: string
  state: CaseState
  reporterId: string
  /** When each event first fired on this case (starts the legal clocks that follow it). */
  milestones: Record<string, string>
  /** How many timeline events the case has; the next one gets eventCount + 1. */
  eventCount: number
  updatedAt: string
  [key: string]: unknown
}

/** One stored timeline event of a case; the id orders events within the case. */
export interface CaseEventDoc {
  _id: string
  caseId: string
  seq: number
  kind: 'reported' | 'transition' | 'note'
  title: string
  track: 'claim' | 'medical' | 'rehab' | null
  from: string | null
  to: string | null
  at: string
  actorRole: string
  actorId: string
  actorName: string
  note: string
  [key: string]: unknown
}

/** The id of the n-th event of a case (zero-padded so ids sort in order). */
export function caseEventId(caseId: string, seq: number): string {
  return `${caseId}:${String(seq).padStart(5, '0')}`
}
