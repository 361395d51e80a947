import { SUMMARY_FIELDS, type TFollowUpSummary } from '../../../shared/insurer/summary'
import { formatShanghai } from '../../../shared/time'
import type { CaseDoc } from '../cases/case-doc'
import { fieldTable, pageFooter, PDF_STYLES } from './layout'
import type { PdfDefinition } from './render'

/** A summary field's value as printed (the accident time on the Shanghai clock). */
export function summaryValue(summary: TFollowUpSummary, field: keyof TFollowUpSummary): string {
  return field === 'accidentAt' ? formatShanghai(summary.accidentAt) : summary[field]
}

/** The first follow-up summary (首跟资料汇总) as a one-page form in its fixed format. */
export function summaryPdfDefinition(doc: CaseDoc, summary: TFollowUpSummary, meta: { agentName: string; savedAt: string; generatedAt: Date }): PdfDefinition {
  return {
    info: { title: `工伤首跟资料汇总 ${doc.caseNo}`, author: meta.agentName, subject: '武进区工伤诊疗绿色通道' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    styles: PDF_STYLES,
    footer: pageFooter(`首跟资料汇总 ${doc.caseNo}`),
    content: [
      { text: '工伤首跟资料汇总', style: 'title' },
      { text: `武进区工伤诊疗绿色通道　案件编号 ${doc.caseNo}`, style: 'subtitle' },
      fieldTable([
        ['报案企业', doc.enterpriseName],
        ['定点医院', doc.hospitalName],
        ['报案时间', `${formatShanghai(doc.reportedAt)}${doc.phonedIn ? '（电话报案）' : ''}`],
        ['身份证号', doc.worker.idMasked],
      ]),
      fieldTable(SUMMARY_FIELDS.map(([field, label]) => [label, summaryValue(summary, field)] as const)),
      { text: `填报人：${meta.agentName}（商保公司）　填报时间：${formatShanghai(meta.savedAt)}`, margin: [0, 12, 0, 0] },
      { text: `生成时间：${formatShanghai(meta.generatedAt)}`, style: 'muted' },
    ],
  }
}
