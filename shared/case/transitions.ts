import type { Role } from '../roles'
import type { CaseEvent } from './events'
import type { Track, TrackStatus } from './status'

type RuleOf<T extends Track> = {
  readonly event: CaseEvent
  readonly track: T
  readonly from: readonly TrackStatus[T][]
  readonly to: TrackStatus[T]
  readonly roles: readonly Role[]
}
/** One row of the transition table: an event moves one track from one of `from` to `to`. */
export type TransitionRule = { [T in Track]: RuleOf<T> }[Track]

/*
 * The only transition table. Guards that look across tracks (rehabilitation needs a
 * recognised claim, closing needs rehabilitation to be over, closed/withdrawn freeze every
 * track) live in guards.ts, not here, so the table stays a plain list of moves.
 */
/** Every allowed move of every track, one row per event. */
export const TRANSITIONS: readonly TransitionRule[] = [
  // Claim: report → insured check → site investigation (24 h) → 工伤认定 application.
  { event: 'verify_insured', track: 'claim', from: ['reported'], to: 'insured_verified', roles: ['insurer'] },
  { event: 'start_investigation', track: 'claim', from: ['insured_verified'], to: 'investigating', roles: ['insurer'] },
  { event: 'submit_application', track: 'claim', from: ['investigating'], to: 'application_submitted', roles: ['insurer'] },
  // Bureau material check (认定办法 §8): missing items are listed once (一次性告知补正), before acceptance.
  { event: 'request_correction', track: 'claim', from: ['application_submitted'], to: 'correction_requested', roles: ['bureau'] },
  { event: 'resubmit', track: 'claim', from: ['correction_requested'], to: 'application_submitted', roles: ['insurer'] },
  { event: 'accept_application', track: 'claim', from: ['application_submitted'], to: 'under_review', roles: ['bureau'] },
  // 条例 §20: the decision clock stops while a court or other agency conclusion is pending.
  { event: 'pause_review', track: 'claim', from: ['under_review'], to: 'review_paused', roles: ['bureau'] },
  { event: 'resume_review', track: 'claim', from: ['review_paused'], to: 'under_review', roles: ['bureau'] },
  { event: 'recognise', track: 'claim', from: ['under_review'], to: 'recognised', roles: ['bureau'] },
  { event: 'reject', track: 'claim', from: ['under_review'], to: 'not_recognised', roles: ['bureau'] },
  // Money: networked settlement, then costs outside its scope billed to the enterprise.
  { event: 'start_settlement', track: 'claim', from: ['recognised'], to: 'in_settlement', roles: ['insurer', 'hospital'] },
  { event: 'complete_settlement', track: 'claim', from: ['in_settlement'], to: 'settled', roles: ['hospital'] },
  { event: 'bill_enterprise', track: 'claim', from: ['in_settlement'], to: 'payment_due', roles: ['hospital'] },
  // Overdue is raised by the timer or by the bureau; the payee (hospital) or bureau confirms payment.
  { event: 'mark_overdue', track: 'claim', from: ['payment_due'], to: 'payment_overdue', roles: ['system', 'bureau'] },
  { event: 'record_payment', track: 'claim', from: ['payment_due', 'payment_overdue'], to: 'paid', roles: ['hospital', 'bureau'] },
  { event: 'close', track: 'claim', from: ['settled', 'paid', 'not_recognised'], to: 'closed', roles: ['insurer', 'bureau'] },
  // Withdrawal is for reports made in error, so only before the application is filed.
  { event: 'withdraw', track: 'claim', from: ['reported', 'insured_verified', 'investigating'], to: 'withdrawn', roles: ['officer', 'insurer'] },

  // Medical: treatment never waits for the claim.
  { event: 'admit', track: 'medical', from: ['treatment_pending', 'outpatient'], to: 'inpatient', roles: ['hospital'] },
  { event: 'register_outpatient', track: 'medical', from: ['treatment_pending'], to: 'outpatient', roles: ['hospital'] },
  { event: 'issue_diagnosis', track: 'medical', from: ['inpatient', 'outpatient'], to: 'diagnosed', roles: ['hospital'] },
  { event: 'begin_treatment', track: 'medical', from: ['diagnosed'], to: 'in_treatment', roles: ['hospital'] },
  { event: 'discharge', track: 'medical', from: ['diagnosed', 'in_treatment'], to: 'discharged', roles: ['hospital'] },

  // Rehabilitation: the hospital offers it, the insurer helps apply and transfer, the bureau approves.
  { event: 'apply_rehab', track: 'rehab', from: ['rehab_none', 'rehab_rejected'], to: 'rehab_applied', roles: ['insurer', 'worker', 'hospital'] },
  { event: 'approve_rehab', track: 'rehab', from: ['rehab_applied'], to: 'rehab_approved', roles: ['bureau'] },
  { event: 'reject_rehab', track: 'rehab', from: ['rehab_applied'], to: 'rehab_rejected', roles: ['bureau'] },
  { event: 'transfer_rehab', track: 'rehab', from: ['rehab_approved'], to: 'rehab_transferred', roles: ['insurer', 'hospital'] },
  { event: 'start_rehab', track: 'rehab', from: ['rehab_approved', 'rehab_transferred'], to: 'rehab_in_progress', roles: ['hospital'] },
  { event: 'evaluate_rehab', track: 'rehab', from: ['rehab_in_progress'], to: 'rehab_evaluated', roles: ['hospital'] },
]

const RULES = new Map<CaseEvent, TransitionRule>(TRANSITIONS.map((rule) => [rule.event, rule]))

/** The table row of an event (every event has exactly one). */
export function ruleFor(event: CaseEvent): TransitionRule {
  const rule = RULES.get(event)
  if (!rule) throw new Error(`No transition rule for event ${event}`)
  return rule
}
