import { z } from 'zod'
import { ZCaseState } from '../case'
import { ZCaseDeadline, ZRosterFlag } from '../api/case.schema'

/** Who works a case for the insurer. */
export const ZAssignee = z.object({ id: z.string(), name: z.string(), assignedAt: z.string() })

/** One line of the insurer's inbox: enterprise, worker (masked ID), roster flag and time left. */
export const ZInboxItem = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  enterpriseName: z.string(),
  town: z.string(),
  workerName: z.string(),
  workerIdMasked: z.string(),
  rosterFlag: ZRosterFlag,
  rosterFlagLabel: z.string(),
  phonedIn: z.boolean(),
  reportedAt: z.string(),
  state: ZCaseState,
  statusLabel: z.string(),
  assignee: ZAssignee.nullable(),
  /** The nearest running clock, or null when none runs in this state. */
  nextDeadline: ZCaseDeadline.nullable(),
})
/** One inbox line. */
export type TInboxItem = z.infer<typeof ZInboxItem>

/** The roster check beside the report: enrolment unit vs reporting enterprise (seed 2, task 37). */
export const ZRosterCheck = z.object({
  rosterFlag: ZRosterFlag,
  rosterFlagLabel: z.string(),
  reportingEnterprise: z.string(),
  /** The unit the worker is enrolled with, from the roster; null when the ID is on no roster. */
  enrolmentUnit: z.string().nullable(),
  enrolledAt: z.string().nullable(),
  /** True when the enrolment unit differs from the reporting enterprise: an audit lead. */
  unitMismatch: z.boolean(),
  /** True when enrolment is dated after the accident (先伤后保). */
  enrolledAfterAccident: z.boolean(),
  flags: z.array(z.string()),
})
/** The roster check. */
export type TRosterCheck = z.infer<typeof ZRosterCheck>

/** The agent's verification of insured status, with the roster check as it stood. */
export const ZVerificationView = ZRosterCheck.extend({
  insured: z.boolean(),
  note: z.string(),
  verifiedAt: z.string(),
  verifiedByName: z.string(),
})
/** A verification record. */
export type TVerificationView = z.infer<typeof ZVerificationView>

/** A generated PDF: its file id, a temporary URL and its SHA-256. */
export const ZPdfFile = z.object({ fileId: z.string(), url: z.string(), sha256: z.string(), bytes: z.number() })
