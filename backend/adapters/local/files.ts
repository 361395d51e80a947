import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createHmac, timingSafeEqual } from 'node:crypto'
import path from 'node:path'
import type { FileStore, StoredFile } from '../../ports/files'

const SAFE_PATH = /^[A-Za-z0-9_\-./]+$/

/** How long a file URL stays valid, like CloudBase's temporary URLs. */
const URL_TTL_MS = 2 * 3600_000

/** Files on disk under `<DATA_DIR>/files`; the file id is `local://<relative path>`. */
export class DiskFileStore implements FileStore {
  /** Store files below the given root folder; URLs are signed with the secret and expire. */
  constructor(private readonly root: string, private readonly secret: string, private readonly now: () => Date = () => new Date()) {}

  private sign(relative: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`${relative}\n${exp}`).digest('base64url')
  }

  /** The file below root that a signed, unexpired URL names; null for anything else. */
  resolveSigned(relative: string, exp: number, sig: string): string | null {
    if (!Number.isFinite(exp) || exp < this.now().getTime()) return null
    const expected = Buffer.from(this.sign(relative, exp))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      return this.resolve(relative)
    } catch {
      return null
    }
  }

  private resolve(relative: string): string {
    if (!SAFE_PATH.test(relative) || relative.split('/').includes('..')) throw new Error(`unsafe file path: ${relative}`)
    return path.join(this.root, relative)
  }

  private relativeOf(fileId: string): string {
    if (!fileId.startsWith('local://')) throw new Error(`not a local file id: ${fileId}`)
    return fileId.slice('local://'.length)
  }

  async put(relative: string, bytes: Uint8Array): Promise<StoredFile> {
    const target = this.resolve(relative)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, bytes)
    return { fileId: `local://${relative}` }
  }

  async read(fileId: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.resolve(this.relativeOf(fileId))))
  }

  async url(fileId: string): Promise<string> {
    const relative = this.relativeOf(fileId)
    const exp = this.now().getTime() + URL_TTL_MS
    return `/files/${relative}?exp=${exp}&sig=${this.sign(relative, exp)}`
  }

  async remove(fileId: string): Promise<void> {
    await rm(this.resolve(this.relativeOf(fileId)), { force: true })
  }

  pathOf(fileId: string): string | null {
    if (!fileId.startsWith('local://')) return null
    const relative = fileId.slice('local://'.length)
    return SAFE_PATH.test(relative) && !relative.split('/').some((part) => part === '..' || part === '.' || part === '') ? relative : null
  }
}
