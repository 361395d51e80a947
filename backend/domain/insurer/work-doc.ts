import type { TFollowUpSummary } from '../../../shared/insurer/summary'
import type { TPackageFile } from '../../../shared/insurer/package'
import type { TRosterCheck } from '../../../shared/insurer/desk'
import type { DocumentStore, TxScope } from '../../ports/store'
import { COLLECTIONS } from '../collections'

/** A piece of evidence kept by reference: the media or file id and the SHA-256 of its bytes. */
export interface EvidenceRef {
  id: string
  kind: string
  sha256: string
  addedAt: string
  hasLocation: boolean
}

/** One witness interview: the typed record and the on-screen signature (file id + SHA-256). */
export interface InterviewRecord {
  witnessIndex: number
  witnessName: string
  record: string
  signature: { fileId: string; sha256: string; size: number }
  interviewedAt: string
  interviewedBy: string
  interviewedByName: string
}

/** The 24-hour site investigation checklist as stored. */
export interface InvestigationRecord {
  siteVisit: { media: EvidenceRef[]; note: string; at: string; by: string } | null
  interviews: InterviewRecord[]
  noWitnessReason: string | null
  cctv: { status: 'requested' | 'retrieved' | 'unavailable'; detail: string; media: EvidenceRef[]; at: string; by: string } | null
  authenticity: { conclusion: 'authentic' | 'doubtful' | 'not_authentic'; reasoning: string; at: string; by: string } | null
  completedAt: string | null
}

/** The agent's verification of insured status, with the roster check it was made against. */
export interface VerificationRecord extends TRosterCheck {
  insured: boolean
  note: string
  rosterFlagBefore: string
  verifiedAt: string
  verifiedBy: string
  verifiedByName: string
}

/** The insurer's working file of one case (id = case id): everything between the push and the bureau. */
export interface InsurerWorkDoc {
  _id: string
  caseId: string
  verification: VerificationRecord | null
  summary: (TFollowUpSummary & { savedAt: string; savedBy: string; savedByName: string }) | null
  summaryPdf: { fileId: string; sha256: string; at: string } | null
  investigation: InvestigationRecord
  packageFiles: Array<TPackageFile & { addedBy: string }>
  application: { fileId: string; sha256: string; submittedAt: string; submittedBy: string } | null
  updatedAt: string
  [key: string]: unknown
}

/** An empty working file for a case. */
export function emptyWork(caseId: string, now: Date): InsurerWorkDoc {
  return {
    _id: caseId, caseId, verification: null, summary: null, summaryPdf: null,
    investigation: { siteVisit: null, interviews: [], noWitnessReason: null, cctv: null, authenticity: null, completedAt: null },
    packageFiles: [], application: null, updatedAt: now.toISOString(),
  }
}

/** The case's working file (an empty one when nothing was recorded yet). */
export async function loadWork(store: DocumentStore | TxScope, caseId: string, now: Date): Promise<InsurerWorkDoc> {
  return (await store.get<InsurerWorkDoc>(COLLECTIONS.insurerWork, caseId)) ?? emptyWork(caseId, now)
}

/** Write the working file inside a transaction (created on first write). */
export async function saveWork(tx: TxScope, work: InsurerWorkDoc, now: Date): Promise<InsurerWorkDoc> {
  const next = { ...work, updatedAt: now.toISOString() }
  await tx.set(COLLECTIONS.insurerWork, next)
  return next
}

/** Read the file in a transaction, change it, write it back: the read-modify-write of every section. */
export async function updateWork(tx: TxScope, caseId: string, now: Date, change: (work: InsurerWorkDoc) => InsurerWorkDoc | Promise<InsurerWorkDoc>): Promise<InsurerWorkDoc> {
  return saveWork(tx, await change(await loadWork(tx, caseId, now)), now)
}
