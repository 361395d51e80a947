import { AppError } from '../../../shared/errors'
import type { FontFile, FontSource } from '../../ports/fonts'

/** A pdfmake document definition (content nodes are pdfmake's plain objects). */
export type PdfDefinition = { content: unknown[]; info?: Record<string, string>; [key: string]: unknown }

/** The font family name every generated PDF uses (the embedded CJK font, subsetted). */
export const PDF_FONT = 'CJK'

type Vfs = { existsSync(name: string): boolean; readFileSync(name: string): Buffer; writeFileSync(name: string, content: Buffer): void }
type PdfKitDoc = { on(event: 'data', fn: (chunk: Buffer) => void): void; on(event: 'end' | 'error', fn: (arg?: unknown) => void): void; end(): void }
type PrinterCtor = new (fonts: Record<string, Record<string, [string, string] | string>>, vfs: Vfs, resolver: unknown, localAccess: (path: string) => boolean) => {
  createPdfKitDocument(definition: PdfDefinition, options?: Record<string, unknown>): Promise<PdfKitDoc>
}
type ResolverCtor = new (vfs: Vfs) => { setUrlAccessPolicy(policy: (url: string) => boolean): void }

/* pdfmake's server entry keeps fonts and files in process-wide singletons; its Printer takes them per call. */
function pdfmake(): { Printer: PrinterCtor; URLResolver: ResolverCtor } {
  /* Required lazily: only the actions that render pay for loading pdfkit and fontkit. */
  const Printer = (require('pdfmake/js/Printer') as { default: PrinterCtor }).default
  const URLResolver = (require('pdfmake/js/URLResolver') as { default: ResolverCtor }).default
  return { Printer, URLResolver }
}

/** An in-memory file system for one render: the font and the images, nothing from disk or network. */
function memoryFs(): Vfs {
  const files = new Map<string, Buffer>()
  return {
    existsSync: (name) => files.has(name),
    readFileSync: (name) => {
      const file = files.get(name)
      if (!file) throw new Error(`not in the render's file set: ${name}`)
      return file
    },
    writeFileSync: (name, content) => void files.set(name, content),
  }
}

async function loadFont(fonts: FontSource): Promise<FontFile> {
  try {
    return await fonts.cjk()
  } catch (error) {
    console.error('[pdf] CJK font unavailable', error)
    throw new AppError('PDF.FONT_UNAVAILABLE')
  }
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/**
 * Render a PDF with pdfmake 0.3 and the CJK font embedded (subsetted). Images are passed as
 * bytes by name (JPEG or PNG) and referenced as `{ image: name }`; neither URLs nor local paths
 * are ever read.
 */
export async function renderPdf(fonts: FontSource, definition: PdfDefinition, images: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const font = await loadFont(fonts)
  const { Printer, URLResolver } = pdfmake()
  const vfs = memoryFs()
  const fontName = `font:${font.name}`
  vfs.writeFileSync(fontName, toBuffer(font.bytes))
  const imageRefs: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(images)) {
    imageRefs[name] = `image:${name}`
    vfs.writeFileSync(imageRefs[name], toBuffer(bytes))
  }
  /* pdfmake replaces a descriptor's file name by the bytes in place, so each style gets its own copy. */
  const face = (): [string, string] | string => (font.face ? [fontName, font.face] : fontName)
  const descriptor = () => ({ normal: face(), bold: face(), italics: face(), bolditalics: face() })
  const resolver = new URLResolver(vfs)
  resolver.setUrlAccessPolicy(() => false)
  const printer = new Printer({ [PDF_FONT]: descriptor() }, vfs, resolver, () => false)
  const doc = await printer.createPdfKitDocument({ ...definition, images: imageRefs, defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.25, ...(definition.defaultStyle as object) } })
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    doc.end()
  })
}
