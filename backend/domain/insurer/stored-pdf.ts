import { createHash } from 'node:crypto'
import type { Platform } from '../../ports/platform'

/** A generated PDF as stored: its file id, a temporary URL, its SHA-256 and size. */
export interface StoredPdf {
  fileId: string
  url: string
  sha256: string
  bytes: number
}

/** The SHA-256 of bytes, hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Store a generated PDF under `cases/<caseId>/<name>-<time>.pdf` through the FileStore and return its temporary URL. */
export async function storePdf(platform: Platform, caseId: string, name: string, bytes: Uint8Array, now: Date): Promise<StoredPdf> {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  const { fileId } = await platform.files.put(`cases/${caseId}/${name}-${stamp}.pdf`, bytes)
  return { fileId, url: await platform.files.url(fileId), sha256: sha256Hex(bytes), bytes: bytes.length }
}
