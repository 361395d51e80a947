import type { FileStore, StoredFile } from '../../ports/files'
import type { CbStorage } from './sdk'

/** A storage call that answered, but not with success for this file. */
export class CloudbaseFileError extends Error {
  /** Name the operation, the file and the code CloudBase gave. */
  constructor(readonly operation: string, readonly fileId: string, readonly code: string | undefined) {
    super(`${operation} ${fileId} failed: ${code ?? 'no result'}`)
    this.name = 'CloudbaseFileError'
  }
}

/** A CloudBase file id: `cloud://<env id>.<bucket>/<cloud path>`. */
const CLOUD_FILE_ID = /^cloud:\/\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\/(.+)$/
/** A cloud path as this project writes them: plain segments, no '.' or '..', no empty segment. */
const SAFE_SEGMENT = /^[A-Za-z0-9_\-][A-Za-z0-9_\-.]*$/

/** CloudBase cloud storage (`uploadFile`, `downloadFile`, `getTempFileURL`, `deleteFile`). */
export class CloudbaseFileStore implements FileStore {
  /**
   * `urlMaxAgeSeconds` is how long URLs from `url()` stay valid; `envId`, when known, is the only
   * environment whose file ids `pathOf` accepts (a file id of another environment is not ours).
   */
  constructor(private readonly app: CbStorage, private readonly urlMaxAgeSeconds = 3600, private readonly envId?: string) {}

  async put(path: string, bytes: Uint8Array): Promise<StoredFile> {
    /* The SDK accepts only a Buffer or fs.ReadStream; a view shares the bytes without copying. */
    const fileContent = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const { fileID } = await this.app.uploadFile({ cloudPath: path, fileContent })
    if (!fileID) throw new CloudbaseFileError('upload', path, undefined)
    return { fileId: fileID }
  }

  async read(fileId: string): Promise<Uint8Array> {
    const { fileContent } = await this.app.downloadFile({ fileID: fileId })
    if (fileContent === undefined) throw new CloudbaseFileError('download', fileId, undefined)
    const bytes = typeof fileContent === 'string' ? Buffer.from(fileContent) : fileContent
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  async url(fileId: string): Promise<string> {
    const { fileList } = await this.app.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: this.urlMaxAgeSeconds }] })
    /* Each file carries its own code; 'SUCCESS' is the only good one. */
    const result = fileList?.[0]
    if (result?.code !== 'SUCCESS' || !result.tempFileURL) throw new CloudbaseFileError('url', fileId, result?.code)
    return result.tempFileURL
  }

  async remove(fileId: string): Promise<void> {
    const { fileList } = await this.app.deleteFile({ fileList: [fileId] })
    const result = fileList?.[0]
    /* Deleting a file that is already gone is not an error for callers. */
    if (result?.code === 'SUCCESS' || result?.code === 'STORAGE_FILE_NONEXIST') return
    throw new CloudbaseFileError('delete', fileId, result?.code)
  }

  pathOf(fileId: string): string | null {
    const match = CLOUD_FILE_ID.exec(fileId)
    if (!match || (this.envId && match[1] !== this.envId)) return null
    const path = match[3]
    return path.split('/').every((part) => SAFE_SEGMENT.test(part) && part !== '..') ? path : null
  }
}
