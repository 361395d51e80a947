import { encodeWithinBudget, scaledSize } from './image-plan'

/** A compressed photo ready to upload. */
export interface CompressedPhoto {
  blob: Blob
  width: number
  height: number
  quality: number
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图片压缩失败'))), 'image/jpeg', quality))
}

/** H5: draw the photo on a canvas at the target size and re-encode as JPEG within the byte budget. */
export async function compressPhotoInBrowser(file: Blob): Promise<CompressedPhoto> {
  const bitmap = await createImageBitmap(file)
  const { width, height } = scaledSize(bitmap.width, bitmap.height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('浏览器不支持图片压缩')
  context.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  const out = await encodeWithinBudget(async (quality) => {
    const blob = await toBlob(canvas, quality)
    return { blob, size: blob.size }
  })
  return { blob: out.blob, width, height, quality: out.quality }
}
