import Taro from '@tarojs/taro'
import { ServiceError } from '../../../services/errors'
import { uploadBlob, uploadTempFile } from '../../../services/upload'

/** Pixels of ink a signature needs before it counts (a stray tap is not a signature). */
export const MIN_INK = 30

/** The 2D context calls the pad uses (CanvasRenderingContext2D in H5, the weapp canvas 2d context alike). */
export interface InkContext {
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  fillRect(x: number, y: number, w: number, h: number): void
  lineWidth: number
  lineCap: string
  lineJoin: string
  strokeStyle: unknown
  fillStyle: unknown
}

/** Paint the pad white (the PNG must read on white paper in the package PDF) and set the pen. */
export function preparePad(ctx: InkContext, width: number, height: number): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = '#111111'
  ctx.lineWidth = 4
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
}

/** Strokes on a pad: draws each segment and measures the ink, so an empty pad can be refused. */
export function createInk(ctx: InkContext) {
  let last: { x: number; y: number } | null = null
  let ink = 0
  return {
    /** Pen down. */
    start(x: number, y: number) {
      last = { x, y }
    },
    /** Pen moves: draw the segment from the last point. */
    move(x: number, y: number) {
      if (!last) return
      ctx.beginPath()
      ctx.moveTo(last.x, last.y)
      ctx.lineTo(x, y)
      ctx.stroke()
      ink += Math.hypot(x - last.x, y - last.y)
      last = { x, y }
    },
    /** Pen up. */
    end() {
      last = null
    },
    /** Forget the strokes (the caller repaints the pad). */
    reset() {
      last = null
      ink = 0
    },
    /** True once enough ink is on the pad. */
    signed: () => ink >= MIN_INK,
  }
}

/** H5: the canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ServiceError('INTERNAL', '签名导出失败'))), 'image/png'))
}

/** H5: export the pad as PNG and upload it; returns the file id the interview record refers to. */
export async function uploadSignatureFromCanvas(canvas: HTMLCanvasElement): Promise<string> {
  return uploadBlob(await canvasToPng(canvas), 'png')
}

/** Mini-program: export the canvas 2d node as a PNG temp file and upload it to cloud storage; returns the fileID. */
export async function uploadSignatureFromWeappCanvas(canvas: unknown): Promise<string> {
  let tempFilePath: string
  try {
    ;({ tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as Taro.Canvas, fileType: 'png' }))
  } catch {
    throw new ServiceError('INTERNAL', '签名导出失败')
  }
  return uploadTempFile(tempFilePath, 'png')
}
