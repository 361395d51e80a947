import { z } from 'zod'

/*
 * A case runs on three parallel tracks (DOMAIN.md "The flow is not one line"): treatment never
 * waits for the claim, and rehabilitation has its own approval line. Every state value is
 * unique across the tracks, so a bare value still says which track it belongs to.
 *
 * 视同工伤 (deemed, 条例 §15) is a recognition outcome, not a separate state: it is recorded as
 * `recognised`, with the case type kept beside the state.
 */

/** The claim and money track: from the report to the 工伤认定 decision, settlement and payment. */
export const ZClaimStatus = z.enum([
  'reported',
  'insured_verified',
  'investigating',
  'application_submitted',
  'correction_requested',
  'under_review',
  'review_paused',
  'recognised',
  'not_recognised',
  'in_settlement',
  'settled',
  'payment_due',
  'payment_overdue',
  'paid',
  'closed',
  'withdrawn',
])
/** A state of the claim track. */
export type ClaimStatus = z.infer<typeof ZClaimStatus>

/** The medical track, running from the first hour in parallel with the claim. */
export const ZMedicalStatus = z.enum(['treatment_pending', 'inpatient', 'outpatient', 'diagnosed', 'in_treatment', 'discharged'])
/** A state of the medical track. */
export type MedicalStatus = z.infer<typeof ZMedicalStatus>

/** The rehabilitation track (applied → approved → transferred → in progress → evaluated). */
export const ZRehabStatus = z.enum([
  'rehab_none',
  'rehab_applied',
  'rehab_approved',
  'rehab_rejected',
  'rehab_transferred',
  'rehab_in_progress',
  'rehab_evaluated',
])
/** A state of the rehabilitation track. */
export type RehabStatus = z.infer<typeof ZRehabStatus>

/** Any state of any track (for display and history). */
export const ZCaseStatus = z.enum([...ZClaimStatus.options, ...ZMedicalStatus.options, ...ZRehabStatus.options])
/** A state of any track. */
export type CaseStatus = z.infer<typeof ZCaseStatus>

/** The three tracks of a case. */
export const ZTrack = z.enum(['claim', 'medical', 'rehab'])
/** One track of a case. */
export type Track = z.infer<typeof ZTrack>

/** The state type of each track. */
export type TrackStatus = { claim: ClaimStatus; medical: MedicalStatus; rehab: RehabStatus }

/** The state values of each track, in display order. */
export const TRACK_STATUSES: { readonly [T in Track]: readonly TrackStatus[T][] } = {
  claim: ZClaimStatus.options,
  medical: ZMedicalStatus.options,
  rehab: ZRehabStatus.options,
}

/** Chinese names of the tracks. */
export const TRACK_LABELS: Record<Track, string> = {
  claim: '工伤认定与结算',
  medical: '救治',
  rehab: '康复',
}

/** Chinese label of every state value. */
export const STATUS_LABELS: Record<CaseStatus, string> = {
  reported: '已报案',
  insured_verified: '参保已核实',
  investigating: '现场调查中',
  application_submitted: '认定申请已提交',
  correction_requested: '待补正材料',
  under_review: '认定审核中',
  review_paused: '认定中止',
  recognised: '已认定工伤',
  not_recognised: '不予认定工伤',
  in_settlement: '联网结算中',
  settled: '结算完成',
  payment_due: '待企业支付',
  payment_overdue: '企业逾期未付',
  paid: '企业已支付',
  closed: '已结案',
  withdrawn: '已撤回',
  treatment_pending: '待接诊',
  inpatient: '已住院（免押金）',
  outpatient: '门诊治疗',
  diagnosed: '已出具诊断证明',
  in_treatment: '治疗中',
  discharged: '已出院',
  rehab_none: '未申请康复',
  rehab_applied: '康复已申请',
  rehab_approved: '康复已批准',
  rehab_rejected: '康复未获批准',
  rehab_transferred: '已转院康复',
  rehab_in_progress: '康复中',
  rehab_evaluated: '康复已评估',
}

/** What happens next on the claim track, shown under the current state. */
export const NEXT_STEP_HINT: Record<ClaimStatus, string> = {
  reported: '等待商保公司核实职工参保情况',
  insured_verified: '商保公司将在报案后24小时内完成现场调查',
  investigating: '商保公司正在现场调查取证，完成后提交工伤认定申请',
  application_submitted: '区人社局审核申请材料（15日内），材料不全将一次性告知补正',
  correction_requested: '请商保公司按一次性告知补齐材料后重新提交',
  under_review: '区人社局受理后60日内作出认定决定（事实清楚的15日内）',
  review_paused: '等待司法机关或有关部门的结论，认定期限中止计算',
  recognised: '已认定工伤，商保公司协助转入工伤联网结算',
  not_recognised: '不予认定工伤，可依法申请行政复议或提起行政诉讼',
  in_settlement: '医院办理工伤医疗费用联网结算',
  settled: '联网结算已完成，可办理结案',
  payment_due: '请企业支付联网结算范围外的费用',
  payment_overdue: '企业逾期未支付，将予以预警，情节严重的移出优质企业名单并纳入失信企业名单',
  paid: '费用已结清，可办理结案',
  closed: '案件已结案',
  withdrawn: '案件已撤回（误报）',
}

/** Claim states after which the case takes no more events on any track. */
export const TERMINAL_CLAIM_STATUSES = ['closed', 'withdrawn'] as const satisfies readonly ClaimStatus[]

/** Claim states from recognition onwards on the money line (recognised and still open). */
export const RECOGNISED_CLAIM_STATUSES = [
  'recognised',
  'in_settlement',
  'settled',
  'payment_due',
  'payment_overdue',
  'paid',
] as const satisfies readonly ClaimStatus[]

/** Rehabilitation states in which rehabilitation is under way (the case cannot be closed). */
export const ACTIVE_REHAB_STATUSES = [
  'rehab_applied',
  'rehab_approved',
  'rehab_transferred',
  'rehab_in_progress',
] as const satisfies readonly RehabStatus[]

/** The track a state value belongs to. */
export function trackOfStatus(status: CaseStatus): Track {
  if ((ZClaimStatus.options as readonly string[]).includes(status)) return 'claim'
  if ((ZMedicalStatus.options as readonly string[]).includes(status)) return 'medical'
  return 'rehab'
}
