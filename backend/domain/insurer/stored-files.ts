import { AppError } from '../../../shared/errors'
import type { Platform } from '../../ports/platform'
import { sha256Hex } from './stored-pdf'

/** An uploaded file read back by the server: its bytes, the type its signature shows, size and hash. */
export interface CheckedFile {
  bytes: Uint8Array
  mime: 'application/pdf' | 'image/jpeg' | 'image/png'
  sha256: string
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** True when the bytes are a PNG: the signature followed by an IHDR chunk. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((v, i) => bytes[i] === v) && String.fromCharCode(...bytes.slice(12, 16)) === 'IHDR'
}

/** The package types judged by magic bytes: PDF, JPEG or PNG; null for anything else. */
export function packageFileType(bytes: Uint8Array): CheckedFile['mime'] | null {
  if (String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'application/pdf'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (isPng(bytes)) return 'image/png'
  return null
}

/** Read an uploaded file by id; a missing file is MEDIA.NOT_FOUND. */
export async function readUpload(platform: Platform, fileId: string): Promise<Uint8Array> {
  try {
    return await platform.files.read(fileId)
  } catch {
    throw new AppError('MEDIA.NOT_FOUND')
  }
}

/** Largest witness signature image accepted. */
export const MAX_SIGNATURE_BYTES = 1024 * 1024
/** Largest package attachment accepted. */
export const MAX_PACKAGE_FILE_BYTES = 10 * 1024 * 1024

/** Read a witness's signature upload: it must really be a PNG of reasonable size. */
export async function readSignature(platform: Platform, fileId: string): Promise<{ sha256: string; size: number }> {
  const bytes = await readUpload(platform, fileId)
  if (!isPng(bytes)) throw new AppError('INSURER.SIGNATURE_INVALID')
  if (bytes.length > MAX_SIGNATURE_BYTES) throw new AppError('MEDIA.TOO_LARGE', '签名图片不能超过1MB')
  return { sha256: sha256Hex(bytes), size: bytes.length }
}

/** Read a package attachment: PDF, JPEG or PNG by its signature, at most 10 MB. */
export async function readPackageFile(platform: Platform, fileId: string): Promise<CheckedFile> {
  const bytes = await readUpload(platform, fileId)
  const mime = packageFileType(bytes)
  if (!mime) throw new AppError('INSURER.FILE_UNSUPPORTED')
  if (bytes.length > MAX_PACKAGE_FILE_BYTES) throw new AppError('MEDIA.TOO_LARGE', '材料文件不能超过10MB')
  return { bytes, mime, sha256: sha256Hex(bytes) }
}
