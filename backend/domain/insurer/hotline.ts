import { formatShanghai } from '../../../shared/time'
import type { Platform } from '../../ports/platform'
import { recordReport, type ReportInput, type ReportOutcome } from '../cases/report-case'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'

/** A report taken on the hotline: the report itself, the enterprise it is for and who phoned. */
export type HotlineInput = ReportInput & { enterpriseId: string; callerName: string; callerPhone: string }

/**
 * An agent enters a report phoned in to the hotline (0519-86529695). It goes through the same
 * checks and writes as the officer's one-tap report (whitelist, roster, hospitals, idempotency),
 * creates the same case marked as phoned in, and tells the enterprise's officers in the same
 * transaction so they can check it and add photos and witnesses.
 */
export async function hotlineReport(platform: Platform, agent: UserDoc, input: HotlineInput, now: Date): Promise<ReportOutcome> {
  const { enterpriseId, callerName, callerPhone, ...report } = input
  const officers = await platform.store.find<UserDoc>(COLLECTIONS.users, { role: 'officer', enterpriseId })
  return recordReport(platform, {
    reporter: agent,
    enterpriseId,
    phonedIn: true,
    incidentExtra: { phonedIn: { callerName, callerPhone, takenBy: agent._id, takenByName: agent.name } },
    extraMessages: (incident, cases) => officers.map((officer) => [
      `hotline-report:${incident._id}:${officer._id}`,
      {
        toOpenid: officer.openid, templateKey: 'case_update', page: `pages/case/index?id=${cases[0]._id}`,
        data: { caseNo: cases[0].caseNo, status: '已报案（电话报案）', time: formatShanghai(incident.reportedAt), note: `商保公司已登记${callerName}的电话报案，请核对并补充照片和证人` },
      },
    ]),
  }, report, now)
}
