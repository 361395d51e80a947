import { ROSTER_FLAG_LABELS } from '../../../shared/api/case.schema'
import { STATUS_LABELS, TERMINAL_CLAIM_STATUSES } from '../../../shared/case'
import { deadlineStatus, LEGAL_CLOCKS, type Deadline } from '../../../shared/clocks'
import type { TInboxItem } from '../../../shared/insurer/desk'
import type { DocumentStore } from '../../ports/store'
import type { CaseDoc } from '../cases/case-doc'
import { runningDeadlines } from '../cases/view'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import { assigneeOf } from './assignment'
import type { InsurerWorkDoc } from './work-doc'

/** How many recent unassigned cases the inbox looks at, and how many of the caller's cases. */
const NEW_WINDOW = 200
const MINE_WINDOW = 500

/** The clocks still running on a case for the insurer: the site clock stops once the checklist is complete. */
export function insurerDeadlines(doc: CaseDoc, work: Pick<InsurerWorkDoc, 'investigation'> | null): Deadline[] {
  const done = Boolean(work?.investigation.completedAt)
  return runningDeadlines(doc).filter((d) => !(done && d.clock === 'site_investigation'))
}

/** The nearest running deadline of a case as the client shows it, or null. */
export function nextDeadline(doc: CaseDoc, work: Pick<InsurerWorkDoc, 'investigation'> | null, now: Date): TInboxItem['nextDeadline'] {
  const [nearest] = insurerDeadlines(doc, work).sort((a, b) => a.due.localeCompare(b.due))
  if (!nearest) return null
  const status = deadlineStatus(nearest.due, now, nearest.warnAt)
  return { clock: nearest.clock, label: LEGAL_CLOCKS[nearest.clock].label, due: nearest.due, remainingLabel: status.label, overdue: status.overdue, warning: status.warning }
}

function toItem(doc: CaseDoc, work: InsurerWorkDoc | null, now: Date): TInboxItem {
  return {
    caseId: doc._id, caseNo: doc.caseNo, enterpriseName: doc.enterpriseName, town: doc.town, workerName: doc.worker.name, workerIdMasked: doc.worker.idMasked,
    rosterFlag: doc.rosterFlag, rosterFlagLabel: ROSTER_FLAG_LABELS[doc.rosterFlag], phonedIn: doc.phonedIn, reportedAt: doc.reportedAt,
    state: doc.state, statusLabel: STATUS_LABELS[doc.state.claim], assignee: assigneeOf(doc), nextDeadline: nextDeadline(doc, work, now),
  }
}

const isOpen = (doc: CaseDoc) => !(TERMINAL_CLAIM_STATUSES as readonly string[]).includes(doc.state.claim)
const dueKey = (item: TInboxItem) => item.nextDeadline?.due ?? '9999'

/** The inbox: new reports (unassigned, still reported) oldest first, then the caller's open cases by nearest deadline. */
export async function buildInbox(store: DocumentStore, user: UserDoc, now: Date): Promise<{ newCases: TInboxItem[]; myCases: TInboxItem[] }> {
  /* Newest first so old unassigned (e.g. withdrawn) cases never crowd new ones out of the window. */
  const unassigned = await store.find<CaseDoc>(COLLECTIONS.cases, { assigneeId: null }, { orderBy: [['reportedAt', 'desc']], limit: NEW_WINDOW })
  const newCases = unassigned.filter((doc) => doc.state.claim === 'reported').reverse().map((doc) => toItem(doc, null, now))
  const mine = (await store.find<CaseDoc>(COLLECTIONS.cases, { assigneeId: user._id }, { orderBy: [['reportedAt', 'desc']], limit: MINE_WINDOW })).filter(isOpen)
  const works = await Promise.all(mine.map((doc) => store.get<InsurerWorkDoc>(COLLECTIONS.insurerWork, doc._id)))
  const myCases = mine.map((doc, i) => toItem(doc, works[i], now)).sort((a, b) => dueKey(a).localeCompare(dueKey(b)) || a.reportedAt.localeCompare(b.reportedAt))
  return { newCases, myCases }
}
