/** A stored file's handle; only the fileId is kept on records. */
export interface StoredFile {
  fileId: string
}

/** File storage: CloudBase storage in the cloud, the data folder locally. */
export interface FileStore {
  /** Store bytes under a path (e.g. `cases/<id>/photo.jpg`) and return its id. */
  put(path: string, bytes: Uint8Array): Promise<StoredFile>
  /** Read a stored file's bytes. */
  read(fileId: string): Promise<Uint8Array>
  /** A URL a client can fetch the file from for a limited time. */
  url(fileId: string): Promise<string>
  /** Delete a stored file. */
  remove(fileId: string): Promise<void>
  /**
   * The storage path inside this store that a file id names (what `put` was given, or the
   * `cloudPath` of a client upload), or null when the id is not one of this store's.
   */
  pathOf(fileId: string): string | null
}
