/** Media kinds a case accepts. */
export type MediaKind = 'photo' | 'video'

/** What the bytes really are, judged by their signature, never by the file name. */
export interface DetectedType {
  kind: MediaKind
  mime: string
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v)
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.slice(from, to))

/** Detect JPEG, PNG, WebP, HEIC photos and MP4/MOV videos from their magic bytes; null for anything else. */
export function detectMediaType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'photo', mime: 'image/jpeg' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', mime: 'image/png' }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { kind: 'photo', mime: 'image/webp' }
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12)
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return { kind: 'photo', mime: 'image/heic' }
    if (brand === 'qt  ') return { kind: 'video', mime: 'video/quicktime' }
    return { kind: 'video', mime: 'video/mp4' }
  }
  return null
}

/** Largest accepted upload per kind: photos arrive compressed (≤ 500 KB); videos are short clips. */
export const MAX_MEDIA_BYTES: Record<MediaKind, number> = { photo: 5 * 1024 * 1024, video: 50 * 1024 * 1024 }
