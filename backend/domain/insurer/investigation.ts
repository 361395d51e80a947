import { AppError } from '../../../shared/errors'
import type { TInvestigationEntry } from '../../../shared/insurer/investigation'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { appendTimelineNote } from '../cases/timeline-note'
import type { CaseDoc } from '../cases/case-doc'
import { loadVisibleCase } from '../cases/load-case'
import type { IncidentDoc } from '../cases/incident-doc'
import { COLLECTIONS } from '../collections'
import type { MediaDoc } from '../evidence/media'
import { assertFileAttachable, linkFileToCase, type AttachableFile } from '../uploads/attachable'
import type { UserDoc } from '../users'
import { requireAssignee } from './assignment'
import { changeCase } from '../cases/change-case'
import { investigationComplete } from './investigation-view'
import { readSignature } from './stored-files'
import { updateWork, type EvidenceRef, type InvestigationRecord } from './work-doc'

/** How each investigation step reads on the case timeline the officer and the worker follow. */
const INVESTIGATION_STEP_TITLES: Record<TInvestigationEntry['kind'], string> = {
  site_visit: '现场走访（已拍照）', interview: '完成证人调查笔录（证人已签名）', no_witness: '确认无目击证人', cctv: '调取监控录像', authenticity: '作出事故真实性结论',
}

/** Claim states in which the checklist can be filled in (the bureau may ask for more after submission). */
const RECORDING_STATES = ['investigating', 'correction_requested']

/** Fire start_investigation (the assignee or a supervisor; versioned). */
export async function startInvestigation(platform: Platform, agent: UserDoc, input: { caseId: string; expectedVersion: number; note: string }, now: Date): Promise<CaseDoc> {
  return changeCase(platform, agent, input.caseId, input.expectedVersion, now, (doc) => {
    requireAssignee(agent, doc)
    return { event: 'start_investigation', note: input.note, audit: { action: 'case.start_investigation' } }
  })
}

/** The incident's media named by id, as evidence references; any id not of this incident is refused. */
async function evidenceOf(platform: Platform, doc: CaseDoc, ids: string[]): Promise<EvidenceRef[]> {
  const refs: EvidenceRef[] = []
  for (const id of new Set(ids)) {
    const media = await platform.store.get<MediaDoc>(COLLECTIONS.media, id)
    if (!media || media.incidentId !== doc.incidentId) throw new AppError('INSURER.EVIDENCE_NOT_FOUND')
    refs.push({ id: media._id, kind: media.kind, sha256: media.sha256, addedAt: media.addedAt, hasLocation: media.location !== null })
  }
  return refs
}

type Change = (record: InvestigationRecord) => InvestigationRecord

/** A checklist change, its audit detail, and any uploaded file it attaches to the case. */
interface PlannedEntry {
  change: Change
  detail: Record<string, unknown>
  file?: AttachableFile
}

/** Turn one checklist entry into a change of the stored checklist, reading and checking its evidence first. */
async function planEntry(platform: Platform, agent: UserDoc, doc: CaseDoc, witnesses: IncidentDoc['witnesses'], entry: TInvestigationEntry, at: string): Promise<PlannedEntry> {
  const by = agent._id
  switch (entry.kind) {
    case 'site_visit': {
      const media = await evidenceOf(platform, doc, entry.mediaIds)
      if (!media.some((m) => m.kind === 'photo')) throw new AppError('INSURER.EVIDENCE_NOT_FOUND', '请至少选择一张现场照片')
      return { change: (r) => ({ ...r, siteVisit: { media, note: entry.note, at, by } }), detail: { media: media.map((m) => m.sha256) } }
    }
    case 'interview': {
      const witness = witnesses[entry.witnessIndex]
      if (!witness) throw new AppError('INSURER.WITNESS_NOT_FOUND')
      const file = await assertFileAttachable(platform, agent, entry.signatureFileId, doc._id)
      const signature = { fileId: entry.signatureFileId, ...(await readSignature(platform, entry.signatureFileId)) }
      const interview = { witnessIndex: entry.witnessIndex, witnessName: witness.name, record: entry.record, signature, interviewedAt: at, interviewedBy: by, interviewedByName: agent.name }
      return {
        change: (r) => ({ ...r, interviews: [...r.interviews.filter((i) => i.witnessIndex !== entry.witnessIndex), interview].sort((a, b) => a.witnessIndex - b.witnessIndex) }),
        detail: { witnessIndex: entry.witnessIndex, signatureSha256: signature.sha256 },
        file,
      }
    }
    case 'no_witness':
      if (witnesses.length > 0) throw new AppError('REQUEST.INVALID', '本案已有证人，请逐一制作调查笔录')
      return { change: (r) => ({ ...r, noWitnessReason: entry.reason }), detail: {} }
    case 'cctv': {
      const media = entry.status === 'retrieved' ? await evidenceOf(platform, doc, entry.mediaIds) : []
      const detail = entry.status === 'unavailable' ? entry.reason : entry.note
      return { change: (r) => ({ ...r, cctv: { status: entry.status, detail, media, at, by } }), detail: { status: entry.status, media: media.map((m) => m.sha256) } }
    }
    case 'authenticity':
      return { change: (r) => ({ ...r, authenticity: { conclusion: entry.conclusion, reasoning: entry.reasoning, at, by } }), detail: { conclusion: entry.conclusion } }
    default: {
      const _never: never = entry
      return _never
    }
  }
}

/**
 * Record one checklist entry with its evidence. Evidence is checked before anything is written
 * (media must belong to the incident, a signature must be a PNG, hashed); the checklist and its
 * audit entry are then written together, and the first time every item is done the
 * investigation's completion time is set (which stops the 24-hour clock's alerts).
 */
export async function recordInvestigation(platform: Platform, agent: UserDoc, caseId: string, entry: TInvestigationEntry, now: Date): Promise<{ doc: CaseDoc; incident: IncidentDoc | null; record: InvestigationRecord }> {
  const doc = await loadVisibleCase(platform, agent, caseId)
  requireAssignee(agent, doc)
  if (!RECORDING_STATES.includes(doc.state.claim)) throw new AppError('INSURER.NOT_INVESTIGATING')
  /* Cases opened outside a report (e.g. seeded demo data) may have no incident record: no witnesses then. */
  const incident = await platform.store.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)
  const at = now.toISOString()
  const { change, detail, file } = await planEntry(platform, agent, doc, incident?.witnesses ?? [], entry, at)
  const work = await platform.store.transaction(async (tx) => {
    const fresh = await tx.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)
    const next = await updateWork(tx, caseId, now, (w) => {
      const investigation = change(w.investigation)
      const complete = investigationComplete(investigation, fresh?.witnesses.length ?? 0)
      return { ...w, investigation: { ...investigation, completedAt: complete ? investigation.completedAt ?? at : null } }
    })
    if (file) await linkFileToCase(tx, file, caseId)
    await appendAudit(tx, { actorId: agent._id, actorRole: agent.role, action: `insurer.investigation.${entry.kind}`, subjectType: 'case', subjectId: caseId, at, detail })
    await appendTimelineNote(tx, caseId, agent, INVESTIGATION_STEP_TITLES[entry.kind], '', at)
    return next
  })
  return { doc, incident, record: work.investigation }
}
