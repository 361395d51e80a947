import type { TVerificationView } from '../../../shared/insurer/desk'
import type { Platform } from '../../ports/platform'
import type { CaseDoc } from '../cases/case-doc'
import type { IncidentDoc } from '../cases/incident-doc'
import { COLLECTIONS } from '../collections'
import { investigationView } from './investigation-view'
import { packageStatusWithUrl } from './package'
import { summaryView } from './summary'
import { rosterCheck } from './verification'
import { loadWork, type VerificationRecord } from './work-doc'

/** A stored verification as the desk shows it. */
export function verificationView(record: VerificationRecord): TVerificationView {
  const { rosterFlagBefore: _before, verifiedBy: _by, ...shown } = record
  return shown
}

/** The desk's view of one case's working file: roster check, verification, summary, checklist, package. */
export async function workspaceOf(platform: Platform, doc: CaseDoc, now: Date) {
  const [work, incident] = await Promise.all([loadWork(platform.store, doc._id, now), platform.store.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)])
  return {
    rosterCheck: await rosterCheck(platform, doc),
    verification: work.verification && verificationView(work.verification),
    summary: summaryView(doc, work),
    investigation: investigationView(doc, incident, work.investigation, now),
    package: await packageStatusWithUrl(platform, work, incident),
  }
}
