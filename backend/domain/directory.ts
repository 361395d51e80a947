import type { Enterprise as TEnterprise, EnterpriseStatus as TEnterpriseStatus } from '../../shared/enterprise/schema'
import { normalizeEnterpriseName } from '../../shared/enterprise/normalize'
import type { THospital } from '../../shared/directory/hospital'
import { AppError } from '../../shared/errors'
import type { DocumentStore, Filter } from '../ports/store'
import { appendAudit } from './audit'
import { COLLECTIONS } from './collections'
import type { UserDoc } from './users'

/** Whitelisted enterprises in list order, optionally filtered. */
export async function listEnterprises(store: DocumentStore, filter: { status?: TEnterpriseStatus; town?: string }): Promise<TEnterprise[]> {
  const where: Filter = {}
  if (filter.status) where.status = filter.status
  if (filter.town) where.town = filter.town
  return store.find<TEnterprise>(COLLECTIONS.enterprises, where, { orderBy: [['seq', 'asc']] })
}

/** The enterprise whose name matches, ignoring bracket width and whitespace. */
export async function matchEnterprise(store: DocumentStore, name: string): Promise<TEnterprise | null> {
  const [found] = await store.find<TEnterprise>(COLLECTIONS.enterprises, { nameKey: normalizeEnterpriseName(name) }, { limit: 1 })
  return found ?? null
}

/** The enterprise by id, or ENTERPRISE.NOT_FOUND. */
export async function getEnterprise(store: DocumentStore, id: string): Promise<TEnterprise> {
  const found = await store.get<TEnterprise>(COLLECTIONS.enterprises, id)
  if (!found) throw new AppError('ENTERPRISE.NOT_FOUND')
  return found
}

/** The enterprise by id, refusing one that is suspended or removed from the whitelist. */
export async function getActiveEnterprise(store: DocumentStore, id: string): Promise<TEnterprise> {
  const found = await getEnterprise(store, id)
  if (found.status !== 'active') throw new AppError('ENTERPRISE.NOT_ACTIVE')
  return found
}

/** Bureau: change an enterprise's whitelist status, audited in the same transaction. */
export async function setEnterpriseStatus(store: DocumentStore, actor: UserDoc, id: string, status: TEnterpriseStatus, reason: string, now: Date): Promise<TEnterprise> {
  return store.transaction(async (tx) => {
    const current = await tx.get<TEnterprise>(COLLECTIONS.enterprises, id)
    if (!current) throw new AppError('ENTERPRISE.NOT_FOUND')
    const updatedAt = now.toISOString()
    await tx.update(COLLECTIONS.enterprises, id, { status, updatedAt })
    await appendAudit(tx, {
      actorId: actor._id, actorRole: actor.role, action: 'enterprise.setStatus', subjectType: 'enterprise', subjectId: id, at: updatedAt,
      detail: { from: current.status, to: status, reason },
    })
    return { ...current, status, updatedAt }
  })
}

/** Designated hospitals by name. */
export async function listHospitals(store: DocumentStore): Promise<THospital[]> {
  return store.find<THospital>(COLLECTIONS.hospitals, {}, { orderBy: [['name', 'asc']] })
}
