import { issueUpload, storeUpload } from '../../backend/domain/uploads/uploads'
import { demoOpenid } from '../../backend/local/seed-demo'
import type { Platform } from '../../backend/ports/platform'

/** Upload bytes as a demo user, the way the local /upload endpoint does (owner recorded); returns the file id. */
export async function uploadAs(platform: Platform, userId: string, bytes: Uint8Array | string, ext: string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  return (await storeUpload(platform, demoOpenid(userId), data, ext, platform.clock.now())).fileId
}

/** A storage path issued to a demo user (as user.prepareUpload issues one), to write to more than once. */
export async function issuedPath(platform: Platform, userId: string, ext: string): Promise<string> {
  return (await issueUpload(platform, demoOpenid(userId), ext, platform.clock.now())).path
}

/** The local file id of a path issued to a demo user where nothing was ever uploaded. */
export async function issuedButMissing(platform: Platform, userId: string, ext: string): Promise<string> {
  return `local://${await issuedPath(platform, userId, ext)}`
}
