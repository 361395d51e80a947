import { caseApi } from '../../shared/api/case.api'
import { userApi } from '../../shared/api/user.api'
import { callFunction } from '../../miniprogram/services/call'
import { devSignIn, listDevUsers } from '../../miniprogram/services/devAuth'
import { ServiceError } from '../../miniprogram/services/errors'
import { getToken, setToken } from '../../miniprogram/services/session'
import { errReply, okReply, stubFetch, unstubFetch } from '../support/fetchStub'
import { makeMe } from '../support/fixtures'
import { cloud } from '../support/taro.mock'

afterEach(unstubFetch)

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ServiceError)
  return error as ServiceError
}

describe('callFunction over HTTP (H5)', () => {
  it('posts { action, ...input } to /api/<function> with the bearer token and returns the checked data', async () => {
    setToken('tok-1')
    const me = makeMe()
    const seen = stubFetch({ 'POST /api/user': okReply({ bound: true, me }) })
    await expect(callFunction(userApi, 'me', {})).resolves.toEqual({ bound: true, me })
    expect(seen).toHaveLength(1)
    expect(seen[0].body).toEqual({ action: 'me' })
    expect(seen[0].headers.Authorization).toBe('Bearer tok-1')
    expect(seen[0].headers['Content-Type']).toBe('application/json')
  })

  it('sends no Authorization header without a token', async () => {
    const seen = stubFetch({ 'POST /api/user': okReply({ bound: false, me: null }) })
    await callFunction(userApi, 'me', {})
    expect(seen[0].headers.Authorization).toBeUndefined()
  })

  it('turns an error envelope into a ServiceError with its code and message, whatever the HTTP status', async () => {
    stubFetch({ 'POST /api/case': errReply('CASE.NOT_FOUND', '案件不存在', 404) })
    const error = await failure(callFunction(caseApi, 'get', { caseId: 'c-404' }))
    expect(error.code).toBe('CASE.NOT_FOUND')
    expect(error.message).toBe('案件不存在')
  })

  it('reports data that does not match the output schema as INTERNAL', async () => {
    stubFetch({ 'POST /api/user': okReply({ bound: 'yes', me: { id: 1 } }) })
    const error = await failure(callFunction(userApi, 'me', {}))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('系统繁忙，请稍后再试')
  })

  it('reports a reply that is not an envelope as INTERNAL', async () => {
    stubFetch({ 'POST /api/user': { body: { bound: true } } })
    expect((await failure(callFunction(userApi, 'me', {}))).code).toBe('INTERNAL')
  })

  it('reports a failed connection as NETWORK with the Chinese hint', async () => {
    stubFetch({ 'POST /api/user': { networkError: true } })
    const error = await failure(callFunction(userApi, 'me', {}))
    expect(error.code).toBe('NETWORK')
    expect(error.message).toBe('网络异常，请检查网络后重试')
  })

  it('reports a gateway error page (not JSON) as NETWORK', async () => {
    stubFetch({ 'POST /api/user': { status: 502, body: '<html>Bad Gateway</html>' } })
    expect((await failure(callFunction(userApi, 'me', {}))).code).toBe('NETWORK')
  })

  it('checks input against the shared schema before calling, with its Chinese message', async () => {
    const seen = stubFetch({})
    const error = await failure(callFunction(caseApi, 'get', { caseId: '' }))
    expect(error.code).toBe('REQUEST.INVALID')
    expect(error.message).toBe('缺少编号')
    expect(seen).toHaveLength(0)
  })
})

describe('callFunction through the cloud SDK (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it('calls Taro.cloud.callFunction with { name, data: { action, ...input } } and unwraps res.result', async () => {
    const me = makeMe({ role: 'hospital', name: '钱医生' })
    cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { bound: true, me } }, errMsg: 'ok' })
    const seen = stubFetch({})
    await expect(callFunction(userApi, 'me', {})).resolves.toEqual({ bound: true, me })
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'user', data: { action: 'me' } })
    expect(seen).toHaveLength(0)
  })

  it('passes error envelopes through as ServiceError', async () => {
    cloud.callFunction.mockResolvedValue({ result: { ok: false, code: 'AUTH.NOT_BOUND', message: '账号尚未绑定身份' } })
    const error = await failure(callFunction(userApi, 'me', {}))
    expect([error.code, error.message]).toEqual(['AUTH.NOT_BOUND', '账号尚未绑定身份'])
  })

  it('maps a rejected call to NETWORK, and a function that crashed to INTERNAL', async () => {
    cloud.callFunction.mockRejectedValueOnce({ errCode: -1, errMsg: 'cloud.callFunction:fail timeout' })
    expect((await failure(callFunction(userApi, 'me', {}))).code).toBe('NETWORK')
    cloud.callFunction.mockRejectedValueOnce({ errCode: -504002, errMsg: 'functions execute fail' })
    expect((await failure(callFunction(userApi, 'me', {}))).code).toBe('INTERNAL')
  })
})

describe('dev sign-in endpoints', () => {
  it('lists the demo users from GET /dev/users', async () => {
    const users = [{ id: 'u1', name: '王安全', role: 'officer', roleLabel: '企业专职人员', orgName: '示例企业' }]
    const seen = stubFetch({ 'GET /dev/users': okReply({ users }) })
    await expect(listDevUsers()).resolves.toEqual(users)
    expect(seen[0].method).toBe('GET')
  })

  it('signs in with POST /dev/sign-in { userId } and stores the session token', async () => {
    const me = makeMe()
    const seen = stubFetch({ 'POST /dev/sign-in': okReply({ token: 'tok-9', me }) })
    await expect(devSignIn('u-officer-1')).resolves.toEqual(me)
    expect(seen[0].body).toEqual({ userId: 'u-officer-1' })
    expect(getToken()).toBe('tok-9')
  })

  it('reports disabled dev sign-in with its code and message and stores nothing', async () => {
    stubFetch({ 'POST /dev/sign-in': errReply('AUTH.DEV_SIGNIN_DISABLED', '生产环境不允许开发登录', 403) })
    const error = await failure(devSignIn('u1'))
    expect(error.code).toBe('AUTH.DEV_SIGNIN_DISABLED')
    expect(getToken()).toBeNull()
  })
})
