import { createHash } from 'node:crypto'
import { maskIdNumber } from '../../../shared/idcard'
import { normalizeEnterpriseName } from '../../../shared/enterprise/normalize'
import type { Enterprise } from '../../../shared/enterprise/schema'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import { encryptIdNumber, hashIdNumber } from '../pii'
import type { RosterDoc } from '../roster'
import type { UserDoc } from '../users'
import { classifyRows, type RowVerdict } from './classify'
import { readRosterFile } from './parse'

/** Largest roster file accepted. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** Sample rows shown per class in the preview. */
const SAMPLES = 200

/** A classified file: its hash, every verdict, and the enterprise it is for. */
interface Classified {
  fileHash: string
  verdicts: RowVerdict[]
  existing: Map<string, RosterDoc>
}

async function classifyFile(platform: Platform, enterprise: Enterprise, fileId: string, now: Date): Promise<Classified> {
  let bytes: Uint8Array
  try {
    bytes = await platform.files.read(fileId)
  } catch {
    throw new AppError('ROSTER.FILE_UNREADABLE', '找不到上传的名册文件，请重新上传')
  }
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('ROSTER.TOO_LARGE')
  const rows = await readRosterFile(bytes)
  const current = await platform.store.find<RosterDoc>(COLLECTIONS.roster, { enterpriseId: enterprise._id })
  const existing = new Map(current.map((r) => [r.idHash, r]))
  const hashOf = (id: string) => hashIdNumber(platform.config.idHashKey, id)
  return { fileHash: createHash('sha256').update(bytes).digest('hex'), verdicts: classifyRows(rows, existing, hashOf, now), existing }
}

function sampleOf(v: RowVerdict, enterpriseKey: string) {
  if (v.kind === 'invalid') return { row: v.row, name: '', idMasked: v.idMasked, detail: v.reason }
  if (v.kind === 'duplicate') return { row: v.row, name: '', idMasked: v.idMasked, detail: `与第${v.firstRow}行重复` }
  const unitNote = normalizeEnterpriseName(v.data.unit) !== enterpriseKey ? `参保单位为「${v.data.unit}」，与本企业不一致` : ''
  const detail = [v.kind === 'changed' ? `变更：${v.fields.join('、')}` : '', unitNote].filter(Boolean).join('；')
  return { row: v.data.row, name: v.data.name, idMasked: maskIdNumber(v.data.idNumber), detail }
}

/** What the preview shows before anything is written: counts per class and sample rows (masked IDs only). */
export async function previewRosterImport(platform: Platform, enterprise: Enterprise, fileId: string, now: Date) {
  const { fileHash, verdicts } = await classifyFile(platform, enterprise, fileId, now)
  const key = normalizeEnterpriseName(enterprise.name)
  const kinds = ['new', 'changed', 'unchanged', 'invalid', 'duplicate'] as const
  const counts = Object.fromEntries(kinds.map((k) => [k, verdicts.filter((v) => v.kind === k).length])) as Record<(typeof kinds)[number], number>
  const samples = Object.fromEntries(kinds.map((k) => [k, verdicts.filter((v) => v.kind === k).slice(0, SAMPLES).map((v) => sampleOf(v, key))])) as Record<(typeof kinds)[number], ReturnType<typeof sampleOf>[]>
  const unitMismatches = verdicts.filter((v) => (v.kind === 'new' || v.kind === 'changed' || v.kind === 'unchanged') && normalizeEnterpriseName(v.data.unit) !== key).length
  return { fileHash, counts, samples, unitMismatches }
}

/** Write every new and changed valid row in one transaction, if the file is still the one previewed. */
export async function confirmRosterImport(platform: Platform, actor: UserDoc, enterprise: Enterprise, fileId: string, expectedHash: string, now: Date) {
  const { fileHash, verdicts, existing } = await classifyFile(platform, enterprise, fileId, now)
  if (fileHash !== expectedHash) throw new AppError('ROSTER.FILE_CHANGED')
  const at = now.toISOString()
  const writes = verdicts.flatMap((v) => (v.kind === 'new' || v.kind === 'changed' ? [v.data] : []))
  await platform.store.transaction(async (tx) => {
    for (const row of writes) {
      const idHash = hashIdNumber(platform.config.idHashKey, row.idNumber)
      const doc: RosterDoc = {
        _id: existing.get(idHash)?._id ?? `roster-${enterprise._id}-${idHash.slice(0, 24)}`, enterpriseId: enterprise._id, name: row.name, idHash,
        idCipher: encryptIdNumber(platform.config.idEncryptionKey, row.idNumber), idMasked: maskIdNumber(row.idNumber), phone: row.phone, enrolledAt: row.enrolledAt, enrolmentUnit: row.unit, updatedAt: at,
      }
      await tx.set(COLLECTIONS.roster, doc)
    }
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'roster.import', subjectType: 'roster', subjectId: enterprise._id, at, detail: { fileHash, written: writes.length } })
  })
  const count = (k: RowVerdict['kind']) => verdicts.filter((v) => v.kind === k).length
  return { written: writes.length, added: count('new'), changed: count('changed'), unchanged: count('unchanged'), invalid: count('invalid'), duplicate: count('duplicate') }
}
