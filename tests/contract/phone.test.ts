import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
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

const NOW = new Date('2024-05-01T10:00:00Z')
const wx = (body: unknown, errorCode = 0): Reply => ({ body: openApiResponse(body, errorCode) })
const confirm = (code = 'dyn-code-1') => h.platform.phone.confirm('o-worker-1', { kind: 'wechat', code }, NOW)

/** WeChat's documented success answer. */
const PHONE_OK = {
  errcode: 0,
  errmsg: 'ok',
  phone_info: { phoneNumber: '+8613800138000', purePhoneNumber: '13800138000', countryCode: '86', watermark: { timestamp: 1714557600, appid: 'wx-app' } },
}

describe('CloudbasePhoneVerifier.confirm request', () => {
  it('posts wx.openApi as multipart with apiName phonenumber.getPhoneNumber and the code as the only parameter', async () => {
    h.server.when('wx.openApi', wx(PHONE_OK))
    await confirm('0a3Xyz-dynamic')
    const req = h.server.requests[0]
    expect(req).toMatchObject({ method: 'POST', path: '/admin', query: { env: TEST_ENV } })
    expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/)
    expect(String(req.headers.authorization)).toContain(`Credential=${DUMMY_SECRET_ID}/`)
    expect(req.form?.action.toString()).toBe('wx.openApi')
    expect(req.form?.apiName.toString()).toBe('phonenumber.getPhoneNumber')
    expect(req.form?.envName.toString()).toBe(TEST_ENV)
    const { apiType, params } = readOpenApiRequest(req.form!.requestData)
    expect(apiType).toBe(0n)
    expect(params).toEqual({ code: '0a3Xyz-dynamic' })
  })
})

describe('CloudbasePhoneVerifier.confirm answers', () => {
  it('returns phone_info.purePhoneNumber on errcode 0', async () => {
    h.server.when('wx.openApi', wx(PHONE_OK))
    await expect(confirm()).resolves.toBe('13800138000')
  })

  it('returns null on errcode 40029 (invalid or used code) and on other WeChat errcodes', async () => {
    h.server.when('wx.openApi', wx({ errcode: 40029, errmsg: 'invalid code' })).when('wx.openApi', wx({ errcode: 45011, errmsg: 'api minute-quota reach limit' }))
    await expect(confirm()).resolves.toBeNull()
    await expect(confirm()).resolves.toBeNull()
  })

  it('throws on errcode -1 (system busy): not a verdict on the code', async () => {
    h.server.when('wx.openApi', wx({ errcode: -1, errmsg: 'system error' }))
    await expect(confirm()).rejects.toMatchObject({ name: 'CloudbasePhoneError', code: -1 })
  })

  it('throws, naming config.json, when the function lacks permissions.openapi (-604101)', async () => {
    h.server.when('wx.openApi', wx({}, -604101))
    await expect(confirm()).rejects.toThrow(/permissions\.openapi/)
  })

  it('throws on CloudBase errors, plain or JSON-typed', async () => {
    h.server
      .when('wx.openApi', { headers: { 'content-type': 'application/json; charset=utf-8' }, body: Buffer.from(JSON.stringify({ code: 'SYS_ERR', message: 'internal' })) })
      .when('wx.openApi', tcbError('PERMISSION_DENIED', 'denied'))
    await expect(confirm()).rejects.toThrow(/SYS_ERR/)
    await expect(confirm()).rejects.toThrow(/PERMISSION_DENIED/)
  })

  it('throws on HTTP 5xx and on a refused connection', async () => {
    h.server.when('wx.openApi', { status: 502, body: 'bad gateway' })
    await expect(confirm()).rejects.toThrow(/502/)
    const gone = await RecordingServer.start()
    await gone.close()
    const offline = createCloudbasePlatform({ TCB_ENV: TEST_ENV }, { serviceUrl: gone.serviceUrl })
    await expect(offline.phone.confirm('o-worker-1', { kind: 'wechat', code: 'c' }, NOW)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})

describe('CloudbasePhoneVerifier without SMS', () => {
  it('sends nothing for one-time codes: sendCode is false, an otp proof is null', async () => {
    await expect(h.platform.phone.sendCode('o-worker-1', '13800138000', NOW)).resolves.toBe(false)
    await expect(h.platform.phone.confirm('o-worker-1', { kind: 'otp', phone: '13800138000', otp: '123456' }, NOW)).resolves.toBeNull()
    await expect(h.platform.phone.confirm('o-worker-1', { kind: 'wechat', code: '' }, NOW)).resolves.toBeNull()
    expect(h.server.requests).toEqual([])
  })
})
