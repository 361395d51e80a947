import { siteInvestigationDeadline, deadlineStatus } from '../../../shared/clocks'
import { AUTHENTICITY_LABELS, CCTV_STATUS_LABELS, INVESTIGATION_ITEM_LABELS, type TInvestigationItemKey, type TInvestigationView } from '../../../shared/insurer/investigation'
import type { CaseDoc } from '../cases/case-doc'
import type { IncidentDoc } from '../cases/incident-doc'
import type { InvestigationRecord } from './work-doc'

/** Which checklist items are done, given the incident's witnesses. */
export function itemsDone(record: InvestigationRecord, witnessCount: number): Record<TInvestigationItemKey, boolean> {
  const interviewed = new Set(record.interviews.map((i) => i.witnessIndex))
  return {
    site_visit: record.siteVisit !== null && record.siteVisit.media.length > 0,
    interviews: witnessCount > 0 ? Array.from({ length: witnessCount }, (_, i) => interviewed.has(i)).every(Boolean) : record.noWitnessReason !== null,
    cctv: record.cctv !== null && (record.cctv.status === 'unavailable' || (record.cctv.status === 'retrieved' && record.cctv.media.length > 0)),
    authenticity: record.authenticity !== null,
  }
}

/** True when every checklist item is done: the site investigation is complete. */
export function investigationComplete(record: InvestigationRecord, witnessCount: number): boolean {
  return Object.values(itemsDone(record, witnessCount)).every(Boolean)
}

function detailOf(key: TInvestigationItemKey, record: InvestigationRecord, witnessCount: number): string {
  switch (key) {
    case 'site_visit':
      return record.siteVisit ? `照片${record.siteVisit.media.length}张` : '未勘查'
    case 'interviews':
      return witnessCount > 0 ? `已完成${new Set(record.interviews.map((i) => i.witnessIndex)).size}/${witnessCount}名证人笔录` : record.noWitnessReason ? `无证人：${record.noWitnessReason}` : '尚无证人'
    case 'cctv':
      return record.cctv ? `${CCTV_STATUS_LABELS[record.cctv.status]}${record.cctv.detail ? `：${record.cctv.detail}` : ''}` : '未处理'
    case 'authenticity':
      return record.authenticity ? AUTHENTICITY_LABELS[record.authenticity.conclusion] : '未作结论'
    default: {
      const _never: never = key
      return _never
    }
  }
}

/** The checklist as the desk shows it, with the 24-hour clock. */
export function investigationView(doc: CaseDoc, incident: IncidentDoc | null, record: InvestigationRecord, now: Date): TInvestigationView {
  const witnesses = incident?.witnesses ?? []
  const done = itemsDone(record, witnesses.length)
  const interviewed = new Set(record.interviews.map((i) => i.witnessIndex))
  const deadline = siteInvestigationDeadline(doc.reportedAt)
  const status = deadlineStatus(deadline.due, now, deadline.warnAt)
  const complete = Object.values(done).every(Boolean)
  return {
    started: Boolean(doc.milestones.start_investigation),
    items: (Object.keys(INVESTIGATION_ITEM_LABELS) as TInvestigationItemKey[]).map((key) => ({ key, label: INVESTIGATION_ITEM_LABELS[key], done: done[key], detail: detailOf(key, record, witnesses.length) })),
    siteVisit: record.siteVisit && { media: record.siteVisit.media, note: record.siteVisit.note, at: record.siteVisit.at },
    witnesses: witnesses.map((w, index) => ({ index, name: w.name, interviewed: interviewed.has(index) })),
    interviews: record.interviews.map((i) => ({ witnessIndex: i.witnessIndex, witnessName: i.witnessName, record: i.record, signatureSha256: i.signature.sha256, interviewedAt: i.interviewedAt, interviewedByName: i.interviewedByName })),
    noWitnessReason: record.noWitnessReason,
    cctv: record.cctv && { status: record.cctv.status, detail: record.cctv.detail, media: record.cctv.media, at: record.cctv.at },
    authenticity: record.authenticity && { conclusion: record.authenticity.conclusion, reasoning: record.authenticity.reasoning, at: record.authenticity.at },
    completedAt: complete ? record.completedAt : null,
    deadline: { due: deadline.due, remainingLabel: complete ? '已完成' : status.label, overdue: !complete && status.overdue, warning: !complete && status.warning },
  }
}
