import { z } from 'zod'
import { ZCaseEvent, ZCaseState, ZCaseStatus, ZTrack } from '../case'
import { ZClockId } from '../clocks'
import { ZRole } from '../roles'

/** Result of checking the injured worker against the enterprise's roster. */
export const ZRosterFlag = z.enum(['insured', 'not_on_roster', 'identity_mismatch', 'unchecked'])
/** One of ZRosterFlag. */
export type TRosterFlag = z.infer<typeof ZRosterFlag>

/** Chinese labels of the roster flags. */
export const ROSTER_FLAG_LABELS: Record<TRosterFlag, string> = {
  insured: '在册参保',
  not_on_roster: '不在参保名册',
  identity_mismatch: '姓名与身份证号不符',
  unchecked: '未核验',
}

/** A running clock on a case, as the client shows it. */
export const ZCaseDeadline = z.object({
  clock: ZClockId,
  label: z.string(),
  due: z.string(),
  remainingLabel: z.string(),
  overdue: z.boolean(),
  warning: z.boolean(),
})

/** A case as its viewers see it: ID numbers only masked. */
export const ZCaseView = z.object({
  id: z.string(),
  caseNo: z.string(),
  incidentId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  town: z.string(),
  hospitalId: z.string(),
  hospitalName: z.string(),
  worker: z.object({ name: z.string(), idMasked: z.string(), phone: z.string() }),
  accidentAt: z.string(),
  reportedAt: z.string(),
  place: z.string(),
  description: z.string(),
  injury: z.object({ bodyPart: z.string(), bodyPartLabel: z.string(), severity: z.string(), severityLabel: z.string(), measureLabels: z.array(z.string()), measuresNote: z.string() }),
  rosterFlag: ZRosterFlag,
  rosterFlagLabel: z.string(),
  phonedIn: z.boolean(),
  state: ZCaseState,
  statusLabel: z.string(),
  nextStep: z.string(),
  deadlines: z.array(ZCaseDeadline),
  allowedEvents: z.array(ZCaseEvent),
})
/** A case as shown to a user. */
export type TCaseView = z.infer<typeof ZCaseView>

/** One line of a case's timeline: what happened, when, by whom. */
export const ZTimelineEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  kind: z.enum(['reported', 'transition', 'note']),
  title: z.string(),
  track: ZTrack.nullable(),
  from: ZCaseStatus.nullable(),
  to: ZCaseStatus.nullable(),
  actorRole: ZRole,
  actorName: z.string(),
  note: z.string(),
})
/** One timeline entry. */
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>
