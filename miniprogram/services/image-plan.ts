/** Photos leave the phone with this long side (px): enough to read a nameplate or a wound. */
export const TARGET_LONG_SIDE = 1600
/** And at most this many bytes, so an upload on a weak workshop signal finishes. */
export const MAX_PHOTO_BYTES = 500 * 1024
/** JPEG qualities tried in turn, best first. */
export const QUALITY_STEPS = [0.86, 0.78, 0.7, 0.62, 0.54, 0.46, 0.38, 0.3] as const

/** The size to draw a photo at: its long side brought down to TARGET_LONG_SIDE, never enlarged. */
export function scaledSize(width: number, height: number, longSide = TARGET_LONG_SIDE): { width: number; height: number } {
  const long = Math.max(width, height)
  if (long <= longSide) return { width, height }
  const scale = longSide / long
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/**
 * Encode at falling quality until the result fits the byte budget; returns the first that fits,
 * or the smallest tried when none does (the server still takes photos up to its own limit).
 */
export async function encodeWithinBudget<T extends { size: number }>(encode: (quality: number) => Promise<T>, budget = MAX_PHOTO_BYTES): Promise<T & { quality: number }> {
  let smallest: (T & { quality: number }) | null = null
  for (const quality of QUALITY_STEPS) {
    const out = Object.assign(await encode(quality), { quality })
    if (out.size <= budget) return out
    if (!smallest || out.size < smallest.size) smallest = out
  }
  return smallest!
}
