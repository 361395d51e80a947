import { createHash, randomUUID } from 'node:crypto'
import type { Platform } from '../../ports/platform'
import { COLLECTIONS } from '../collections'

/*
 * Every file a client uploads gets a record saying who uploaded it, written before (cloud) or as
 * (local) the bytes arrive; attachments then accept only files the record allows (attachable.ts).
 * In the cloud the client cannot be trusted to say who uploaded a file, so the server hands out
 * the cloud path first (user.prepareUpload) and records the caller as its owner; a path the
 * server never issued has no record and can never be attached.
 */

/** One stored file's ownership record, keyed by its storage path. */
export interface UploadDoc {
  _id: string
  path: string
  /** The openid of the caller the path was issued to. */
  owner: string
  issuedAt: string
  /** Cases the file is attached to: whoever may read one of them may attach it there again. */
  caseIds: string[]
  [key: string]: unknown
}

/** A file extension as clients send it: lower-case letters and digits, no dot. */
export const UPLOAD_EXTENSION = /^[a-z0-9]{1,8}$/

/** The id of a storage path's ownership record (paths can be long; ids stay short and fixed). */
export function uploadDocId(path: string): string {
  return `file-${createHash('sha256').update(path).digest('hex').slice(0, 40)}`
}

/**
 * Reserve a fresh, unguessable storage path for one upload by this caller and record them as its
 * owner. Paths are grouped by day (`uploads/20261122/<uuid>.jpg`) so storage lifecycle rules can
 * clear old uploads that were never attached; the owner lives in the record, never in the path.
 */
export async function issueUpload(platform: Platform, openid: string, ext: string, now: Date): Promise<{ path: string }> {
  if (!UPLOAD_EXTENSION.test(ext)) throw new Error(`unsafe upload extension: ${ext}`)
  const day = now.toISOString().slice(0, 10).replace(/-/g, '')
  const path = `uploads/${day}/${randomUUID()}.${ext}`
  const record: UploadDoc = { _id: uploadDocId(path), path, owner: openid, issuedAt: now.toISOString(), caseIds: [] }
  await platform.store.transaction((tx) => tx.insert(COLLECTIONS.uploads, record))
  return { path }
}

/** Store bytes a caller uploaded to the server itself (the local runtime's /upload): issue a path, then write. */
export async function storeUpload(platform: Platform, openid: string, bytes: Uint8Array, ext: string, now: Date): Promise<{ fileId: string }> {
  const { path } = await issueUpload(platform, openid, ext, now)
  return platform.files.put(path, bytes)
}
