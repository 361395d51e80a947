import { StoredFontSource } from '../../backend/adapters/cloudbase/fonts'
import { DiskFontSource, NOTO_CJK_SC_FACE } from '../../backend/adapters/local/fonts'
import type { FileStore } from '../../backend/ports/files'
import { renderPdf } from '../../backend/domain/pdf/render'
import { pdfText } from '../fixtures/insurer/desk'

/** A file store holding one font file, counting reads. */
function fakeStore(bytes: Uint8Array | null): FileStore & { reads: number } {
  return {
    reads: 0,
    async put() {
      throw new Error('not used')
    },
    async read(fileId: string) {
      this.reads++
      if (!bytes) throw new Error(`no such file ${fileId}`)
      return bytes
    },
    async url() {
      return ''
    },
    async remove() {},
    pathOf() {
      return null
    },
  }
}

describe('CJK font sources', () => {
  it('locally reads Debian\'s Noto Sans CJK collection and picks its Simplified Chinese face', async () => {
    const font = await new DiskFontSource().cjk()
    expect(font).toMatchObject({ name: 'NotoSansCJK-Regular.ttc', face: NOTO_CJK_SC_FACE })
    expect(font.bytes.length).toBeGreaterThan(1_000_000)
  })

  it('in the cloud reads the font once from storage by PDF_FONT_FILE_ID and renders Chinese with it', async () => {
    const local = await new DiskFontSource().cjk()
    const store = fakeStore(local.bytes)
    const source = new StoredFontSource(store, 'cloud://env.bucket/fonts/NotoSansCJK-Regular.ttc', NOTO_CJK_SC_FACE)
    const pdf = await renderPdf(source, { content: [{ text: '云端字体：工伤认定申请' }] })
    await source.cjk()
    expect(store.reads).toBe(1)
    expect(pdfText(pdf)).toContain('云端字体：工伤认定申请')
  })

  it('fails clearly when no font file id is configured, and retries a failed read', async () => {
    await expect(new StoredFontSource(fakeStore(null), '').cjk()).rejects.toThrow('PDF_FONT_FILE_ID')
    const store = fakeStore(null)
    const source = new StoredFontSource(store, 'cloud://missing.ttf')
    await expect(source.cjk()).rejects.toThrow()
    await expect(source.cjk()).rejects.toThrow()
    expect(store.reads).toBe(2)
  })
})
