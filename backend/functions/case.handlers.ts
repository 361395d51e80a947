import type { caseApi } from '../../shared/api/case.api'
import { requireUser } from '../domain/access'
import { fireCaseEvent } from '../domain/cases/fire-event'
import { loadVisibleCase } from '../domain/cases/load-case'
import { caseTimeline, listVisibleCases, recordCaseView } from '../domain/cases/queries'
import { reportInjury, toReportResult } from '../domain/cases/report-case'
import { toCaseView, toTimelineEntry } from '../domain/cases/view'
import type { Handlers } from './context'
import { AppError } from '../../shared/errors'
import type { CaseEvent } from '../../shared/case'

/** Events fired through the insurer function's workflow actions, never through case.transition. */
const WORKFLOW_EVENTS: ReadonlySet<CaseEvent> = new Set(['verify_insured', 'start_investigation', 'submit_application'])

/** Handlers of the `case` function. */
export const caseHandlers: Handlers<typeof caseApi> = {
  async report(input, { platform, caller, now }) {
    return toReportResult(await reportInjury(platform, requireUser(caller), input, now))
  },
  async list(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const docs = await listVisibleCases(platform.store, user, input)
    return { cases: docs.map((doc) => toCaseView(doc, user, now)) }
  },
  async get(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const doc = await loadVisibleCase(platform, user, input.caseId)
    const timeline = await caseTimeline(platform.store, doc._id)
    await recordCaseView(platform.store, user, doc._id, now)
    return { case: toCaseView(doc, user, now), timeline: timeline.map(toTimelineEntry) }
  },
  async transition(input, { platform, caller, now }) {
    const user = requireUser(caller)
    // These events carry their own checks (assignee, verification record, package): only the insurer desk fires them.
    if (WORKFLOW_EVENTS.has(input.event)) throw new AppError('CASE.USE_WORKFLOW')
    const doc = await fireCaseEvent(platform, user, input, now)
    return { case: toCaseView(doc, user, now) }
  },
}
