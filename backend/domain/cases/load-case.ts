import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import type { CaseDoc } from './case-doc'
import { canSeeCase } from './visibility'

/** Load a case the user may see; a case they may not see is reported as not found. */
export async function loadVisibleCase(platform: Platform, user: UserDoc, caseId: string): Promise<CaseDoc> {
  const doc = await platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId)
  if (!doc || !canSeeCase(user, doc)) throw new AppError('CASE.NOT_FOUND')
  return doc
}
