import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { ZReportInput } from '../../../shared/api/report.schema'
import { siteInvestigationDeadline } from '../../../shared/clocks'
import type { THospital } from '../../../shared/directory/hospital'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { StoreConflict } from '../../ports/store'
import { COLLECTIONS } from '../collections'
import { getActiveEnterprise } from '../directory'
import { enqueueOutbox } from '../outbox'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'
import type { IncidentDoc } from './incident-doc'
import { insertNewCase } from './open-case'
import { newReportSubscribeMessages } from './report-notifications'
import { resolveInjured, type ResolvedInjured } from './resolve-injured'
import { incidentMessageKey, serviceGroupIncidentMessage } from './service-group-message'

/** A parsed report. */
export type ReportInput = z.output<typeof ZReportInput>

/** Clock skew tolerated between a phone and the server when checking "not in the future". */
const FUTURE_TOLERANCE_MS = 2 * 60_000
const YEAR_MS = 366 * 24 * 3600_000

/** The outcome of a report: the incident, its cases, and whether this request id had already made them. */
export interface ReportOutcome {
  incident: IncidentDoc
  cases: CaseDoc[]
  duplicate: boolean
}

function checkAccidentTime(accidentAt: string, now: Date): void {
  const at = new Date(accidentAt).getTime()
  if (at > now.getTime() + FUTURE_TOLERANCE_MS) throw new AppError('REPORT.ACCIDENT_IN_FUTURE')
  if (now.getTime() - at > YEAR_MS) throw new AppError('REPORT.ACCIDENT_TOO_OLD')
}

async function loadHospitals(platform: Platform, input: ReportInput): Promise<Map<string, THospital>> {
  const hospitals = new Map<string, THospital>()
  for (const id of new Set(input.injured.map((i) => i.hospitalId))) {
    const hospital = await platform.store.get<THospital>(COLLECTIONS.hospitals, id)
    if (!hospital) throw new AppError('REPORT.HOSPITAL_NOT_FOUND')
    hospitals.set(id, hospital)
  }
  return hospitals
}

async function existingOutcome(platform: Platform, requestKey: string): Promise<ReportOutcome | null> {
  const request = await platform.store.get<{ _id: string; incidentId: string }>(COLLECTIONS.requests, requestKey)
  if (!request) return null
  const incident = await platform.store.get<IncidentDoc>(COLLECTIONS.incidents, request.incidentId)
  if (!incident) return null
  const cases = await Promise.all(incident.caseIds.map((id) => platform.store.get<CaseDoc>(COLLECTIONS.cases, id)))
  return { incident, cases: cases.filter((c): c is CaseDoc => c !== null), duplicate: true }
}

/** Who reports and for which enterprise, and what else the report writes (hotline intake adds to it). */
export interface ReportSource {
  reporter: UserDoc
  enterpriseId: string
  phonedIn: boolean
  /** Extra fields kept on the incident (e.g. who phoned in). */
  incidentExtra?: Record<string, unknown>
  /** Extra subscribe messages, keyed for dedupe, written in the report's transaction. */
  extraMessages?: (incident: IncidentDoc, cases: CaseDoc[]) => Array<[string, Record<string, unknown>]>
}

/**
 * One-tap report of an accident: one incident, one case per injured worker. Only an enterprise
 * off the whitelist blocks it; roster flags are recorded for the insurer. The request record,
 * incident, cases, their first timeline events, audit entries and notifications are written in
 * one transaction keyed by the client's request id, so retries and copies create nothing twice.
 */
export async function reportInjury(platform: Platform, officer: UserDoc, input: ReportInput, now: Date): Promise<ReportOutcome> {
  if (!officer.enterpriseId) throw new AppError('REPORT.NO_ENTERPRISE')
  return recordReport(platform, { reporter: officer, enterpriseId: officer.enterpriseId, phonedIn: false }, input, now)
}

/** Record a report for an enterprise, by its officer or phoned in to an agent: the same checks and writes. */
export async function recordReport(platform: Platform, source: ReportSource, input: ReportInput, now: Date): Promise<ReportOutcome> {
  const { reporter } = source
  const requestKey = `report:${reporter._id}:${input.requestId}`
  const earlier = await existingOutcome(platform, requestKey)
  if (earlier) return earlier
  const enterprise = await getActiveEnterprise(platform.store, source.enterpriseId)
  checkAccidentTime(input.accidentAt, now)
  const hospitals = await loadHospitals(platform, input)
  const injured: ResolvedInjured[] = await resolveInjured(platform, enterprise._id, input.injured)
  /* New-report pushes go to the agents who take cases: not to supervisors, not to the reporting agent. */
  const agents = (await platform.store.find<UserDoc>(COLLECTIONS.users, { role: 'insurer' })).filter((a) => !a.supervisor && a._id !== reporter._id)
  try {
    return await platform.store.transaction(async (tx) => {
      const seen = await tx.get<{ _id: string; incidentId: string }>(COLLECTIONS.requests, requestKey)
      if (seen) throw new StoreConflict(COLLECTIONS.requests, requestKey)
      const incidentId = randomUUID()
      const cases: CaseDoc[] = []
      for (const person of injured) {
        cases.push(await insertNewCase(tx, platform, {
          enterprise, hospital: hospitals.get(person.hospitalId)!, worker: person.worker, accidentAt: input.accidentAt, place: input.place, description: input.description,
          rosterFlag: person.flag, phonedIn: source.phonedIn, reporter, incidentId,
          injury: { bodyPart: person.bodyPart, severity: person.severity, measures: input.measures, measuresNote: input.measuresNote }, location: input.location ?? null,
        }, now))
      }
      const incident: IncidentDoc = {
        _id: incidentId, enterpriseId: enterprise._id, enterpriseName: enterprise.name, town: enterprise.town, accidentAt: input.accidentAt, reportedAt: now.toISOString(),
        place: input.place, location: input.location ?? null, description: input.description, measures: input.measures, measuresNote: input.measuresNote,
        witnesses: input.witnesses, caseIds: cases.map((c) => c._id), caseNos: cases.map((c) => c.caseNo), reporterId: reporter._id, ...source.incidentExtra,
      }
      await tx.insert(COLLECTIONS.incidents, incident)
      await tx.insert(COLLECTIONS.requests, { _id: requestKey, incidentId, at: now.toISOString() })
      const due = siteInvestigationDeadline(incident.reportedAt).due
      await enqueueOutbox(tx, `service-group:incident:${incidentId}`, 'wecom', { key: incidentMessageKey(cases), markdown: serviceGroupIncidentMessage(incident, cases, due) }, now)
      const messages = [...newReportSubscribeMessages(agents, incident, cases), ...(source.extraMessages?.(incident, cases) ?? [])]
      for (const [key, payload] of messages) await enqueueOutbox(tx, key, 'subscribe', payload, now)
      return { incident, cases, duplicate: false }
    })
  } catch (error) {
    // Another copy of the same request committed first (CloudBase runs copies truly in parallel).
    if (error instanceof StoreConflict) {
      const winner = await existingOutcome(platform, requestKey)
      if (winner) return winner
    }
    throw error
  }
}

/** What the reporter sees at once: one case number per injured worker and the 24 h deadline. */
export function toReportResult({ incident, cases, duplicate }: ReportOutcome) {
  return {
    incidentId: incident._id,
    investigationDue: siteInvestigationDeadline(incident.reportedAt).due,
    cases: cases.map((c) => ({ caseId: c._id, caseNo: c.caseNo, workerName: c.worker.name, rosterFlag: c.rosterFlag })),
    duplicate,
  }
}
