import { listDevUsers } from '../../../services/devAuth'
import type { InsurerInbox } from '../../../services/insurer'
import { isWeapp } from '../../../services/platform'
import type { AgentChoice } from '../components/AssignPanel'

/*
 * No backend action lists the insurer's agents yet; the supervisor can always type an agent id,
 * and these quick picks cover the agents the desk already knows of.
 */
/** Agents to offer as quick picks: assignees seen in the inbox, plus (local H5 only) the demo insurer users. */
export async function knownAgents(inbox: Pick<InsurerInbox, 'newCases' | 'myCases'> | null): Promise<AgentChoice[]> {
  const seen = new Map<string, string>()
  for (const item of [...(inbox?.newCases ?? []), ...(inbox?.myCases ?? [])]) if (item.assignee) seen.set(item.assignee.id, item.assignee.name)
  if (!isWeapp()) {
    const users = await listDevUsers().catch(() => [])
    for (const u of users) if (u.role === 'insurer') seen.set(u.id, u.name)
  }
  return [...seen].map(([id, name]) => ({ id, name }))
}
