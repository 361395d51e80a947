import { useEffect, useRef, type PointerEvent } from 'react'
import { createInk, preparePad, uploadSignatureFromCanvas, type InkContext } from '../../lib/signature'
import type { PadHandle } from './index'

/** Drawing size of the pad in canvas pixels (shown scaled to the page width). */
export const PAD_WIDTH = 600
/** Height in canvas pixels. */
export const PAD_HEIGHT = 240

/** H5: a plain <canvas> drawn with pointer events (mouse, pen or touch). */
export function H5Pad({ onReady }: { onReady: (pad: PadHandle) => void }) {
  const ref = useRef<HTMLCanvasElement | null>(null)
  const ink = useRef<ReturnType<typeof createInk> | null>(null)

  useEffect(() => {
    const canvas = ref.current
    const ctx = canvas?.getContext('2d') as InkContext | null | undefined
    if (!canvas || !ctx) return
    preparePad(ctx, PAD_WIDTH, PAD_HEIGHT)
    const strokes = createInk(ctx)
    ink.current = strokes
    onReady({
      signed: strokes.signed,
      clear: () => {
        strokes.reset()
        preparePad(ctx, PAD_WIDTH, PAD_HEIGHT)
      },
      upload: () => uploadSignatureFromCanvas(canvas),
    })
  }, [])

  /* Page coordinates to canvas pixels (the canvas is drawn scaled to its box). */
  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    const sx = box.width > 0 ? PAD_WIDTH / box.width : 1
    const sy = box.height > 0 ? PAD_HEIGHT / box.height : 1
    return { x: ((e.clientX ?? 0) - box.left) * sx, y: ((e.clientY ?? 0) - box.top) * sy }
  }
  return (
    <canvas
      ref={ref}
      id='signature-canvas'
      className='signature__canvas'
      width={PAD_WIDTH}
      height={PAD_HEIGHT}
      style={{ touchAction: 'none' }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture?.(e.pointerId)
        const p = point(e)
        ink.current?.start(p.x, p.y)
      }}
      onPointerMove={(e) => {
        const p = point(e)
        ink.current?.move(p.x, p.y)
      }}
      onPointerUp={() => ink.current?.end()}
      onPointerLeave={() => ink.current?.end()}
    />
  )
}
