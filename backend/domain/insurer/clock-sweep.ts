import { employerFilingDeadline, siteInvestigationDeadline } from '../../../shared/clocks'
import type { InsurerAlertKind } from '../../../shared/insurer/alerts'
import type { Platform } from '../../ports/platform'
import { StoreConflict } from '../../ports/store'
import { appendAudit } from '../audit'
import type { CaseDoc } from '../cases/case-doc'
import { COLLECTIONS } from '../collections'
import { enqueueOutbox } from '../outbox'
import type { UserDoc } from '../users'
import { alertMessage, escalationMarkdown } from './alert-messages'
import type { InsurerWorkDoc } from './work-doc'

/** Cases reported within this many days are swept (the employer's 30-day clock ends by then); covers long downtime. */
const SWEEP_WINDOW_DAYS = 32
const SWEEP_LIMIT = 2000
/** Claim states before the application: both clocks still run. */
const BEFORE_APPLICATION = ['reported', 'insured_verified', 'investigating']

/** The id of the marker that records an alert was raised for a case (one per case and kind). */
export const alertId = (caseId: string, kind: InsurerAlertKind) => `${caseId}:${kind}`

/** The alerts whose time has come for a case at `now` (the site clock stops once the checklist is complete). */
export function dueAlerts(doc: CaseDoc, work: Pick<InsurerWorkDoc, 'investigation'> | null, now: Date): InsurerAlertKind[] {
  if (!BEFORE_APPLICATION.includes(doc.state.claim)) return []
  const at = now.getTime()
  const site = siteInvestigationDeadline(doc.reportedAt)
  const filing = employerFilingDeadline(doc.accidentAt)
  const kinds: InsurerAlertKind[] = []
  if (!work?.investigation.completedAt) {
    if (at >= new Date(site.warnAt!).getTime()) kinds.push('site_remind')
    if (at >= new Date(site.due).getTime()) kinds.push('site_escalate')
  }
  if (at >= new Date(filing.warnAt!).getTime()) kinds.push('filing_warn')
  return kinds
}

/** Who gets an alert: the assignee (all agents while unassigned), supervisors for escalations, plus the officers for filing. */
function recipients(kind: InsurerAlertKind, doc: CaseDoc, insurers: UserDoc[], officers: UserDoc[]): UserDoc[] {
  const assignee = insurers.find((u) => u._id === doc.assigneeId)
  const agents = assignee ? [assignee] : insurers.filter((u) => !u.supervisor)
  if (kind === 'site_escalate') return insurers.filter((u) => u.supervisor)
  return kind === 'filing_warn' ? [...officers, ...agents] : agents
}

/**
 * Raise one alert exactly once: the marker, the messages (deterministic outbox keys) and the audit
 * entry are written in one transaction that first checks the marker. A concurrent run that lost
 * the race sees the marker, or collides on inserting it (StoreConflict), and raises nothing.
 */
async function raiseAlert(platform: Platform, doc: CaseDoc, kind: InsurerAlertKind, to: UserDoc[], now: Date): Promise<boolean> {
  const id = alertId(doc._id, kind)
  try {
    return await platform.store.transaction(async (tx) => {
      if (await tx.get(COLLECTIONS.insurerAlerts, id)) return false
      const at = now.toISOString()
      await tx.insert(COLLECTIONS.insurerAlerts, { _id: id, caseId: doc._id, kind, at, recipients: to.map((u) => u._id) })
      for (const user of to) await enqueueOutbox(tx, `${kind}:${doc._id}:${user._id}`, 'subscribe', alertMessage(kind, doc, user, now), now)
      if (kind === 'site_escalate') await enqueueOutbox(tx, `site-escalate:${doc._id}`, 'wecom', { key: `${doc.caseNo}-超时`, markdown: escalationMarkdown(doc) }, now)
      await appendAudit(tx, { actorId: 'system', actorRole: 'system', action: `insurer.alert.${kind}`, subjectType: 'case', subjectId: doc._id, at, detail: { recipients: to.map((u) => u._id) } })
      return true
    })
  } catch (error) {
    if (error instanceof StoreConflict) return false
    throw error
  }
}

/**
 * The insurer's timer: for every case still before its application, raise the alerts whose time
 * has come and that were not raised yet: the 20 h reminder, the 24 h escalation (supervisors and
 * the service group) and the day-20 employer filing warning. Catch-up after downtime raises each
 * missing alert once; a second run at the same instant raises nothing.
 */
export async function runInsurerClocks(platform: Platform, now: Date): Promise<{ reminded: number; escalated: number; filingWarned: number }> {
  const counts = { reminded: 0, escalated: 0, filingWarned: 0 }
  const since = new Date(now.getTime() - SWEEP_WINDOW_DAYS * 24 * 3600_000).toISOString()
  const docs = await platform.store.find<CaseDoc>(COLLECTIONS.cases, { reportedAt: { $gte: since } }, { orderBy: [['reportedAt', 'desc']], limit: SWEEP_LIMIT })
  let insurers: UserDoc[] | null = null
  for (const doc of docs.filter((d) => BEFORE_APPLICATION.includes(d.state.claim))) {
    const work = await platform.store.get<InsurerWorkDoc>(COLLECTIONS.insurerWork, doc._id)
    const pending: InsurerAlertKind[] = []
    for (const kind of dueAlerts(doc, work, now)) if (!(await platform.store.get(COLLECTIONS.insurerAlerts, alertId(doc._id, kind)))) pending.push(kind)
    if (pending.length === 0) continue
    insurers ??= await platform.store.find<UserDoc>(COLLECTIONS.users, { role: 'insurer' })
    const officers = pending.includes('filing_warn') ? await platform.store.find<UserDoc>(COLLECTIONS.users, { role: 'officer', enterpriseId: doc.enterpriseId }) : []
    for (const kind of pending) {
      if (!(await raiseAlert(platform, doc, kind, recipients(kind, doc, insurers, officers), now))) continue
      if (kind === 'site_remind') counts.reminded++
      else if (kind === 'site_escalate') counts.escalated++
      else counts.filingWarned++
    }
  }
  return counts
}
