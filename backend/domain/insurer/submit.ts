import { refusal } from '../../../shared/case'
import { AppError } from '../../../shared/errors'
import { PACKAGE_ITEMS } from '../../../shared/insurer/package'
import type { Platform } from '../../ports/platform'
import type { CaseDoc } from '../cases/case-doc'
import { loadVisibleCase } from '../cases/load-case'
import { COLLECTIONS } from '../collections'
import { packagePdfDefinition } from '../pdf/package-pdf'
import { renderPdf } from '../pdf/render'
import type { UserDoc } from '../users'
import { requireAssignee } from './assignment'
import { changeCase } from '../cases/change-case'
import { loadPackageInputs, packageStatus } from './package'
import { loadPackageAssets } from './package-assets'
import { storePdf, type StoredPdf } from './stored-pdf'
import { summaryDraft } from './summary'
import { updateWork, type InsurerWorkDoc } from './work-doc'

const fingerprint = (work: InsurerWorkDoc) => JSON.stringify([work.packageFiles.map((f) => f.sha256), work.investigation, work.summary])

/**
 * Submit the 工伤认定 application. Refused with INSURER.PACKAGE_INCOMPLETE until the materials
 * 条例 §18 requires are present. The package PDF (cover, table of contents, the application
 * facts, every material) is rendered and stored first; then, in one transaction, the case fires
 * submit_application (officer and worker are notified), and the working file records the PDF.
 * If the materials changed meanwhile, or the version is stale, nothing is written and the stored
 * PDF is removed.
 */
export async function submitApplication(platform: Platform, agent: UserDoc, input: { caseId: string; expectedVersion: number; note: string }, now: Date): Promise<{ doc: CaseDoc; pdf: StoredPdf }> {
  const doc = await loadVisibleCase(platform, agent, input.caseId)
  requireAssignee(agent, doc)
  if (doc.state.version !== input.expectedVersion) throw new AppError('CASE.VERSION_CONFLICT')
  const refused = refusal(doc.state, 'submit_application', agent.role)
  if (refused) throw refused
  const { work, incident } = await loadPackageInputs(platform, doc._id, doc.incidentId, now)
  const status = packageStatus(work, incident)
  if (!status.ready) {
    const missing = status.missingRequired.map((item) => PACKAGE_ITEMS[item].label.replace(/（.*）$/, ''))
    throw new AppError('INSURER.PACKAGE_INCOMPLETE', `工伤认定申请材料不全，缺少：${missing.join('、')}（《工伤保险条例》第十八条）`, { missing: status.missingRequired })
  }
  const { assets, images } = await loadPackageAssets(platform, work)
  const summary = work.summary ?? summaryDraft(doc)
  const bytes = await renderPdf(platform.fonts, packagePdfDefinition({ doc, summary, status, investigation: work.investigation, agentName: agent.name, generatedAt: now, assets }), images)
  const pdf = await storePdf(platform, doc._id, 'application', bytes, now)
  try {
    const updated = await changeCase(platform, agent, doc._id, input.expectedVersion, now, (current) => {
      requireAssignee(agent, current)
      return {
        event: 'submit_application', note: input.note,
        audit: { action: 'case.submit_application', detail: { fileId: pdf.fileId, sha256: pdf.sha256, items: status.items.filter((i) => i.present).map((i) => i.item) } },
        also: async (tx) => {
          const fresh = await tx.get<InsurerWorkDoc>(COLLECTIONS.insurerWork, doc._id)
          if (!fresh || fingerprint(fresh) !== fingerprint(work)) throw new AppError('CASE.VERSION_CONFLICT', '申请材料刚被更新，请核对后重新提交')
          await updateWork(tx, doc._id, now, (w) => ({ ...w, application: { fileId: pdf.fileId, sha256: pdf.sha256, submittedAt: now.toISOString(), submittedBy: agent._id } }))
        },
      }
    })
    return { doc: updated, pdf }
  } catch (error) {
    await platform.files.remove(pdf.fileId).catch(() => undefined)
    throw error
  }
}
