import type { insurerApi } from '../../shared/api/insurer.api'
import { requireUser } from '../domain/access'
import { loadVisibleCase } from '../domain/cases/load-case'
import { recordCaseView } from '../domain/cases/queries'
import { toCaseView } from '../domain/cases/view'
import { assignCase, assigneeOf, claimCase } from '../domain/insurer/assignment'
import { runInsurerClocks } from '../domain/insurer/clock-sweep'
import { hotlineReport } from '../domain/insurer/hotline'
import { toReportResult } from '../domain/cases/report-case'
import { buildInbox } from '../domain/insurer/inbox'
import { recordInvestigation, startInvestigation } from '../domain/insurer/investigation'
import { investigationView } from '../domain/insurer/investigation-view'
import { attachPackageItem, loadPackageInputs, packageStatusWithUrl } from '../domain/insurer/package'
import { submitApplication } from '../domain/insurer/submit'
import { exportSummaryPdf, saveSummary } from '../domain/insurer/summary'
import { verifyInsured } from '../domain/insurer/verification'
import { verificationView, workspaceOf } from '../domain/insurer/workspace'
import type { CaseDoc } from '../domain/cases/case-doc'
import type { UserDoc } from '../domain/users'
import type { Handlers } from './context'

const withAssignee = (doc: CaseDoc, user: UserDoc, now: Date) => ({ case: toCaseView(doc, user, now), assignee: assigneeOf(doc) })

/** Handlers of the `insurer` function: each parses nothing itself and delegates to backend/domain/insurer. */
export const insurerHandlers: Handlers<typeof insurerApi> = {
  async inbox(_input, { platform, caller, now }) {
    return buildInbox(platform.store, requireUser(caller), now)
  },
  async claim(input, { platform, caller, now }) {
    const user = requireUser(caller)
    return withAssignee(await claimCase(platform, user, input.caseId, input.expectedVersion, now), user, now)
  },
  async assign(input, { platform, caller, now }) {
    const user = requireUser(caller)
    return withAssignee(await assignCase(platform, user, input, now), user, now)
  },
  async hotlineReport(input, { platform, caller, now }) {
    return toReportResult(await hotlineReport(platform, requireUser(caller), input, now))
  },
  async workspace(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const doc = await loadVisibleCase(platform, user, input.caseId)
    const view = await workspaceOf(platform, doc, now)
    await recordCaseView(platform.store, user, doc._id, now)
    return { ...withAssignee(doc, user, now), ...view }
  },
  async verify(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const { doc, record } = await verifyInsured(platform, user, input, now)
    return { case: toCaseView(doc, user, now), verification: verificationView(record) }
  },
  async saveSummary(input, { platform, caller, now }) {
    return { summary: await saveSummary(platform, requireUser(caller), input.caseId, input.summary, now) }
  },
  async summaryPdf(input, { platform, caller, now }) {
    return exportSummaryPdf(platform, requireUser(caller), input.caseId, now)
  },
  async startInvestigation(input, { platform, caller, now }) {
    const user = requireUser(caller)
    return { case: toCaseView(await startInvestigation(platform, user, input, now), user, now) }
  },
  async recordInvestigation(input, { platform, caller, now }) {
    const { doc, incident, record } = await recordInvestigation(platform, requireUser(caller), input.caseId, input.entry, now)
    return { investigation: investigationView(doc, incident, record, now) }
  },
  async packageStatus(input, { platform, caller, now }) {
    const doc = await loadVisibleCase(platform, requireUser(caller), input.caseId)
    const { work, incident } = await loadPackageInputs(platform, doc._id, doc.incidentId, now)
    return packageStatusWithUrl(platform, work, incident)
  },
  async attachPackageItem(input, { platform, caller, now }) {
    const { file, status } = await attachPackageItem(platform, requireUser(caller), input, now)
    return { file, package: status }
  },
  async submitApplication(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const { doc, pdf } = await submitApplication(platform, user, input, now)
    return { case: toCaseView(doc, user, now), package: pdf }
  },
  async runClocks(_input, { platform, now }) {
    return runInsurerClocks(platform, now)
  },
}
