import { randomUUID } from 'node:crypto'
import { initialCaseState } from '../../../shared/case'
import type { TRosterFlag } from '../../../shared/api/case.schema'
import type { Enterprise } from '../../../shared/enterprise/schema'
import type { THospital } from '../../../shared/directory/hospital'
import { maskIdNumber, normalizeIdNumber } from '../../../shared/idcard'
import type { Platform } from '../../ports/platform'
import type { TxScope } from '../../ports/store'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import { encryptIdNumber, hashIdNumber } from '../pii'
import type { UserDoc } from '../users'
import { caseEventId, type CaseDoc, type CaseEventDoc, type StoredInjury } from './case-doc'
import { nextCaseNumber } from './case-number'

/** What opening a case needs: who was hurt, where, how, and who reports it. */
export interface OpenCaseInput {
  enterprise: Enterprise
  hospital: THospital
  worker: { name: string; idNumber: string; phone: string }
  accidentAt: string
  place: string
  description: string
  injury: StoredInjury
  location?: { latitude: number; longitude: number } | null
  rosterFlag: TRosterFlag
  phonedIn: boolean
  reporter: UserDoc
  incidentId?: string
}

/** Build the stored case (ID number encrypted, hashed, masked) without writing it. */
export function buildCaseDoc(platform: Platform, input: OpenCaseInput, caseNo: string, now: Date): CaseDoc {
  const idNumber = normalizeIdNumber(input.worker.idNumber)
  const idHash = hashIdNumber(platform.config.idHashKey, idNumber)
  const at = now.toISOString()
  return {
    _id: randomUUID(),
    caseNo,
    incidentId: input.incidentId ?? randomUUID(),
    enterpriseId: input.enterprise._id,
    enterpriseName: input.enterprise.name,
    town: input.enterprise.town,
    hospitalId: input.hospital._id,
    hospitalName: input.hospital.name,
    worker: { name: input.worker.name, idHash, idCipher: encryptIdNumber(platform.config.idEncryptionKey, idNumber), idMasked: maskIdNumber(idNumber), phone: input.worker.phone },
    workerIdHash: idHash,
    accidentAt: input.accidentAt,
    reportedAt: at,
    place: input.place,
    description: input.description,
    injury: input.injury,
    location: input.location ?? null,
    rosterFlag: input.rosterFlag,
    phonedIn: input.phonedIn,
    state: initialCaseState(),
    reporterId: input.reporter._id,
    milestones: { report: at },
    eventCount: 1,
    updatedAt: at,
  }
}

/** Write a new case with its first timeline event and audit entry, inside the caller's transaction. */
export async function insertNewCase(tx: TxScope, platform: Platform, input: OpenCaseInput, now: Date): Promise<CaseDoc> {
  const doc = buildCaseDoc(platform, input, await nextCaseNumber(tx, now), now)
  await tx.insert(COLLECTIONS.cases, doc)
  const event: CaseEventDoc = {
    _id: caseEventId(doc._id, 1), caseId: doc._id, seq: 1, kind: 'reported', title: input.phonedIn ? '电话报案' : '企业报案',
    track: null, from: null, to: 'reported', at: doc.reportedAt, actorRole: input.reporter.role, actorId: input.reporter._id, actorName: input.reporter.name, note: '',
  }
  await tx.insert(COLLECTIONS.caseEvents, event)
  await appendAudit(tx, { actorId: input.reporter._id, actorRole: input.reporter.role, action: 'case.report', subjectType: 'case', subjectId: doc._id, at: doc.reportedAt, detail: { caseNo: doc.caseNo } })
  return doc
}
