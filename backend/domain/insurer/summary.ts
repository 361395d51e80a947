import { BODY_PARTS, MEASURES, SEVERITIES } from '../../../shared/api/report.schema'
import { AppError } from '../../../shared/errors'
import type { TFollowUpSummary, TSummaryView } from '../../../shared/insurer/summary'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { appendTimelineNote } from '../cases/timeline-note'
import type { CaseDoc } from '../cases/case-doc'
import { loadVisibleCase } from '../cases/load-case'
import { renderPdf } from '../pdf/render'
import { summaryPdfDefinition } from '../pdf/summary-pdf'
import type { UserDoc } from '../users'
import { requireAssignee } from './assignment'
import { storePdf, type StoredPdf } from './stored-pdf'
import { loadWork, updateWork, type InsurerWorkDoc } from './work-doc'

const label = (labels: Record<string, string>, key: string) => labels[key] ?? key

/** A summary prefilled from the report, for the agent to correct and complete. */
export function summaryDraft(doc: CaseDoc): TFollowUpSummary {
  const measures = [...doc.injury.measures.map((m) => label(MEASURES, m)), doc.injury.measuresNote].filter(Boolean).join('、')
  return {
    accidentAt: doc.accidentAt, place: doc.place, cause: '', course: doc.description,
    injuryDegree: `${label(BODY_PARTS, doc.injury.bodyPart)}受伤，${label(SEVERITIES, doc.injury.severity)}`,
    measures, workerName: doc.worker.name, workerContact: doc.worker.phone,
  }
}

/** The saved summary, or the draft when none was saved yet. */
export function summaryView(doc: CaseDoc, work: InsurerWorkDoc): TSummaryView {
  const saved = work.summary
  if (!saved) return { summary: summaryDraft(doc), saved: false, savedAt: null, savedByName: null }
  const { savedAt, savedBy: _by, savedByName, ...summary } = saved
  return { summary, saved: true, savedAt, savedByName }
}

/** Save the first follow-up summary (首跟资料汇总), audited in the same transaction. */
export async function saveSummary(platform: Platform, agent: UserDoc, caseId: string, summary: TFollowUpSummary, now: Date): Promise<TSummaryView> {
  const doc = await loadVisibleCase(platform, agent, caseId)
  requireAssignee(agent, doc)
  const work = await platform.store.transaction(async (tx) => {
    const next = await updateWork(tx, caseId, now, (w) => ({ ...w, summary: { ...summary, savedAt: now.toISOString(), savedBy: agent._id, savedByName: agent.name } }))
    await appendAudit(tx, { actorId: agent._id, actorRole: agent.role, action: 'insurer.summary.save', subjectType: 'case', subjectId: caseId, at: now.toISOString() })
    await appendTimelineNote(tx, caseId, agent, '完成首跟资料汇总', '', now.toISOString())
    return next
  })
  return summaryView(doc, work)
}

/** Render the saved summary as a PDF, store it and record its file id and SHA-256 on the working file. */
export async function exportSummaryPdf(platform: Platform, agent: UserDoc, caseId: string, now: Date): Promise<StoredPdf> {
  const doc = await loadVisibleCase(platform, agent, caseId)
  const work = await loadWork(platform.store, caseId, now)
  if (!work.summary) throw new AppError('INSURER.SUMMARY_MISSING')
  const { savedAt, savedByName } = work.summary
  const bytes = await renderPdf(platform.fonts, summaryPdfDefinition(doc, work.summary, { agentName: savedByName, savedAt, generatedAt: now }))
  const pdf = await storePdf(platform, caseId, 'summary', bytes, now)
  await platform.store.transaction(async (tx) => {
    await updateWork(tx, caseId, now, (w) => ({ ...w, summaryPdf: { fileId: pdf.fileId, sha256: pdf.sha256, at: now.toISOString() } }))
    await appendAudit(tx, { actorId: agent._id, actorRole: agent.role, action: 'insurer.summary.pdf', subjectType: 'case', subjectId: caseId, at: now.toISOString(), detail: { fileId: pdf.fileId, sha256: pdf.sha256 } })
  })
  return pdf
}
