import { normalizeEnterpriseName } from '../../shared/enterprise/normalize'
import type { Enterprise } from '../../shared/enterprise/schema'
import { WHITELIST_SEED } from '../../shared/enterprise/whitelist'
import type { THospital } from '../../shared/directory/hospital'
import type { DocumentStore } from '../ports/store'
import { COLLECTIONS } from './collections'

/** The id of the n-th whitelisted enterprise (Appendix 2's sequence number). */
export function enterpriseId(seq: number): string {
  return `ent-${String(seq).padStart(2, '0')}`
}

/**
 * The seeds name no designated hospitals and no insurer; these entries say they are demo
 * data so nobody mistakes them for the bureau's real list.
 */
export const DEMO_HOSPITALS: readonly THospital[] = [
  { _id: 'hosp-demo-1', name: '（演示）武进区定点医院甲', address: '（演示数据）常州市武进区湖塘镇', phone: '0519-00000001', demo: true },
  { _id: 'hosp-demo-2', name: '（演示）武进区定点医院乙', address: '（演示数据）常州市武进区南夏墅街道', phone: '0519-00000002', demo: true },
  { _id: 'hosp-demo-3', name: '（演示）武进区定点医院丙', address: '（演示数据）常州市武进区礼嘉镇', phone: '0519-00000003', demo: true },
]

/** The demo insurer running the green channel (its hotline 0519-86529695 is the real one from seed 1). */
export const DEMO_INSURER = { _id: 'insurer-demo', name: '（演示）社商合作商保公司', hotline: '0519-86529695', demo: true }

/** Write the whitelist, demo hospitals and demo insurer where absent; running it again changes nothing. */
export async function seedReferenceData(store: DocumentStore, now: Date): Promise<number> {
  let written = 0
  const enterprises: Enterprise[] = WHITELIST_SEED.map((e) => ({
    _id: enterpriseId(e.seq), seq: e.seq, town: e.town, name: e.name, nameKey: normalizeEnterpriseName(e.name), address: e.address, status: 'active', updatedAt: now.toISOString(),
  }))
  const docs: Array<[string, { _id: string } & Record<string, unknown>]> = [
    ...enterprises.map((e) => [COLLECTIONS.enterprises, e] as [string, Enterprise]),
    ...DEMO_HOSPITALS.map((h) => [COLLECTIONS.hospitals, h] as [string, THospital]),
    [COLLECTIONS.insurers, DEMO_INSURER],
  ]
  await store.transaction(async (tx) => {
    for (const [collection, doc] of docs) {
      if (await tx.get(collection, doc._id)) continue
      await tx.insert(collection, doc)
      written++
    }
  })
  return written
}
