import type { Platform } from '../../ports/platform'
import { COLLECTIONS } from '../collections'
import type { MediaDoc } from '../evidence/media'
import type { PackageAsset } from '../pdf/package-pdf'
import { sha256Hex } from './stored-pdf'
import type { InsurerWorkDoc } from './work-doc'

/** Images embedded in one package PDF at most, in bytes; beyond this files are listed by hash only. */
const MAX_EMBEDDED_BYTES = 30 * 1024 * 1024
const EMBEDDABLE = ['image/jpeg', 'image/png']

/** A stored file to show in the package: where it is, what it is, and the hash recorded when it was attached. */
interface Wanted {
  key: string
  fileId: string
  mime: string
  sha256: string
}

async function wantedFiles(platform: Platform, work: InsurerWorkDoc): Promise<Wanted[]> {
  const inv = work.investigation
  const wanted: Wanted[] = work.packageFiles.map((f) => ({ key: f.fileId, fileId: f.fileId, mime: f.mime, sha256: f.sha256 }))
  wanted.push(...inv.interviews.map((i) => ({ key: i.signature.fileId, fileId: i.signature.fileId, mime: 'image/png', sha256: i.signature.sha256 })))
  for (const ref of [...(inv.siteVisit?.media ?? []), ...(inv.cctv?.media ?? [])]) {
    const media = await platform.store.get<MediaDoc>(COLLECTIONS.media, ref.id)
    if (media) wanted.push({ key: ref.id, fileId: media.fileId, mime: media.mime, sha256: ref.sha256 })
  }
  return wanted
}

/**
 * Read the package's stored files once each: every file's bytes are hashed again and compared
 * with the hash recorded at attachment (material authenticity, seed 2 task 41); JPEG and PNG
 * images are returned for embedding up to a total budget. A file that cannot be read is listed
 * as not matching.
 */
export async function loadPackageAssets(platform: Platform, work: InsurerWorkDoc): Promise<{ assets: Record<string, PackageAsset>; images: Record<string, Uint8Array> }> {
  const assets: Record<string, PackageAsset> = {}
  const images: Record<string, Uint8Array> = {}
  let budget = MAX_EMBEDDED_BYTES
  for (const [n, file] of (await wantedFiles(platform, work)).entries()) {
    if (assets[file.key]) continue
    let bytes: Uint8Array | null = null
    try {
      bytes = await platform.files.read(file.fileId)
    } catch {
      bytes = null
    }
    const hashMatches = bytes !== null && sha256Hex(bytes) === file.sha256
    let image: string | null = null
    if (bytes && hashMatches && EMBEDDABLE.includes(file.mime) && bytes.length <= budget) {
      image = `asset${n}`
      images[image] = bytes
      budget -= bytes.length
    }
    assets[file.key] = { image, hashMatches }
  }
  return { assets, images }
}
