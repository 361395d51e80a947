import { encodeWithinBudget, MAX_PHOTO_BYTES, scaledSize } from '../../miniprogram/services/image-plan'

describe('photo compression plan', () => {
  it('brings a 12-megapixel photo to a 1600 px long side, keeping its shape, and never enlarges', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(scaledSize(3000, 4000)).toEqual({ width: 1200, height: 1600 })
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 })
  })

  it('lowers quality until the photo fits 500 KB', async () => {
    const tried: number[] = []
    const out = await encodeWithinBudget(async (q) => {
      tried.push(q)
      return { size: Math.round(q * 900 * 1024) }
    })
    expect(out.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES)
    expect(tried[0]).toBeGreaterThan(out.quality)
  })

  it('returns the smallest attempt when nothing fits', async () => {
    const out = await encodeWithinBudget(async (q) => ({ size: 2_000_000 - Math.round(q * 1000) }))
    expect(out.quality).toBe(0.86)
  })
})
