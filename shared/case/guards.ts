import { AppError } from '../errors'
import type { CaseEvent } from './events'
import type { CaseState } from './state'
import { ACTIVE_REHAB_STATUSES, RECOGNISED_CLAIM_STATUSES, STATUS_LABELS, TERMINAL_CLAIM_STATUSES } from './status'

type Guard = (state: CaseState) => string | null

const inList = <T extends string>(list: readonly T[], value: string): boolean => (list as readonly string[]).includes(value)

/* Closed and withdrawn are terminal for the whole case, not just the claim track. */
const caseOpen: Guard = (state) =>
  inList(TERMINAL_CLAIM_STATUSES, state.claim) ? `案件${STATUS_LABELS[state.claim]}，不能再办理任何事项` : null

/* Rehabilitation is a work-injury benefit: it needs a recognised claim (and not one left behind). */
const claimRecognised: Guard = (state) =>
  inList(RECOGNISED_CLAIM_STATUSES, state.claim) ? null : `认定为工伤后才能申请康复，当前为「${STATUS_LABELS[state.claim]}」`

const rehabNotActive: Guard = (state) =>
  inList(ACTIVE_REHAB_STATUSES, state.rehab) ? `康复尚未结束（${STATUS_LABELS[state.rehab]}），不能结案` : null

/** The cross-track preconditions of an event, beyond the table's from-states (exhaustive over events). */
function guardsOf(event: CaseEvent): readonly Guard[] {
  switch (event) {
    case 'apply_rehab':
      return [caseOpen, claimRecognised]
    case 'close':
      return [caseOpen, rehabNotActive]
    case 'verify_insured':
    case 'start_investigation':
    case 'submit_application':
    case 'request_correction':
    case 'resubmit':
    case 'accept_application':
    case 'pause_review':
    case 'resume_review':
    case 'recognise':
    case 'reject':
    case 'start_settlement':
    case 'complete_settlement':
    case 'bill_enterprise':
    case 'mark_overdue':
    case 'record_payment':
    case 'withdraw':
    case 'admit':
    case 'register_outpatient':
    case 'issue_diagnosis':
    case 'begin_treatment':
    case 'discharge':
    case 'approve_rehab':
    case 'reject_rehab':
    case 'transfer_rehab':
    case 'start_rehab':
    case 'evaluate_rehab':
      return [caseOpen]
    default: {
      const _never: never = event
      return _never
    }
  }
}

/** The first failing guard of an event as an AppError 'CASE.GUARD_FAILED', or null when all pass. */
export function checkGuards(state: CaseState, event: CaseEvent): AppError | null {
  for (const guard of guardsOf(event)) {
    const message = guard(state)
    if (message !== null) return new AppError('CASE.GUARD_FAILED', message, { event, state })
  }
  return null
}
