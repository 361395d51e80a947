import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { SignaturePad } from '../../miniprogram/packages/insurer/components/SignaturePad'
import { createInk, MIN_INK, uploadSignatureFromWeappCanvas, type InkContext } from '../../miniprogram/packages/insurer/lib/signature'
import { setToken } from '../../miniprogram/services/session'
import { errReply, okReply, stubFetch, unstubFetch } from '../support/fetchStub'
import { cloud } from '../support/taro.mock'

/* jsdom has no canvas: a recording 2D context and a toBlob that yields a tiny PNG stand in. */
function fakeContext(): InkContext & { calls: string[] } {
  const calls: string[] = []
  const record = (name: string) => (...args: unknown[]) => void calls.push(`${name}(${args.join(',')})`)
  return { calls, beginPath: record('beginPath'), moveTo: record('moveTo'), lineTo: record('lineTo'), stroke: record('stroke'), fillRect: record('fillRect'), lineWidth: 0, lineCap: '', lineJoin: '', strokeStyle: '', fillStyle: '' }
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
let ctx: ReturnType<typeof fakeContext>
let toBlob: jest.Mock
const originalToBlob = HTMLCanvasElement.prototype.toBlob
const originalPointer = (window as { PointerEvent?: unknown }).PointerEvent

beforeAll(() => {
  /* jsdom lacks PointerEvent; a MouseEvent with a pointerId carries clientX/Y like the real one. */
  class FakePointerEvent extends MouseEvent {
    pointerId: number
    constructor(type: string, init: MouseEventInit & { pointerId?: number } = {}) {
      super(type, init)
      this.pointerId = init.pointerId ?? 1
    }
  }
  ;(window as { PointerEvent?: unknown }).PointerEvent = FakePointerEvent
})
afterAll(() => {
  ;(window as { PointerEvent?: unknown }).PointerEvent = originalPointer
  HTMLCanvasElement.prototype.toBlob = originalToBlob
})
beforeEach(() => {
  ctx = fakeContext()
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D)
  toBlob = jest.fn((cb: BlobCallback, type?: string) => cb(new Blob([PNG], { type: type ?? 'image/png' })))
  HTMLCanvasElement.prototype.toBlob = toBlob as unknown as HTMLCanvasElement['toBlob']
  setToken('tok-1')
})
afterEach(unstubFetch)

function draw(canvas: HTMLElement) {
  fireEvent.pointerDown(canvas, { clientX: 10, clientY: 40 })
  for (let x = 30; x <= 130; x += 20) fireEvent.pointerMove(canvas, { clientX: x, clientY: x % 40 === 10 ? 20 : 60 })
  fireEvent.pointerUp(canvas)
}

describe('the witness signature pad', () => {
  it('refuses an empty pad without uploading', async () => {
    const seen = stubFetch({})
    const onSigned = jest.fn()
    render(<SignaturePad onSigned={onSigned} />)
    fireEvent.click(screen.getByText('确认签名'))
    expect(await screen.findByText('请证人在框内签名')).toBeInTheDocument()
    expect(seen).toHaveLength(0)
    expect(toBlob).not.toHaveBeenCalled()
    expect(onSigned).not.toHaveBeenCalled()
  })

  it('draws strokes on a white pad, exports PNG and uploads it to /upload?ext=png with the session token', async () => {
    const seen = stubFetch({ 'POST /upload?ext=png': okReply({ fileId: 'local://uploads/u/sig.png', size: 8 }) })
    const onSigned = jest.fn()
    render(<SignaturePad onSigned={onSigned} />)
    const canvas = document.getElementById('signature-canvas')!
    expect(canvas.tagName).toBe('CANVAS')
    expect(ctx.calls[0]).toBe('fillRect(0,0,600,240)')
    expect(ctx.fillStyle).toBe('#ffffff')
    draw(canvas)
    expect(ctx.calls.filter((c) => c.startsWith('lineTo'))).toHaveLength(6)
    expect(ctx.calls).toContain('moveTo(10,40)')
    fireEvent.click(screen.getByText('确认签名'))
    await waitFor(() => expect(onSigned).toHaveBeenCalledWith('local://uploads/u/sig.png'))
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png')
    expect(seen).toHaveLength(1)
    expect(seen[0].headers.Authorization).toBe('Bearer tok-1')
    const sent = (globalThis.fetch as jest.Mock).mock.calls[0][1].body as Blob
    expect(sent.type).toBe('image/png')
    expect(sent.size).toBe(PNG.length)
    expect(screen.getByText('签名已保存')).toBeInTheDocument()
  })

  it('clears the pad and shows an upload failure in Chinese', async () => {
    stubFetch({ 'POST /upload?ext=png': errReply('AUTH.UNAUTHENTICATED', '请先登录', 401) })
    const onSigned = jest.fn()
    const onCleared = jest.fn()
    render(<SignaturePad onSigned={onSigned} onCleared={onCleared} />)
    const canvas = document.getElementById('signature-canvas')!
    draw(canvas)
    fireEvent.click(screen.getByText('清除重签'))
    expect(onCleared).toHaveBeenCalledTimes(1)
    expect(ctx.calls.filter((c) => c.startsWith('fillRect'))).toHaveLength(2)
    fireEvent.click(screen.getByText('确认签名'))
    expect(await screen.findByText('请证人在框内签名')).toBeInTheDocument()
    draw(canvas)
    fireEvent.click(screen.getByText('确认签名'))
    expect(await screen.findByText('请先登录')).toBeInTheDocument()
    expect(onSigned).not.toHaveBeenCalled()
  })

  it('counts ink, so a tap is not a signature', () => {
    const ink = createInk(fakeContext())
    ink.start(0, 0)
    ink.move(MIN_INK - 1, 0)
    expect(ink.signed()).toBe(false)
    ink.move(MIN_INK, 0)
    expect(ink.signed()).toBe(true)
  })

  it('in the mini-program exports the canvas 2d node as PNG and uploads it with Taro.cloud.uploadFile to the path the server issued', async () => {
    process.env.TARO_ENV = 'weapp'
    cloud.callFunction.mockResolvedValueOnce({ result: { ok: true, data: { cloudPath: 'uploads/20261122/issued.png' } } })
    const canvasToTempFilePath = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/sig.png', errMsg: 'ok' }))
    const uploadFile = jest.fn(async () => ({ fileID: 'cloud://env/uploads/sig.png', statusCode: 200, errMsg: 'ok' }))
    Object.assign(Taro as object, { canvasToTempFilePath })
    Object.assign(cloud, { uploadFile })
    try {
      const node = { width: 300, height: 120 }
      await expect(uploadSignatureFromWeappCanvas(node)).resolves.toBe('cloud://env/uploads/sig.png')
      expect(canvasToTempFilePath).toHaveBeenCalledWith({ canvas: node, fileType: 'png' })
      expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'user', data: { action: 'prepareUpload', ext: 'png' } })
      expect(uploadFile).toHaveBeenCalledWith({ cloudPath: 'uploads/20261122/issued.png', filePath: 'wxfile://tmp/sig.png' })
    } finally {
      delete (Taro as { canvasToTempFilePath?: unknown }).canvasToTempFilePath
      delete (cloud as { uploadFile?: unknown }).uploadFile
    }
  })
})
