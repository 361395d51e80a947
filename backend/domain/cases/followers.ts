import type { DocumentStore } from '../../ports/store'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'

/** The people told about state changes of a case: the enterprise's officers and the bound worker. */
export async function caseFollowers(store: DocumentStore, doc: Pick<CaseDoc, 'enterpriseId' | 'workerIdHash'>): Promise<UserDoc[]> {
  const [officers, workers] = await Promise.all([
    store.find<UserDoc>(COLLECTIONS.users, { role: 'officer', enterpriseId: doc.enterpriseId }),
    store.find<UserDoc>(COLLECTIONS.users, { role: 'worker', idHash: doc.workerIdHash }),
  ])
  return [...officers, ...workers]
}
