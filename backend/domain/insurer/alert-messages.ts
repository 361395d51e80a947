import { dayNumber, employerFilingDeadline, siteInvestigationDeadline } from '../../../shared/clocks'
import type { InsurerAlertKind } from '../../../shared/insurer/alerts'
import { formatShanghai, shanghaiDate } from '../../../shared/time'
import type { CaseDoc } from '../cases/case-doc'
import type { UserDoc } from '../users'

/** A subscribe message payload (as the outbox's subscribe channel delivers it). */
export type SubscribePayload = Record<string, unknown>

function subscribe(to: UserDoc, doc: CaseDoc, status: string, time: string, note: string): SubscribePayload {
  return { toOpenid: to.openid, templateKey: 'case_update', page: `pages/case/index?id=${doc._id}`, data: { caseNo: doc.caseNo, status, time, note } }
}

/** The employer-filing warning's note: the deadline and the employer's liability for costs in the late period (条例 §17). */
export function filingWarningNote(doc: CaseDoc, now: Date): string {
  const due = employerFilingDeadline(doc.accidentAt).due
  const lastDay = shanghaiDate(new Date(new Date(due).getTime() - 1))
  const liability = '逾期申请的，期间发生的工伤待遇等费用由用人单位负担（《工伤保险条例》第十七条）'
  if (now.getTime() >= new Date(due).getTime()) return `已超过事故之日起30日的申请时限（${lastDay}）：${liability}，请尽快申请工伤认定`
  return `事故第${dayNumber(doc.accidentAt, now)}日：请于${lastDay}前申请工伤认定；${liability}`
}

/** The subscribe message one recipient gets for an alert. */
export function alertMessage(kind: InsurerAlertKind, doc: CaseDoc, to: UserDoc, now: Date): SubscribePayload {
  const site = siteInvestigationDeadline(doc.reportedAt)
  switch (kind) {
    case 'site_remind':
      return subscribe(to, doc, '现场调查即将超时', formatShanghai(site.due), `报案已满20小时，请于${formatShanghai(site.due)}前完成现场调查`)
    case 'site_escalate':
      return subscribe(to, doc, '现场调查已超时', formatShanghai(site.due), `承办人：${doc.assigneeName ?? '未认领'}；报案已满24小时仍未完成现场调查，请督办`)
    case 'filing_warn':
      return subscribe(to, doc, '工伤认定申请期限预警', formatShanghai(employerFilingDeadline(doc.accidentAt).due), filingWarningNote(doc, now))
    default: {
      const _never: never = kind
      return _never
    }
  }
}

/** The service-group message of a 24-hour escalation (masked ID only; well under WeCom's 4096 bytes). */
export function escalationMarkdown(doc: CaseDoc): string {
  const site = siteInvestigationDeadline(doc.reportedAt)
  return [
    '## <font color="warning">现场调查超时</font>',
    `> 案件：**${doc.caseNo}**｜${doc.enterpriseName}（${doc.town}）`,
    `> 受伤职工：${doc.worker.name}（${doc.worker.idMasked}）`,
    `> 报案时间：${formatShanghai(doc.reportedAt)}`,
    `> 调查截止：**${formatShanghai(site.due)}**（报案后24小时）`,
    `> 承办人：${doc.assigneeName ?? '<font color="warning">未认领</font>'}`,
    '请主管督办，尽快完成现场勘查、证人笔录和监控调取。',
  ].join('\n')
}
