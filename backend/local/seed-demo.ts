import { maskIdNumber } from '../../shared/idcard'
import type { Enterprise } from '../../shared/enterprise/schema'
import type { THospital } from '../../shared/directory/hospital'
import { COLLECTIONS } from '../domain/collections'
import { insertNewCase } from '../domain/cases/open-case'
import { hashIdNumber } from '../domain/pii'
import { DEMO_HOSPITALS, seedReferenceData } from '../domain/seed'
import type { UserDoc } from '../domain/users'
import type { Platform } from '../ports/platform'
import { DEMO_USERS, DEMO_WORKER_ID } from './demo-data'
import { demoRoster } from './demo-roster'

/** The openid a demo user signs in with locally. */
export function demoOpenid(userId: string): string {
  return `dev-${userId}`
}

function toUserDoc(platform: Platform, user: (typeof DEMO_USERS)[number], at: string): UserDoc {
  const { idNumber, id, ...rest } = user
  return { _id: id, openid: demoOpenid(id), ...rest, ...(idNumber ? { idHash: hashIdNumber(platform.config.idHashKey, idNumber) } : {}), demo: true, createdAt: at }
}

/**
 * Seed the local default on first start: reference data, demo users of every role and one
 * demo case for the demo worker. Returns false when the database was already seeded.
 */
export async function seedLocalDemo(platform: Platform, log: (line: string) => void = console.log): Promise<boolean> {
  const now = platform.clock.now()
  await seedReferenceData(platform.store, now)
  if (await platform.store.get(COLLECTIONS.users, DEMO_USERS[0].id)) return false
  const users = DEMO_USERS.map((u) => toUserDoc(platform, u, now.toISOString()))
  const officer = users[0]
  const worker = DEMO_USERS.find((u) => u.role === 'worker')!
  const enterprise = (await platform.store.get<Enterprise>(COLLECTIONS.enterprises, officer.enterpriseId!))!
  const hospital: THospital = DEMO_HOSPITALS[0]
  const officerEnterprises = await Promise.all(users.filter((u) => u.role === 'officer').map((u) => platform.store.get<Enterprise>(COLLECTIONS.enterprises, u.enterpriseId!)))
  const roster = demoRoster(platform.config, officerEnterprises.filter((e): e is Enterprise => e !== null), now.toISOString())
  await platform.store.transaction(async (tx) => {
    for (const user of users) await tx.insert(COLLECTIONS.users, user)
    for (const entry of roster) await tx.insert(COLLECTIONS.roster, entry)
    await insertNewCase(tx, platform, {
      enterprise, hospital, worker: { name: worker.name, idNumber: DEMO_WORKER_ID, phone: worker.phone },
      accidentAt: new Date(now.getTime() - 2 * 3600_000).toISOString(), place: enterprise.address,
      description: '（演示数据）操作冲床时左手被压伤，已送医。',
      injury: { bodyPart: 'hand', severity: 'moderate', measures: ['sent_to_hospital', 'equipment_stopped'], measuresNote: '' }, rosterFlag: 'insured', phonedIn: false, reporter: officer,
    }, now)
  })
  log(`seeded demo data: ${users.length} users, ${roster.length} roster rows, 1 case (worker ID ${maskIdNumber(DEMO_WORKER_ID)})`)
  return true
}
