import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import type { SubscribeMessage } from '../../backend/ports/notifier'
import { DUMMY_SECRET_ID, TEST_ENV, startHarness, type Harness } from './harness'
import { openApiResponse, readOpenApiRequest } from './protobuf'
import { RecordingServer, tcbError, type Reply } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

const message: SubscribeMessage = {
  toOpenid: 'o-worker-1',
  templateId: 'tpl-progress',
  page: 'pages/case/detail?id=c1',
  data: { thing1: { value: '张三' }, time2: { value: '2024-05-01 10:00' } },
}
const wx = (body: unknown, errorCode = 0): Reply => ({ body: openApiResponse(body, errorCode) })
const send = () => h.platform.notifier.sendSubscribeMessage(message)

describe('CloudbaseNotifier.sendSubscribeMessage request', () => {
  it('posts wx.openApi as multipart with apiName subscribeMessage.send and a protobuf OPEN_API frame', async () => {
    h.server.when('wx.openApi', wx({ errcode: 0, errmsg: 'ok', msgid: 1 }))
    await expect(send()).resolves.toEqual({ status: 'sent' })
    const req = h.server.requests[0]
    expect(req).toMatchObject({ method: 'POST', path: '/admin', query: { env: TEST_ENV } })
    expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/)
    expect(String(req.headers.authorization)).toContain(`Credential=${DUMMY_SECRET_ID}/`)
    expect(req.form?.action.toString()).toBe('wx.openApi')
    expect(req.form?.apiName.toString()).toBe('subscribeMessage.send')
    expect(req.form?.envName.toString()).toBe(TEST_ENV)
    const { apiType, params } = readOpenApiRequest(req.form!.requestData)
    expect(apiType).toBe(0n)
    expect(params).toEqual({ touser: 'o-worker-1', template_id: 'tpl-progress', page: 'pages/case/detail?id=c1', data: message.data })
  })

  it('adds miniprogram_state when MINIPROGRAM_STATE is set and leaves out a missing page', async () => {
    const platform = createCloudbasePlatform({ TCB_ENV: TEST_ENV, MINIPROGRAM_STATE: 'developer' }, { serviceUrl: h.server.serviceUrl })
    h.server.when('wx.openApi', wx({ errcode: 0 }))
    await platform.notifier.sendSubscribeMessage({ ...message, page: undefined })
    const { params } = readOpenApiRequest(h.server.requests[0].form!.requestData)
    expect(params).toEqual({ touser: 'o-worker-1', template_id: 'tpl-progress', data: message.data, miniprogram_state: 'developer' })
  })
})

describe('CloudbaseNotifier.sendSubscribeMessage outcomes', () => {
  it('skips on errcode 43101 (refused, or no grant left)', async () => {
    h.server.when('wx.openApi', wx({ errcode: 43101, errmsg: 'user refuse to accept the msg' }))
    await expect(send()).resolves.toEqual({ status: 'skipped', reason: '43101: user refuse to accept the msg' })
  })

  it('fails retryably on errcode -1 (system busy)', async () => {
    h.server.when('wx.openApi', wx({ errcode: -1, errmsg: 'system error' }))
    await expect(send()).resolves.toEqual({ status: 'failed', retryable: true, reason: '-1: system error' })
  })

  it('fails for good on other WeChat errcodes', async () => {
    h.server.when('wx.openApi', wx({ errcode: 47003, errmsg: 'argument invalid! data.thing1.value' }))
    await expect(send()).resolves.toMatchObject({ status: 'failed', retryable: false, reason: expect.stringContaining('47003') })
  })

  it('fails for good, naming config.json, when the function lacks permissions.openapi (-604101)', async () => {
    h.server.when('wx.openApi', wx({}, -604101))
    await expect(send()).resolves.toMatchObject({ status: 'failed', retryable: false, reason: expect.stringContaining('permissions.openapi') })
  })

  it('classifies CloudBase JSON errors by code: SYS_ERR retryable, PERMISSION_DENIED not', async () => {
    const jsonUtf8 = { 'content-type': 'application/json; charset=utf-8' }
    h.server
      .when('wx.openApi', { headers: jsonUtf8, body: Buffer.from(JSON.stringify({ code: 'SYS_ERR', message: 'internal' })) })
      .when('wx.openApi', tcbError('PERMISSION_DENIED', 'denied'))
    await expect(send()).resolves.toMatchObject({ status: 'failed', retryable: true, reason: expect.stringContaining('SYS_ERR') })
    await expect(send()).resolves.toMatchObject({ status: 'failed', retryable: false, reason: expect.stringContaining('PERMISSION_DENIED') })
  })

  it('fails retryably on HTTP 5xx and on a refused connection', async () => {
    h.server.when('wx.openApi', { status: 502, body: 'bad gateway' })
    await expect(send()).resolves.toMatchObject({ status: 'failed', retryable: true, reason: expect.stringContaining('502') })
    const gone = await RecordingServer.start()
    await gone.close()
    const offline = createCloudbasePlatform({ TCB_ENV: TEST_ENV }, { serviceUrl: gone.serviceUrl })
    await expect(offline.notifier.sendSubscribeMessage(message)).resolves.toMatchObject({ status: 'failed', retryable: true, reason: expect.stringContaining('ECONNREFUSED') })
  })
})
