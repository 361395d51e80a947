import type { TWitness } from '../../../shared/api/report.schema'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import type { CaseDoc } from '../cases/case-doc'
import type { IncidentDoc } from '../cases/incident-doc'
import type { UserDoc } from '../users'

/** Most witnesses one incident keeps. */
const MAX_WITNESSES = 20

/** Add a witness to the case's incident, audited in the same transaction. */
export async function addWitness(platform: Platform, actor: UserDoc, doc: CaseDoc, witness: Required<TWitness>, now: Date): Promise<Array<Required<TWitness>>> {
  return platform.store.transaction(async (tx) => {
    const incident = await tx.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)
    if (!incident) throw new AppError('CASE.NOT_FOUND')
    if (incident.witnesses.length >= MAX_WITNESSES) throw new AppError('REQUEST.INVALID', `证人最多${MAX_WITNESSES}名`)
    const witnesses = [...incident.witnesses, witness]
    await tx.update(COLLECTIONS.incidents, incident._id, { witnesses })
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'witness.add', subjectType: 'case', subjectId: doc._id, at: now.toISOString() })
    return witnesses
  })
}

/** The witnesses of the case's incident; reading them is logged (names and phones are personal data). */
export async function listWitnesses(platform: Platform, actor: UserDoc, doc: CaseDoc, now: Date): Promise<Array<Required<TWitness>>> {
  const incident = await platform.store.get<IncidentDoc>(COLLECTIONS.incidents, doc.incidentId)
  await platform.store.transaction((tx) => appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'witness.view', subjectType: 'case', subjectId: doc._id, at: now.toISOString() }))
  return incident?.witnesses ?? []
}
