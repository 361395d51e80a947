import { BODY_PARTS, MEASURES, SEVERITIES } from '../../../shared/api/report.schema'
import { ROSTER_FLAG_LABELS } from '../../../shared/api/case.schema'
import { formatShanghai } from '../../../shared/time'
import type { CaseDoc } from './case-doc'

/** WeCom robots accept markdown of at most 4096 bytes (UTF-8). */
export const WECOM_MARKDOWN_MAX_BYTES = 4096

const bytes = (s: string) => new TextEncoder().encode(s).length

function label<T extends Record<string, string>>(labels: T, key: string): string {
  return (labels as Record<string, string>)[key] ?? key
}

/** Cut text to fit a byte budget without splitting a character, marking the cut. */
export function fitBytes(text: string, budget: number): string {
  if (bytes(text) <= budget) return text
  let out = ''
  for (const ch of text) {
    if (bytes(out + ch + '…') > budget) break
    out += ch
  }
  return out + '…'
}

/** The service-group message for a new report: everything the agent needs, masked ID, ≤ 4096 bytes. */
export function serviceGroupReportMessage(doc: CaseDoc, investigationDue: string): string {
  const flag = doc.rosterFlag === 'insured' ? ROSTER_FLAG_LABELS.insured : `<font color="warning">${ROSTER_FLAG_LABELS[doc.rosterFlag]}</font>`
  const measures = [...doc.injury.measures.map((m) => label(MEASURES, m)), doc.injury.measuresNote].filter(Boolean).join('、')
  const head = [
    `## <font color="warning">工伤报案</font> ${doc.caseNo}`,
    `> 企业：**${doc.enterpriseName}**（${doc.town}）`,
    `> 职工：${doc.worker.name}（${doc.worker.idMasked}）`,
    `> 名册核验：${flag}`,
    `> 事故时间：${formatShanghai(doc.accidentAt)}`,
    `> 事故地点：${doc.place}`,
    `> 伤情：${label(BODY_PARTS, doc.injury.bodyPart)}，${label(SEVERITIES, doc.injury.severity)}`,
    `> 就诊医院：${doc.hospitalName}`,
    `> 已采取措施：${measures}`,
  ].join('\n')
  const tail = `\n现场调查截止：**${formatShanghai(investigationDue)}**（报案后24小时）\n<font color="comment">消息编号 ${doc.caseNo}</font>`
  const budget = WECOM_MARKDOWN_MAX_BYTES - bytes(head) - bytes(tail) - bytes('\n> 经过：')
  return `${head}\n> 经过：${fitBytes(doc.description, budget)}${tail}`
}
