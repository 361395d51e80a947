import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { FileStore, StoredFile } from '../../ports/files'

const SAFE_PATH = /^[A-Za-z0-9_\-./]+$/

/** Files on disk under `<DATA_DIR>/files`; the file id is `local://<relative path>`. */
export class DiskFileStore implements FileStore {
  /** Store files below the given root folder. */
  constructor(private readonly root: string) {}

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
    return `/files/${this.relativeOf(fileId)}`
  }

  async remove(fileId: string): Promise<void> {
    await rm(this.resolve(this.relativeOf(fileId)), { force: true })
  }
}
