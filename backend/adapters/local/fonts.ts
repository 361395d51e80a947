import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FontFile, FontSource } from '../../ports/fonts'

/** Debian's `fonts-noto-cjk` Regular collection (installed locally and in CI). */
export const DEBIAN_NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
/** The Simplified Chinese face inside the Noto CJK collection. */
export const NOTO_CJK_SC_FACE = 'NotoSansCJKsc-Regular'

/* One read per font file per process: the collection is ~20 MB and every platform shares it. */
const loaded = new Map<string, Promise<FontFile>>()

function load(file: string, face: string | undefined): Promise<FontFile> {
  const key = `${file}#${face ?? ''}`
  let pending = loaded.get(key)
  if (!pending) {
    pending = readFile(file).then(
      (bytes) => ({ name: path.basename(file), bytes: new Uint8Array(bytes), face: face ?? (/\.ttc$/i.test(file) ? NOTO_CJK_SC_FACE : undefined) }),
      (error: unknown) => {
        loaded.delete(key)
        throw new Error(`PDF font not readable at ${file} (apt-get install fonts-noto-cjk, or set PDF_FONT_PATH): ${String(error)}`)
      },
    )
    loaded.set(key, pending)
  }
  return pending
}

/** A font file on disk (default: Debian's Noto Sans CJK), read once per process. */
export class DiskFontSource implements FontSource {
  /** Read `file`; `face` picks the face of a .ttc collection (Noto's SC face by default for .ttc). */
  constructor(private readonly file: string = DEBIAN_NOTO_CJK, private readonly face?: string) {}

  cjk(): Promise<FontFile> {
    return load(this.file, this.face)
  }
}
