import type { z } from 'zod'
import type { ZReportInput } from '../../../shared/api/report.schema'
import type { TRosterFlag } from '../../../shared/api/case.schema'
import { siteInvestigationDeadline } from '../../../shared/clocks'
import type { THospital } from '../../../shared/directory/hospital'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { StoreConflict } from '../../ports/store'
import { COLLECTIONS } from '../collections'
import { getActiveEnterprise } from '../directory'
import { enqueueOutbox } from '../outbox'
import { decryptIdNumber, hashIdNumber } from '../pii'
import { findRosterEntry, rosterFlagFor, type RosterDoc } from '../roster'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'
import { insertNewCase } from './open-case'
import { serviceGroupReportMessage } from './service-group-message'

/** A parsed report. */
export type ReportInput = z.output<typeof ZReportInput>

/** Clock skew tolerated between a phone and the server when checking "not in the future". */
const FUTURE_TOLERANCE_MS = 2 * 60_000
const YEAR_MS = 366 * 24 * 3600_000

/** The outcome of a report: the case, and whether this request id had already created it. */
export interface ReportOutcome {
  doc: CaseDoc
  duplicate: boolean
}

function checkAccidentTime(accidentAt: string, now: Date): void {
  const at = new Date(accidentAt).getTime()
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) throw new AppError('REPORT.ACCIDENT_IN_FUTURE')
  if (now.getTime() - at > YEAR_MS) throw new AppError('REPORT.ACCIDENT_TOO_OLD')
}

/** Who was hurt, with the roster check's verdict, from a roster pick or typed details. */
async function resolveWorker(platform: Platform, enterpriseId: string, worker: ReportInput['worker']): Promise<{ name: string; idNumber: string; phone: string; flag: TRosterFlag }> {
  if (worker.kind === 'roster') {
    const row = await platform.store.get<RosterDoc>(COLLECTIONS.roster, worker.rosterId)
    if (!row || row.enterpriseId !== enterpriseId) throw new AppError('ROSTER.NOT_FOUND')
    return { name: row.name, idNumber: decryptIdNumber(platform.config.idEncryptionKey, row.idCipher), phone: row.phone, flag: 'insured' }
  }
  const row = await findRosterEntry(platform.store, enterpriseId, hashIdNumber(platform.config.idHashKey, worker.idNumber))
  return { name: worker.name, idNumber: worker.idNumber, phone: worker.phone, flag: rosterFlagFor(row, worker.name) }
}

async function existingOutcome(platform: Platform, requestKey: string): Promise<ReportOutcome | null> {
  const request = await platform.store.get<{ _id: string; caseId: string }>(COLLECTIONS.requests, requestKey)
  if (!request) return null
  const doc = await platform.store.get<CaseDoc>(COLLECTIONS.cases, request.caseId)
  return doc ? { doc, duplicate: true } : null
}

/**
 * One-tap report. Only an enterprise off the whitelist blocks it; roster flags are recorded for
 * the insurer. The request record, case, first timeline event, audit entry and service-group
 * message are written in one transaction keyed by the client's request id.
 */
export async function reportInjury(platform: Platform, officer: UserDoc, input: ReportInput, now: Date): Promise<ReportOutcome> {
  if (!officer.enterpriseId) throw new AppError('REPORT.NO_ENTERPRISE')
  const requestKey = `report:${officer._id}:${input.requestId}`
  const earlier = await existingOutcome(platform, requestKey)
  if (earlier) return earlier
  const enterprise = await getActiveEnterprise(platform.store, officer.enterpriseId)
  checkAccidentTime(input.accidentAt, now)
  const hospital = await platform.store.get<THospital>(COLLECTIONS.hospitals, input.hospitalId)
  if (!hospital) throw new AppError('REPORT.HOSPITAL_NOT_FOUND')
  const worker = await resolveWorker(platform, enterprise._id, input.worker)
  try {
    return await platform.store.transaction(async (tx) => {
      const seen = await tx.get<{ _id: string; caseId: string }>(COLLECTIONS.requests, requestKey)
      if (seen) return { doc: (await tx.get<CaseDoc>(COLLECTIONS.cases, seen.caseId))!, duplicate: true }
      const doc = await insertNewCase(tx, platform, {
        enterprise, hospital, worker, accidentAt: input.accidentAt, place: input.place, description: input.description,
        rosterFlag: worker.flag, phonedIn: false, reporter: officer,
        injury: { bodyPart: input.bodyPart, severity: input.severity, measures: input.measures, measuresNote: input.measuresNote },
        location: input.location ?? null,
      }, now)
      await tx.insert(COLLECTIONS.requests, { _id: requestKey, caseId: doc._id, at: now.toISOString() })
      const due = siteInvestigationDeadline(doc.reportedAt).due
      await enqueueOutbox(tx, `service-group:report:${doc._id}`, 'wecom', { key: doc.caseNo, markdown: serviceGroupReportMessage(doc, due) }, now)
      return { doc, duplicate: false }
    })
  } catch (error) {
    // Another copy of the same request committed first (CloudBase runs them truly in parallel).
    if (error instanceof StoreConflict) {
      const winner = await existingOutcome(platform, requestKey)
      if (winner) return winner
    }
    throw error
  }
}
