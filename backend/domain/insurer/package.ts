import { AppError } from '../../../shared/errors'
import { CCTV_STATUS_LABELS } from '../../../shared/insurer/investigation'
import { MAX_FILES_PER_ITEM, PACKAGE_ITEMS, ZPackageItem, type TPackageFile, type TPackageItem, type TPackageStatus } from '../../../shared/insurer/package'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { loadVisibleCase } from '../cases/load-case'
import type { IncidentDoc } from '../cases/incident-doc'
import { COLLECTIONS } from '../collections'
import { assertFileAttachable, linkFileToCase } from '../uploads/attachable'
import type { UserDoc } from '../users'
import { requireAssignee } from './assignment'
import { investigationComplete } from './investigation-view'
import { readPackageFile } from './stored-files'
import { loadWork, updateWork, type InsurerWorkDoc } from './work-doc'

/** Claim states in which materials can be attached: while investigating, and when the bureau asks for corrections. */
const ATTACH_STATES = ['insured_verified', 'investigating', 'correction_requested']

/** What the site investigation already supplies for a material, as a note, or null. */
function fromInvestigation(item: TPackageItem, work: InsurerWorkDoc, witnessCount: number): string | null {
  const inv = work.investigation
  switch (item) {
    case 'investigation_record':
      return investigationComplete(inv, witnessCount) ? '现场调查清单已完成（系统记录）' : null
    case 'witness_records':
      return inv.interviews.length > 0 ? `调查笔录${inv.interviews.length}份（证人签名已存证）` : null
    case 'cctv_evidence':
      if (inv.cctv?.status === 'retrieved' && inv.cctv.media.length > 0) return `监控录像${inv.cctv.media.length}段`
      return inv.cctv?.status === 'unavailable' ? `${CCTV_STATUS_LABELS.unavailable}：${inv.cctv.detail}` : null
    default:
      return null
  }
}

/** The package checklist: each material, whether it is required (条例 §18) and present, and what is missing. */
export function packageStatus(work: InsurerWorkDoc, incident: IncidentDoc | null): TPackageStatus {
  const witnessCount = incident?.witnesses.length ?? 0
  const items = ZPackageItem.options.map((item) => {
    const spec = PACKAGE_ITEMS[item]
    const files: TPackageFile[] = work.packageFiles.filter((f) => f.item === item).map(({ addedBy: _by, ...file }) => file)
    const supplied = spec.fromInvestigation ? fromInvestigation(item, work, witnessCount) : null
    const source = files.length > 0 ? ('attachment' as const) : supplied ? ('investigation' as const) : null
    const note = files.length > 0 ? `已上传${files.length}份` : supplied ?? (spec.required ? '缺少（必备材料）' : '未提供')
    return { item, label: spec.label, required: spec.required, basis: spec.basis, present: source !== null, source, note, files }
  })
  const missingRequired = items.filter((i) => i.required && !i.present).map((i) => i.item)
  const submitted = work.application && { fileId: work.application.fileId, sha256: work.application.sha256, submittedAt: work.application.submittedAt }
  return { items, missingRequired, ready: missingRequired.length === 0, submitted }
}

/** The package checklist with a fresh temporary URL of the submitted package PDF, so it can be opened any time later. */
export async function packageStatusWithUrl(platform: Platform, work: InsurerWorkDoc, incident: IncidentDoc | null): Promise<TPackageStatus> {
  const status = packageStatus(work, incident)
  return status.submitted ? { ...status, submitted: { ...status.submitted, url: await platform.files.url(status.submitted.fileId) } } : status
}

/** The case's working file and incident, for the package checklist. */
export async function loadPackageInputs(platform: Platform, caseId: string, incidentId: string, now: Date): Promise<{ work: InsurerWorkDoc; incident: IncidentDoc | null }> {
  const [work, incident] = await Promise.all([loadWork(platform.store, caseId, now), platform.store.get<IncidentDoc>(COLLECTIONS.incidents, incidentId)])
  return { work, incident }
}

/**
 * Attach an uploaded file to a package material: the agent's own upload or one of the case's files
 * (assertFileAttachable). The server reads the bytes: PDF, JPEG or PNG
 * by magic bytes, at most 10 MB; the SHA-256 of what was really uploaded is kept. The same bytes
 * attached twice to one material are kept once.
 */
export async function attachPackageItem(platform: Platform, agent: UserDoc, input: { caseId: string; item: TPackageItem; fileId: string; name: string }, now: Date): Promise<{ file: TPackageFile; status: TPackageStatus }> {
  const doc = await loadVisibleCase(platform, agent, input.caseId)
  requireAssignee(agent, doc)
  if (!ATTACH_STATES.includes(doc.state.claim)) throw new AppError('CASE.INVALID_TRANSITION', '当前状态下不能修改申请材料')
  const attachable = await assertFileAttachable(platform, agent, input.fileId, doc._id)
  const checked = await readPackageFile(platform, input.fileId)
  const at = now.toISOString()
  const name = input.name || input.fileId.split('/').pop() || input.item
  const file = { item: input.item, fileId: input.fileId, name, mime: checked.mime, size: checked.bytes.length, sha256: checked.sha256, addedAt: at, addedByName: agent.name, addedBy: agent._id }
  const work = await platform.store.transaction(async (tx) => {
    const next = await updateWork(tx, doc._id, now, (w) => {
      const same = w.packageFiles.filter((f) => f.item === input.item)
      if (same.some((f) => f.sha256 === file.sha256)) return w
      if (same.length >= MAX_FILES_PER_ITEM) throw new AppError('REQUEST.INVALID', `每项材料最多上传${MAX_FILES_PER_ITEM}份`)
      return { ...w, packageFiles: [...w.packageFiles, file] }
    })
    await linkFileToCase(tx, attachable, doc._id)
    await appendAudit(tx, { actorId: agent._id, actorRole: agent.role, action: 'insurer.package.attach', subjectType: 'case', subjectId: doc._id, at, detail: { item: input.item, sha256: file.sha256, mime: file.mime } })
    return next
  })
  const incident = await platform.store.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)
  const { addedBy: _by, ...shown } = file
  return { file: shown, status: packageStatus(work, incident) }
}
