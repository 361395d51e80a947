import { setEnv, startHarness, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
/* Identity is read from the platform's environment: it must never cost a request. */
afterEach(() => expect(h.server.requests).toEqual([]))

function withCaller(vars: Record<string, string | undefined>, run: () => Promise<void>): () => Promise<void> {
  return async () => {
    const restore = setEnv(vars)
    try {
      await run()
    } finally {
      restore()
    }
  }
}

/* The SDK copies WX_* variables from process.env only when WX_CONTEXT_KEYS names them, as the platform does. */
const KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID'

/* On the current runtime CloudBase passes the caller in context.environment, a JSON string. */
const envContext = (vars: Record<string, string>) => ({ request_id: 'r1', environment: JSON.stringify(vars) })

describe('CloudbaseIdentity.resolve', () => {
  it('is anonymous off the platform (no WX_OPENID anywhere)', async () => {
    await expect(h.platform.identity.resolve({})).resolves.toBeNull()
  })

  it(
    'reads WX_OPENID and WX_APPID from the process environment, as getUserInfo does',
    withCaller({ WX_CONTEXT_KEYS: KEYS, WX_OPENID: 'o-env', WX_APPID: 'wx-app' }, async () => {
      await expect(h.platform.identity.resolve({ request_id: 'r1' })).resolves.toEqual({ openid: 'o-env', appid: 'wx-app' })
    }),
  )

  it(
    'ignores a WX_OPENID that WX_CONTEXT_KEYS does not list (the SDK reads only listed keys)',
    withCaller({ WX_OPENID: 'o-stray' }, async () => {
      await expect(h.platform.identity.resolve({})).resolves.toBeNull()
    }),
  )

  it('reads the caller from context.environment, preferring it to process.env', async () => {
    const context = envContext({ WX_OPENID: 'o-ctx', WX_APPID: 'wx-ctx', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID' })
    await expect(h.platform.identity.resolve(context)).resolves.toEqual({ openid: 'o-ctx', appid: 'wx-ctx' })
    await withCaller({ WX_CONTEXT_KEYS: KEYS, WX_OPENID: 'o-env' }, async () => {
      await expect(h.platform.identity.resolve(context)).resolves.toMatchObject({ openid: 'o-ctx' })
    })()
  })

  it(
    'treats an empty WX_OPENID as anonymous and omits a missing appid',
    withCaller({ WX_CONTEXT_KEYS: KEYS, WX_OPENID: '' }, async () => {
      await expect(h.platform.identity.resolve({})).resolves.toBeNull()
      await expect(h.platform.identity.resolve(envContext({ WX_OPENID: 'o-1' }))).resolves.toEqual({ openid: 'o-1' })
    }),
  )

  it('ignores context.caller (set only by the local runtime) and look-alike fields', async () => {
    const forged = { caller: { openid: 'o-forged' }, openid: 'o-x', OPENID: 'o-y', userInfo: { openId: 'o-z' } }
    await expect(h.platform.identity.resolve(forged)).resolves.toBeNull()
  })

  it(
    'falls back to the process environment when context.environment is not JSON',
    withCaller({ WX_CONTEXT_KEYS: KEYS, WX_OPENID: 'o-env' }, async () => {
      await expect(h.platform.identity.resolve({ environment: '{not json' })).resolves.toEqual({ openid: 'o-env' })
    }),
  )
})
