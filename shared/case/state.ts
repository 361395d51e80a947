import { z } from 'zod'
import { ZRole } from '../roles'
import { ZIsoDateTime } from '../time'
import { ZCaseEvent } from './events'
import { ZCaseStatus, ZClaimStatus, ZMedicalStatus, ZRehabStatus, ZTrack } from './status'

/** The state of a case: one value per track, plus a version for optimistic concurrency. */
export const ZCaseState = z.object({
  claim: ZClaimStatus,
  medical: ZMedicalStatus,
  rehab: ZRehabStatus,
  version: z.number().int().positive(),
})
/** The state of a case on its three tracks. */
export type CaseState = z.infer<typeof ZCaseState>

/** The state of a newly reported case. */
export function initialCaseState(): CaseState {
  return { claim: 'reported', medical: 'treatment_pending', rehab: 'rehab_none', version: 1 }
}

/** Who fires an event: a role and the acting user's id ('system' for timers). */
export const ZActor = z.object({ role: ZRole, id: z.string().min(1) })
/** Who fires an event. */
export type Actor = z.infer<typeof ZActor>

/** One applied transition, as kept in the case history. */
export const ZStateChange = z.object({
  event: ZCaseEvent,
  track: ZTrack,
  from: ZCaseStatus,
  to: ZCaseStatus,
  at: ZIsoDateTime,
  actorRole: ZRole,
  actorId: z.string().min(1),
})
/** One applied transition. */
export type StateChange = z.infer<typeof ZStateChange>
