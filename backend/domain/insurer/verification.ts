import { ROSTER_FLAG_LABELS, type TRosterFlag } from '../../../shared/api/case.schema'
import { STATUS_LABELS } from '../../../shared/case'
import { normalizeEnterpriseName } from '../../../shared/enterprise/normalize'
import { AppError } from '../../../shared/errors'
import type { TRosterCheck } from '../../../shared/insurer/desk'
import { shanghaiDate } from '../../../shared/time'
import type { Platform } from '../../ports/platform'
import type { CaseDoc } from '../cases/case-doc'
import { loadVisibleCase } from '../cases/load-case'
import { COLLECTIONS } from '../collections'
import { findRosterEntry, type RosterDoc } from '../roster'
import type { UserDoc } from '../users'
import { requireAssignee } from './assignment'
import { changeCase } from '../cases/change-case'
import { updateWork, type VerificationRecord } from './work-doc'

/** The roster check beside the report: the enrolment unit (this enterprise's roster, else any roster) vs the reporting enterprise. */
export async function rosterCheck(platform: Platform, doc: CaseDoc, flag: TRosterFlag = doc.rosterFlag): Promise<TRosterCheck> {
  const own = await findRosterEntry(platform.store, doc.enterpriseId, doc.workerIdHash)
  const row: RosterDoc | null = own ?? (await platform.store.find<RosterDoc>(COLLECTIONS.roster, { idHash: doc.workerIdHash }, { limit: 1 }))[0] ?? null
  const enrolmentUnit = row ? row.enrolmentUnit || null : null
  const unitMismatch = enrolmentUnit !== null && normalizeEnterpriseName(enrolmentUnit) !== normalizeEnterpriseName(doc.enterpriseName)
  const enrolledAt = row?.enrolledAt || null
  const enrolledAfterAccident = enrolledAt !== null && enrolledAt > shanghaiDate(doc.accidentAt)
  const flags = [
    ...(flag === 'insured' ? [] : [ROSTER_FLAG_LABELS[flag]]),
    ...(unitMismatch ? ['参保单位与报案企业不一致（审计线索）'] : []),
    ...(enrolledAfterAccident ? ['事故发生后参保（先伤后保）'] : []),
  ]
  return { rosterFlag: flag, rosterFlagLabel: ROSTER_FLAG_LABELS[flag], reportingEnterprise: doc.enterpriseName, enrolmentUnit, enrolledAt, unitMismatch, enrolledAfterAccident, flags }
}

/**
 * The agent confirms or corrects the roster check. Insured: fires verify_insured (the flag is
 * corrected to insured if the roster was stale). Not insured: the correction is recorded and the
 * case stays reported. Either way the verification record keeps the enrolment unit beside the
 * reporting enterprise and flags a mismatch, in the same transaction as the case change.
 */
export async function verifyInsured(platform: Platform, agent: UserDoc, input: { caseId: string; expectedVersion: number; insured: boolean; note: string }, now: Date): Promise<{ doc: CaseDoc; record: VerificationRecord }> {
  const before = await loadVisibleCase(platform, agent, input.caseId)
  requireAssignee(agent, before)
  const flagAfter = (doc: CaseDoc): TRosterFlag => (input.insured ? 'insured' : doc.rosterFlag === 'insured' ? 'not_on_roster' : doc.rosterFlag)
  const check = await rosterCheck(platform, before, flagAfter(before))
  const out: { record?: VerificationRecord } = {}
  const doc = await changeCase(platform, agent, input.caseId, input.expectedVersion, now, (current) => {
    requireAssignee(agent, current)
    if (!input.insured && current.state.claim !== 'reported') {
      throw new AppError('CASE.INVALID_TRANSITION', `当前状态为「${STATUS_LABELS[current.state.claim]}」，不能更改参保核实结果`)
    }
    const after = flagAfter(current)
    const record: VerificationRecord = {
      ...check, rosterFlag: after, rosterFlagLabel: ROSTER_FLAG_LABELS[after], insured: input.insured, note: input.note, rosterFlagBefore: current.rosterFlag,
      verifiedAt: now.toISOString(), verifiedBy: agent._id, verifiedByName: agent.name,
    }
    out.record = record
    return {
      ...(input.insured ? { event: 'verify_insured' as const } : { title: '核实参保：未在该企业参保' }),
      note: input.note,
      patch: { rosterFlag: after },
      audit: { action: 'insurer.verify', detail: { insured: input.insured, rosterFlagBefore: current.rosterFlag, rosterFlagAfter: after, enrolmentUnit: check.enrolmentUnit, unitMismatch: check.unitMismatch } },
      also: async (tx) => {
        await updateWork(tx, current._id, now, (work) => ({ ...work, verification: record }))
      },
    }
  })
  return { doc, record: out.record! }
}
