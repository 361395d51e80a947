import { z } from 'zod'

/** Everything that can happen to a case; each event moves exactly one track (see TRANSITIONS). */
export const ZCaseEvent = z.enum([
  // claim and money
  'verify_insured',
  'start_investigation',
  'submit_application',
  'request_correction',
  'resubmit',
  'accept_application',
  'pause_review',
  'resume_review',
  'recognise',
  'reject',
  'start_settlement',
  'complete_settlement',
  'bill_enterprise',
  'mark_overdue',
  'record_payment',
  'close',
  'withdraw',
  // medical
  'admit',
  'register_outpatient',
  'issue_diagnosis',
  'begin_treatment',
  'discharge',
  // rehabilitation
  'apply_rehab',
  'approve_rehab',
  'reject_rehab',
  'transfer_rehab',
  'start_rehab',
  'evaluate_rehab',
])
/** One event of ZCaseEvent. */
export type CaseEvent = z.infer<typeof ZCaseEvent>

/** Chinese labels of the events (button texts and history entries). */
export const EVENT_LABELS: Record<CaseEvent, string> = {
  verify_insured: '核实参保',
  start_investigation: '开始现场调查',
  submit_application: '提交工伤认定申请',
  request_correction: '一次性告知补正',
  resubmit: '补正后重新提交',
  accept_application: '受理认定申请',
  pause_review: '中止认定',
  resume_review: '恢复认定',
  recognise: '认定为工伤',
  reject: '不予认定',
  start_settlement: '转入联网结算',
  complete_settlement: '完成联网结算',
  bill_enterprise: '通知企业支付范围外费用',
  mark_overdue: '标记逾期未付',
  record_payment: '登记企业已支付',
  close: '结案',
  withdraw: '撤回报案',
  admit: '免押金住院',
  register_outpatient: '门诊接诊',
  issue_diagnosis: '出具诊断证明',
  begin_treatment: '开始治疗',
  discharge: '出院',
  apply_rehab: '申请康复',
  approve_rehab: '批准康复',
  reject_rehab: '不予批准康复',
  transfer_rehab: '转院康复',
  start_rehab: '开始康复',
  evaluate_rehab: '康复评估',
}
