import { createHash } from 'node:crypto'
import type { Browser } from 'playwright-core'
import { apiAs } from './api'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
beforeAll(async () => {
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

describe('photos from the shop floor', () => {
  it('compresses a 12-megapixel photo on the phone to ≤ 500 KB with a 1600 px long side, uploads it, and the hash verifies', async () => {
    const [demo] = (await apiAs('u-officer-01', 'case', { action: 'list' })).data.cases.filter((c: { worker: { name: string } }) => c.worker.name === '陈师傅（演示）')
    const page = await (await phoneContext(browser)).newPage()
    await page.goto(runtimeUrl())
    await page.locator('#signin-u-officer-01').tap()
    await page.locator('.user-header__title').filter({ visible: true }).waitFor({ timeout: 30_000 })
    await page.evaluate((id) => { window.location.hash = `#/pages/case/index?id=${id}` }, demo.id)
    const input = page.locator('#media-input')
    await input.waitFor({ state: 'attached', timeout: 30_000 })
    const original = await page.evaluate(async () => {
      /* A 4000 × 3000 photo with fine detail, made in the browser like a phone camera's JPEG. */
      const canvas = document.createElement('canvas')
      canvas.width = 4000
      canvas.height = 3000
      const ctx = canvas.getContext('2d')!
      const image = ctx.createImageData(4000, 3000)
      for (let i = 0; i < image.data.length; i += 4) {
        const n = (Math.sin(i * 0.001) * 60 + ((i * 2654435761) % 97)) | 0
        image.data[i] = 120 + n
        image.data[i + 1] = 90 + (n >> 1)
        image.data[i + 2] = 60 + ((i / 4) % 4000) / 40
        image.data[i + 3] = 255
      }
      ctx.putImageData(image, 0, 0)
      const blob: Blob = await new Promise((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.95))
      const transfer = new DataTransfer()
      transfer.items.add(new File([blob], 'IMG_0001.jpg', { type: 'image/jpeg' }))
      const el = document.querySelector('#media-input') as HTMLInputElement
      el.files = transfer.files
      el.dispatchEvent(new Event('change', { bubbles: true }))
      return blob.size
    })
    expect(original).toBeGreaterThan(1024 * 1024)
    await page.getByText('照片 已上传').filter({ visible: true }).waitFor({ timeout: 60_000 })
    const media = (await apiAs('u-insurer-01', 'evidence', { action: 'listMedia', caseId: demo.id })).data.media as Array<{ url: string; size: number; sha256: string; mime: string; addedByName: string }>
    const photo = media[media.length - 1]
    expect(photo).toMatchObject({ mime: 'image/jpeg', addedByName: '张安全（演示）' })
    expect(photo.size).toBeLessThanOrEqual(500 * 1024)
    const bytes = Buffer.from(await (await fetch(new URL(photo.url, runtimeUrl()))).arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256)
    const longSide = await page.evaluate(async (url) => {
      const img = new Image()
      img.src = url
      await img.decode()
      return Math.max(img.naturalWidth, img.naturalHeight)
    }, photo.url)
    expect(longSide).toBe(1600)
    await page.locator('#media-gallery').filter({ visible: true }).waitFor({ timeout: 30_000 })
    await page.context().close()
  })
})
