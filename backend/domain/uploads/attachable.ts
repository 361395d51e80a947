import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import type { TxScope } from '../../ports/store'
import type { CaseDoc } from '../cases/case-doc'
import { canSeeCase } from '../cases/visibility'
import { COLLECTIONS } from '../collections'
import type { UserDoc } from '../users'
import { uploadDocId, type UploadDoc } from './uploads'

/** A file the caller may attach: its id and the ownership record to link the case to. */
export interface AttachableFile {
  fileId: string
  uploadId: string
}

/** The refusal every attachment gives for a file the caller may not use. */
const NOT_YOURS = '只能使用您本人上传的文件或本案已有的文件，请重新上传'

/**
 * THE file-ownership rule, for every attachment (evidence, package materials, signatures, roster
 * files, hospital documents, bills): a file may be attached only by the caller who uploaded it,
 * or, when it is already one of the case's files, by someone allowed to read that case. Any other
 * id (another user's upload, another enterprise's case file, an id of another environment, a
 * made-up id) is AUTH.FORBIDDEN. Call it before reading the bytes or writing anything, and call
 * linkFileToCase in the attachment's transaction so the case's readers may reuse the file.
 */
export async function assertFileAttachable(platform: Platform, actor: UserDoc, fileId: string, caseId?: string): Promise<AttachableFile> {
  const path = platform.files.pathOf(fileId)
  const record = path ? await platform.store.get<UploadDoc>(COLLECTIONS.uploads, uploadDocId(path)) : null
  if (record && record.path === path) {
    const granted = { fileId, uploadId: record._id }
    if (record.owner === actor.openid) return granted
    if (caseId && record.caseIds.includes(caseId)) {
      const doc = await platform.store.get<CaseDoc>(COLLECTIONS.cases, caseId)
      if (doc && canSeeCase(actor, doc)) return granted
    }
  }
  throw new AppError('AUTH.FORBIDDEN', NOT_YOURS)
}

/** Record, inside the attachment's transaction, that the file is now one of the case's files. */
export async function linkFileToCase(tx: TxScope, file: AttachableFile, caseId: string): Promise<void> {
  const record = await tx.get<UploadDoc>(COLLECTIONS.uploads, file.uploadId)
  if (!record || record.caseIds.includes(caseId)) return
  await tx.update(COLLECTIONS.uploads, record._id, { caseIds: [...record.caseIds, caseId] })
}
