import { randomUUID } from 'node:crypto'
import { AppError } from '../../shared/errors'
import type { PhoneProof } from '../ports/phone'
import type { Platform } from '../ports/platform'
import { appendAudit } from './audit'
import { COLLECTIONS } from './collections'
import type { CaseDoc } from './cases/case-doc'
import { hashIdNumber } from './pii'
import type { RosterDoc } from './roster'
import { findUserByOpenid, type UserDoc } from './users'

/** What a worker types to bind: name and ID number, plus proof of their phone. */
export interface BindWorkerInput {
  name: string
  idNumber: string
  proof: PhoneProof
}

const sameName = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '')

/**
 * The enterprise whose roster or cases know this person by the same name and phone. A case
 * counts too: a worker not on the roster must still be able to follow their own case.
 */
async function matchingEnterprise(platform: Platform, idHash: string, name: string, phone: string): Promise<string | null> {
  const rows = await platform.store.find<RosterDoc>(COLLECTIONS.roster, { idHash })
  const row = rows.find((r) => sameName(r.name, name) && r.phone === phone)
  if (row) return row.enterpriseId
  const cases = await platform.store.find<CaseDoc>(COLLECTIONS.cases, { workerIdHash: idHash }, { orderBy: [['reportedAt', 'desc']] })
  return cases.find((c) => sameName(c.worker.name, name) && c.worker.phone === phone)?.enterpriseId ?? null
}

/** Bind the caller's WeChat account to an injured worker, once the phone is confirmed and the identity matches. */
export async function bindWorker(platform: Platform, openid: string, input: BindWorkerInput, now: Date): Promise<UserDoc> {
  if (await findUserByOpenid(platform.store, openid)) throw new AppError('BIND.ALREADY_BOUND')
  const phone = await platform.phone.confirm(openid, input.proof, now)
  if (!phone) throw new AppError('BIND.CODE_INVALID')
  const idHash = hashIdNumber(platform.config.idHashKey, input.idNumber)
  const enterpriseId = await matchingEnterprise(platform, idHash, input.name, phone)
  if (!enterpriseId) throw new AppError('BIND.NO_MATCH')
  const user: UserDoc = { _id: `u-${randomUUID()}`, openid, role: 'worker', name: input.name, phone, enterpriseId, idHash, demo: false, createdAt: now.toISOString() }
  await platform.store.transaction(async (tx) => {
    await tx.insert(COLLECTIONS.users, user)
    await appendAudit(tx, { actorId: user._id, actorRole: 'worker', action: 'user.bindWorker', subjectType: 'user', subjectId: user._id, at: user.createdAt, detail: { enterpriseId } })
  })
  return user
}
