import { createHash, randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { appendAudit } from '../audit'
import { COLLECTIONS } from '../collections'
import type { CaseDoc } from '../cases/case-doc'
import { assertFileAttachable, linkFileToCase } from '../uploads/attachable'
import type { UserDoc } from '../users'
import { detectMediaType, MAX_MEDIA_BYTES, type MediaKind } from './media-type'

/** A photo or video of an incident: only the file id is kept, with who, when, where and a SHA-256. */
export interface MediaDoc {
  _id: string
  incidentId: string
  caseId: string
  fileId: string
  kind: MediaKind
  mime: string
  size: number
  sha256: string
  addedBy: string
  addedByName: string
  addedByRole: string
  addedAt: string
  location: { latitude: number; longitude: number } | null
  [key: string]: unknown
}

/**
 * Attach an uploaded file to a case's incident: only the caller's own upload or one of the case's
 * files (assertFileAttachable). The server reads the stored bytes itself: the type comes from
 * their signature, the size and hash from what was really uploaded.
 */
export async function attachMedia(platform: Platform, actor: UserDoc, doc: CaseDoc, fileId: string, location: MediaDoc['location'], now: Date): Promise<MediaDoc> {
  const file = await assertFileAttachable(platform, actor, fileId, doc._id)
  let bytes: Uint8Array
  try {
    bytes = await platform.files.read(fileId)
  } catch {
    throw new AppError('MEDIA.NOT_FOUND')
  }
  const type = detectMediaType(bytes)
  if (!type) throw new AppError('MEDIA.UNSUPPORTED_TYPE')
  const limit = MAX_MEDIA_BYTES[type.kind]
  if (bytes.length > limit) throw new AppError('MEDIA.TOO_LARGE', `文件过大：${type.kind === 'photo' ? '照片' : '视频'}不能超过${limit / 1024 / 1024}MB`)
  const media: MediaDoc = {
    _id: randomUUID(), incidentId: doc.incidentId, caseId: doc._id, fileId, kind: type.kind, mime: type.mime, size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'), addedBy: actor._id, addedByName: actor.name, addedByRole: actor.role, addedAt: now.toISOString(), location,
  }
  await platform.store.transaction(async (tx) => {
    await tx.insert(COLLECTIONS.media, media)
    await linkFileToCase(tx, file, doc._id)
    await appendAudit(tx, { actorId: actor._id, actorRole: actor.role, action: 'media.attach', subjectType: 'case', subjectId: doc._id, at: media.addedAt, detail: { mediaId: media._id, sha256: media.sha256 } })
  })
  return media
}

/** The photos and videos of a case's incident, oldest first. */
export async function listIncidentMedia(platform: Platform, incidentId: string): Promise<MediaDoc[]> {
  return platform.store.find<MediaDoc>(COLLECTIONS.media, { incidentId }, { orderBy: [['addedAt', 'asc']] })
}

/** True when the stored file still has the bytes that were hashed when it was attached. */
export async function verifyMedia(platform: Platform, media: MediaDoc): Promise<boolean> {
  const bytes = await platform.files.read(media.fileId)
  return createHash('sha256').update(bytes).digest('hex') === media.sha256
}
