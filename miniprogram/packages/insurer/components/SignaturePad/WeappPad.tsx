import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { createInk, preparePad, uploadSignatureFromWeappCanvas, type InkContext } from '../../lib/signature'
import type { PadHandle } from './index'

type CanvasNode = { width: number; height: number; getContext: (kind: '2d') => InkContext & { scale: (x: number, y: number) => void } }
type Touch = { x: number; y: number }

/** Mini-program: a Taro Canvas of type 2d, drawn with touch events (touches carry canvas x/y). */
export function WeappPad({ onReady }: { onReady: (pad: PadHandle) => void }) {
  const ink = useRef<ReturnType<typeof createInk> | null>(null)

  /* The pad mounts after the page's data loads (after onReady), so the node is looked up after the
     next render, retrying briefly until the mini-program layer has it. */
  useEffect(() => {
    let tries = 0
    let live = true
    const find = () => Taro.createSelectorQuery()
      .select('#signature-canvas')
      .fields({ node: true, size: true })
      .exec((res: Array<{ node: CanvasNode; width: number; height: number } | null>) => {
        const found = res[0]
        if (!live) return
        if (!found?.node) {
          if (++tries < 10) setTimeout(find, 100)
          return
        }
        const { node, width, height } = found
        const dpr = Taro.getWindowInfo().pixelRatio
        node.width = width * dpr
        node.height = height * dpr
        const ctx = node.getContext('2d')
        ctx.scale(dpr, dpr)
        preparePad(ctx, width, height)
        const strokes = createInk(ctx)
        ink.current = strokes
        onReady({
          signed: strokes.signed,
          clear: () => {
            strokes.reset()
            preparePad(ctx, width, height)
          },
          upload: () => uploadSignatureFromWeappCanvas(node),
        })
      })
    Taro.nextTick(find)
    return () => {
      live = false
    }
  }, [])

  const first = (e: { touches: unknown[] }) => e.touches[0] as Touch | undefined
  return (
    <Canvas
      type='2d'
      id='signature-canvas'
      className='signature__canvas'
      disableScroll
      onTouchStart={(e) => {
        const t = first(e)
        if (t) ink.current?.start(t.x, t.y)
      }}
      onTouchMove={(e) => {
        const t = first(e)
        if (t) ink.current?.move(t.x, t.y)
      }}
      onTouchEnd={() => ink.current?.end()}
    />
  )
}
