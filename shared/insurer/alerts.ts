import { LEGAL_CLOCKS } from '../clocks'

/*
 * The clock rules the insurer's timer enforces, beside the legal clocks of shared/clocks.ts:
 * site investigation (报案后24小时, reminder at 20 h) and the employer's 30-day filing window
 * (条例 §17, warned from day 20). Each alert goes out once per case.
 */

/** The alerts the timer raises, once each per case. */
export type InsurerAlertKind = 'site_remind' | 'site_escalate' | 'filing_warn'

/** What each alert is, who gets it and what it says. */
export const INSURER_ALERTS: Record<InsurerAlertKind, { label: string; recipients: string }> = {
  site_remind: { label: `${LEGAL_CLOCKS.site_investigation.label}即将超时（报案满20小时）`, recipients: '承办调查员（未认领时为全体调查员）' },
  site_escalate: { label: `${LEGAL_CLOCKS.site_investigation.label}已超时（报案满24小时）`, recipients: '主管和服务群' },
  filing_warn: { label: `${LEGAL_CLOCKS.employer_filing.label}期限预警（事故第20日起）`, recipients: '企业专职人员和承办调查员' },
}

/** The employer's liability for late filing, as 条例 §17 states it (shown with the day-20 warning). */
export const EMPLOYER_LATE_FILING_LIABILITY =
  '《工伤保险条例》第十七条：用人单位应当自事故伤害发生之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请；' +
  '遇有特殊情况，经报社会保险行政部门同意，申请时限可以适当延长。用人单位未在规定时限内提交工伤认定申请的，' +
  '在此期间发生符合规定的工伤待遇等有关费用由该用人单位负担。'
