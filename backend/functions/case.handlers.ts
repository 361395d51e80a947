import type { caseApi } from '../../shared/api/case.api'
import { requireUser } from '../domain/access'
import { fireCaseEvent, loadVisibleCase } from '../domain/cases/fire-event'
import { caseTimeline, listVisibleCases, recordCaseView } from '../domain/cases/queries'
import { toCaseView, toTimelineEntry } from '../domain/cases/view'
import type { Handlers } from './context'

/** Handlers of the `case` function. */
export const caseHandlers: Handlers<typeof caseApi> = {
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
    const doc = await fireCaseEvent(platform, user, input, now)
    return { case: toCaseView(doc, user, now) }
  },
}
