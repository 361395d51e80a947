import { BODY_PARTS, MEASURES, SEVERITIES } from '../../../shared/api/report.schema'
import { ROSTER_FLAG_LABELS } from '../../../shared/api/case.schema'
import { formatShanghai } from '../../../shared/time'
import type { CaseDoc } from './case-doc'
import type { IncidentDoc } from './incident-doc'

/** WeCom robots accept markdown of at most 4096 bytes (UTF-8). */
export const WECOM_MARKDOWN_MAX_BYTES = 4096

const bytes = (s: string) => new TextEncoder().encode(s).length
const label = (labels: Record<string, string>, key: string) => labels[key] ?? key

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

function injuredLine(doc: CaseDoc): string {
  const flag = doc.rosterFlag === 'insured' ? ROSTER_FLAG_LABELS.insured : `<font color="warning">${ROSTER_FLAG_LABELS[doc.rosterFlag]}</font>`
  return `> ${doc.caseNo}｜${doc.worker.name}（${doc.worker.idMasked}）｜${flag}｜${label(BODY_PARTS, doc.injury.bodyPart)}，${label(SEVERITIES, doc.injury.severity)}｜${doc.hospitalName}`
}

/** The key a reader uses to spot a repeated message: the incident's first case number. */
export function incidentMessageKey(cases: CaseDoc[]): string {
  return cases[0].caseNo
}

/** One service-group message for a whole incident: every injured worker, masked IDs, ≤ 4096 bytes. */
export function serviceGroupIncidentMessage(incident: IncidentDoc, cases: CaseDoc[], investigationDue: string): string {
  const measures = [...incident.measures.map((m) => label(MEASURES, m)), incident.measuresNote].filter(Boolean).join('、')
  const count = cases.length > 1 ? `（${cases.length}人受伤）` : ''
  const facts = [
    `## <font color="warning">工伤报案</font>${count}`,
    `> 企业：**${incident.enterpriseName}**（${incident.town}）`,
    `> 事故时间：${formatShanghai(incident.accidentAt)}`,
    `> 事故地点：${fitBytes(incident.place, 300)}`,
    `> 已采取措施：${fitBytes(measures, 400)}`,
    `> 证人：${incident.witnesses.length}名`,
    `**受伤职工**`,
  ]
  const tail = `\n现场调查截止：**${formatShanghai(investigationDue)}**（报案后24小时）\n<font color="comment">消息编号 ${incidentMessageKey(cases)}</font>`
  /* Keep room for a few sentences of the description; list as many injured as then fit. */
  const lineBudget = WECOM_MARKDOWN_MAX_BYTES - bytes(facts.join('\n')) - bytes(tail) - 400
  const lines: string[] = []
  for (const [i, doc] of cases.entries()) {
    const line = injuredLine(doc)
    const more = `> …另有${cases.length - i}名受伤职工，详见系统`
    if (bytes([...lines, line].join('\n')) + bytes(more) + 2 > lineBudget) {
      lines.push(more)
      break
    }
    lines.push(line)
  }
  const head = [...facts, ...lines].join('\n')
  const budget = WECOM_MARKDOWN_MAX_BYTES - bytes(head) - bytes(tail) - bytes('\n> 经过：')
  return `${head}\n> 经过：${fitBytes(incident.description, Math.max(0, budget))}${tail}`
}
