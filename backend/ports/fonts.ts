/** A font file for PDF rendering: its bytes and, for a collection (.ttc), the face to use. */
export interface FontFile {
  /** A file name, used only to tell fonts apart (its extension tells pdfkit the format). */
  name: string
  bytes: Uint8Array
  /** PostScript name of the face inside a TrueType/OpenType collection (e.g. 'NotoSansCJKsc-Regular'). */
  face?: string
}

/** Where the CJK font embedded in generated PDFs comes from: a system font locally, cloud storage in CloudBase. */
export interface FontSource {
  /** The CJK font; throws when none is configured or readable. */
  cjk(): Promise<FontFile>
}
