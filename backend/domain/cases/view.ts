import { allowedEvents, NEXT_STEP_HINT, STATUS_LABELS, type ClaimStatus } from '../../../shared/case'
import { deadlineStatus, LEGAL_CLOCKS, employerFilingDeadline, materialCheckDeadline, decisionDeadline, siteInvestigationDeadline, type Deadline } from '../../../shared/clocks'
import { ROSTER_FLAG_LABELS, type TCaseView, type TTimelineEntry } from '../../../shared/api/case.schema'
import { BODY_PARTS, MEASURES, SEVERITIES } from '../../../shared/api/report.schema'
import type { UserDoc } from '../users'
import type { CaseDoc, CaseEventDoc } from './case-doc'

function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key
}

const BEFORE_APPLICATION: readonly ClaimStatus[] = ['reported', 'insured_verified', 'investigating']

/** The clocks running on a case in its current claim state. */
export function runningDeadlines(doc: CaseDoc): Deadline[] {
  const claim = doc.state.claim
  const milestones = doc.milestones
  const running: Deadline[] = []
  if (BEFORE_APPLICATION.includes(claim)) {
    running.push(siteInvestigationDeadline(doc.reportedAt), employerFilingDeadline(doc.accidentAt))
  }
  if (claim === 'application_submitted' && milestones.submit_application) running.push(materialCheckDeadline(milestones.submit_application))
  if (claim === 'under_review' && milestones.accept_application) running.push(decisionDeadline(milestones.accept_application))
  return running
}

/** A stored case as the given user sees it: masked ID, running clocks, what they may do next. */
export function toCaseView(doc: CaseDoc, viewer: UserDoc, now: Date): TCaseView {
  return {
    id: doc._id,
    caseNo: doc.caseNo,
    incidentId: doc.incidentId,
    enterpriseId: doc.enterpriseId,
    enterpriseName: doc.enterpriseName,
    town: doc.town,
    hospitalId: doc.hospitalId,
    hospitalName: doc.hospitalName,
    worker: { name: doc.worker.name, idMasked: doc.worker.idMasked, phone: doc.worker.phone },
    accidentAt: doc.accidentAt,
    reportedAt: doc.reportedAt,
    place: doc.place,
    description: doc.description,
    injury: {
      bodyPart: doc.injury.bodyPart,
      bodyPartLabel: labelOf(BODY_PARTS, doc.injury.bodyPart),
      severity: doc.injury.severity,
      severityLabel: labelOf(SEVERITIES, doc.injury.severity),
      measureLabels: doc.injury.measures.map((m) => labelOf(MEASURES, m)),
      measuresNote: doc.injury.measuresNote,
    },
    rosterFlag: doc.rosterFlag,
    rosterFlagLabel: ROSTER_FLAG_LABELS[doc.rosterFlag],
    phonedIn: doc.phonedIn,
    state: doc.state,
    statusLabel: STATUS_LABELS[doc.state.claim],
    nextStep: NEXT_STEP_HINT[doc.state.claim],
    deadlines: runningDeadlines(doc).map((d) => {
      const status = deadlineStatus(d.due, now, d.warnAt)
      return { clock: d.clock, label: LEGAL_CLOCKS[d.clock].label, due: d.due, remainingLabel: status.label, overdue: status.overdue, warning: status.warning }
    }),
    allowedEvents: allowedEvents(doc.state, viewer.role),
  }
}

/** A stored timeline event as the client sees it. */
export function toTimelineEntry(doc: CaseEventDoc): TTimelineEntry {
  return {
    seq: doc.seq,
    at: doc.at,
    kind: doc.kind,
    title: doc.title,
    track: doc.track,
    from: (doc.from as TTimelineEntry['from']) ?? null,
    to: (doc.to as TTimelineEntry['to']) ?? null,
    actorRole: doc.actorRole as TTimelineEntry['actorRole'],
    actorName: doc.actorName,
    note: doc.note,
  }
}
