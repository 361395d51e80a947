import type { FileStore } from '../../ports/files'
import type { FontFile, FontSource } from '../../ports/fonts'

/**
 * The CJK font in CloudBase storage: upload a TrueType/OpenType CJK font once (e.g. Noto Sans SC,
 * OFL) and set PDF_FONT_FILE_ID to its file id (`cloud://…`); for a .ttc collection also set
 * PDF_FONT_FACE to the face's PostScript name. Read on first use and kept for the instance's life.
 */
export class StoredFontSource implements FontSource {
  private loading: Promise<FontFile> | null = null

  /** Read the font through the file store by its id. */
  constructor(private readonly files: FileStore, private readonly fileId: string, private readonly face?: string) {}

  cjk(): Promise<FontFile> {
    if (!this.fileId) return Promise.reject(new Error('PDF_FONT_FILE_ID is not set: upload a CJK font to cloud storage and set its file id'))
    this.loading ??= this.files.read(this.fileId).then(
      (bytes) => ({ name: this.fileId.split('/').pop() || 'cjk-font', bytes, face: this.face || undefined }),
      (error: unknown) => {
        this.loading = null
        throw error
      },
    )
    return this.loading
  }
}
