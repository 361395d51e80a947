import { maskIdNumber } from '../../shared/idcard'
import type { Enterprise } from '../../shared/enterprise/schema'
import { encryptIdNumber, hashIdNumber } from '../domain/pii'
import type { RosterDoc } from '../domain/roster'
import type { PlatformConfig } from '../ports/platform'
import { DEMO_WORKER_ID, demoIdNumber } from './demo-data'

/** Fictional employees (demo data) put on each demo enterprise's roster. */
const DEMO_NAMES = ['刘建国', '杨秀英', '黄志强', '吴丽娟', '徐海峰', '马晓东']

/** The demo worker's roster row sits at the first demo enterprise. */
export const DEMO_WORKER_ROSTER_NAME = '陈师傅（演示）'

function row(config: PlatformConfig, enterprise: Enterprise, index: number, name: string, idNumber: string, phone: string, now: string): RosterDoc {
  return {
    _id: `roster-${enterprise._id}-${index}`, enterpriseId: enterprise._id, name,
    idHash: hashIdNumber(config.idHashKey, idNumber), idCipher: encryptIdNumber(config.idEncryptionKey, idNumber), idMasked: maskIdNumber(idNumber),
    phone, enrolledAt: '2024-01-01', enrolmentUnit: enterprise.name, updatedAt: now,
  }
}

/** Demo roster rows for the given enterprises; IDs are fictional with valid check digits. */
export function demoRoster(config: PlatformConfig, enterprises: Enterprise[], now: string): RosterDoc[] {
  return enterprises.flatMap((enterprise, e) => {
    const rows = DEMO_NAMES.map((name, i) =>
      row(config, enterprise, i + 1, `${name}（演示）`, demoIdNumber(`3204831985${String(e + 1).padStart(2, '0')}${String(i + 10).padStart(2, '0')}10${i}`), `1380000${String(e * 100 + i).padStart(4, '0')}`, now))
    return e === 0 ? [row(config, enterprise, 0, DEMO_WORKER_ROSTER_NAME, DEMO_WORKER_ID, '13900000001', now), ...rows] : rows
  })
}
