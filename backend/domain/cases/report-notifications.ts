import { formatShanghai } from '../../../shared/time'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'
import type { IncidentDoc } from './incident-doc'

/** Subscribe messages telling each insurer agent of a new report (keyed so each goes once). */
export function newReportSubscribeMessages(agents: UserDoc[], incident: IncidentDoc, cases: CaseDoc[]): Array<[string, Record<string, unknown>]> {
  const names = cases.map((c) => c.worker.name).join('、')
  return agents.map((agent) => [
    `new-report:${incident._id}:${agent._id}`,
    {
      toOpenid: agent.openid, templateKey: 'new_report', page: `pages/case/index?id=${cases[0]._id}`,
      data: { caseNo: cases[0].caseNo, enterprise: incident.enterpriseName, worker: names, time: formatShanghai(incident.accidentAt) },
    },
  ])
}
