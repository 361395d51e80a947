import type { z } from 'zod'
import type { ZInjured } from '../../../shared/api/report.schema'
import type { TRosterFlag } from '../../../shared/api/case.schema'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { COLLECTIONS } from '../collections'
import { decryptIdNumber, hashIdNumber } from '../pii'
import { findRosterEntry, rosterFlagFor, type RosterDoc } from '../roster'

/** An injured worker with their identity settled and the roster check's verdict. */
export interface ResolvedInjured {
  worker: { name: string; idNumber: string; phone: string }
  flag: TRosterFlag
  bodyPart: string
  severity: string
  hospitalId: string
}

/** Settle who each injured worker is: a roster pick (must be this enterprise's) or typed details checked against the roster. */
export async function resolveInjured(platform: Platform, enterpriseId: string, injured: Array<z.output<typeof ZInjured>>): Promise<ResolvedInjured[]> {
  const resolved: ResolvedInjured[] = []
  const seen = new Set<string>()
  for (const person of injured) {
    const { worker } = person
    let identity: ResolvedInjured['worker']
    let flag: TRosterFlag
    if (worker.kind === 'roster') {
      const row = await platform.store.get<RosterDoc>(COLLECTIONS.roster, worker.rosterId)
      if (!row || row.enterpriseId !== enterpriseId) throw new AppError('ROSTER.NOT_FOUND')
      identity = { name: row.name, idNumber: decryptIdNumber(platform.config.idEncryptionKey, row.idCipher), phone: row.phone }
      flag = 'insured'
    } else {
      const row = await findRosterEntry(platform.store, enterpriseId, hashIdNumber(platform.config.idHashKey, worker.idNumber))
      identity = { name: worker.name, idNumber: worker.idNumber, phone: worker.phone }
      flag = rosterFlagFor(row, worker.name)
    }
    if (seen.has(identity.idNumber)) throw new AppError('REPORT.DUPLICATE_WORKER')
    seen.add(identity.idNumber)
    resolved.push({ worker: identity, flag, bodyPart: person.bodyPart, severity: person.severity, hospitalId: person.hospitalId })
  }
  return resolved
}
