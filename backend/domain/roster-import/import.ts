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
import { classifyRows, VERDICT_KINDS, type RowVerdict } from './classify'
import { readRosterFile } from './parse'

/** Largest roster file accepted. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** Sample rows shown per class in the preview. */
const SAMPLES = 200

type Kind = (typeof VERDICT_KINDS)[number]
/** One row of the preview: its row number in the file, the name, the masked ID and what is notable about it. */
interface Sample {
  row: number
  name: string
  idMasked: string
  detail: string
}

/** A classified file: its content hash, every verdict, and the enterprise's current roster by ID hash. */
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
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  const rows = await readRosterFile(bytes)
  const current = await platform.store.find<RosterDoc>(COLLECTIONS.roster, { enterpriseId: enterprise._id })
  const existing = new Map(current.map((r) => [r.idHash, r]))
  const hashOf = (id: string) => hashIdNumber(platform.config.idHashKey, id)
  return { fileHash, verdicts: classifyRows(rows, existing, hashOf, now), existing }
}

function countOf(verdicts: RowVerdict[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { new: 0, changed: 0, unchanged: 0, invalid: 0, duplicate: 0 }
  for (const v of verdicts) counts[v.kind]++
  return counts
}

/** True when a valid row names an enrolment unit other than the enterprise (allowed, but an audit lead: seed 2 task 37). */
const unitDiffers = (v: RowVerdict, enterpriseKey: string) => 'data' in v && normalizeEnterpriseName(v.data.unit) !== enterpriseKey

function sampleOf(v: RowVerdict, enterpriseKey: string): Sample {
  if (v.kind === 'invalid') return { row: v.row, name: v.name, idMasked: v.idMasked, detail: v.reason }
  if (v.kind === 'duplicate') {
    const detail = v.differs ? `与第${v.firstRow}行身份证号相同但内容不同，以第${v.firstRow}行为准` : `与第${v.firstRow}行重复`
    return { row: v.row, name: v.name, idMasked: v.idMasked, detail }
  }
  const unitNote = unitDiffers(v, enterpriseKey) ? `参保单位为「${v.data.unit}」，与本企业不一致` : ''
  const detail = [v.kind === 'changed' ? `变更：${v.fields.join('、')}` : '', unitNote].filter(Boolean).join('；')
  return { row: v.data.row, name: v.data.name, idMasked: maskIdNumber(v.data.idNumber), detail }
}

/** What the preview shows before anything is written: counts per class, sample rows (masked IDs only) and the file's hash. */
export async function previewRosterImport(platform: Platform, enterprise: Enterprise, fileId: string, now: Date) {
  const { fileHash, verdicts } = await classifyFile(platform, enterprise, fileId, now)
  const key = normalizeEnterpriseName(enterprise.name)
  const samples: Record<Kind, Sample[]> = { new: [], changed: [], unchanged: [], invalid: [], duplicate: [] }
  let unitMismatches = 0
  for (const v of verdicts) {
    if (samples[v.kind].length < SAMPLES) samples[v.kind].push(sampleOf(v, key))
    if (unitDiffers(v, key)) unitMismatches++
  }
  return { fileHash, counts: countOf(verdicts), samples, unitMismatches }
}

/**
 * Write every new and changed valid row in ONE transaction, if the file is still the one previewed.
 * Ids are deterministic (`roster-<enterprise>-<hash prefix>`; a row already on the roster keeps its
 * id and any other fields it carries), so confirming the same file twice writes nothing new.
 */
export async function confirmRosterImport(platform: Platform, actor: UserDoc, enterprise: Enterprise, fileId: string, expectedHash: string, now: Date) {
  const { fileHash, verdicts, existing } = await classifyFile(platform, enterprise, fileId, now)
  if (fileHash !== expectedHash) throw new AppError('ROSTER.FILE_CHANGED')
  const at = now.toISOString()
  const writes = verdicts.flatMap((v) => (v.kind === 'new' || v.kind === 'changed' ? [v.data] : []))
  const counts = countOf(verdicts)
  await platform.store.transaction(async (tx) => {
    for (const row of writes) {
      const current = existing.get(row.idHash)
      const doc: RosterDoc = {
        ...current,
        _id: current?._id ?? `roster-${enterprise._id}-${row.idHash.slice(0, 24)}`, enterpriseId: enterprise._id, name: row.name, idHash: row.idHash,
        idCipher: current?.idCipher ?? encryptIdNumber(platform.config.idEncryptionKey, row.idNumber), idMasked: maskIdNumber(row.idNumber), phone: row.phone, enrolledAt: row.enrolledAt, enrolmentUnit: row.unit, updatedAt: at,
      }
      await tx.set(COLLECTIONS.roster, doc)
    }
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'roster.import', subjectType: 'roster', subjectId: enterprise._id, at, detail: { fileId, fileHash, written: writes.length, ...counts } })
  })
  return { written: writes.length, added: counts.new, changed: counts.changed, unchanged: counts.unchanged, invalid: counts.invalid, duplicate: counts.duplicate }
}
