import type { StoredDoc } from '../ports/store'
import type { DocumentStore } from '../ports/store'
import { COLLECTIONS } from './collections'
import type { UserDoc } from './users'

/** The district bureau that runs the programme. */
export const BUREAU_NAME = '常州市武进区人力资源和社会保障局'

async function nameOf(store: DocumentStore, collection: string, id: string | undefined): Promise<string> {
  if (!id) return '未绑定单位'
  const doc = await store.get<StoredDoc & { name?: string }>(collection, id)
  return doc?.name ?? '未知单位'
}

/** The organisation a user acts for, as shown under their name. */
export async function organisationName(store: DocumentStore, user: UserDoc): Promise<string> {
  switch (user.role) {
    case 'officer':
    case 'worker':
      return nameOf(store, COLLECTIONS.enterprises, user.enterpriseId)
    case 'hospital':
      return nameOf(store, COLLECTIONS.hospitals, user.hospitalId)
    case 'insurer':
      return nameOf(store, COLLECTIONS.insurers, user.insurerId)
    case 'bureau':
      return BUREAU_NAME
    default: {
      const unreachable: never = user.role
      return unreachable
    }
  }
}
