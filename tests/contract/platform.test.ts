import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { docList, setEnv, startHarness, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())

const VALID_KEY = 'ab'.repeat(32)

describe('createCloudbasePlatform wiring', () => {
  it('sends nothing when created', () => {
    createCloudbasePlatform({ TCB_ENV: 'env-a' }, { serviceUrl: h.server.serviceUrl })
    expect(h.server.requests).toEqual([])
  })

  it('uses TCB_ENV as the environment', async () => {
    h.server.when('database.getDocument', docList())
    await createCloudbasePlatform({ TCB_ENV: 'env-a' }, { serviceUrl: h.server.serviceUrl }).store.get('cases', 'x')
    expect(h.server.requests[0].query.env).toBe('env-a')
    expect(h.server.requests[0].json?.envName).toBe('env-a')
  })

  it('defaults to the current environment (SCF_NAMESPACE) and follows TCB_CONTEXT_CNFG.URL without serviceUrl', async () => {
    const restore = setEnv({ SCF_NAMESPACE: 'ns-env', TCB_CONTEXT_CNFG: JSON.stringify({ URL: h.server.serviceUrl }) })
    try {
      h.server.when('database.getDocument', docList())
      await createCloudbasePlatform({}).store.get('cases', 'x')
    } finally {
      restore()
    }
    expect(h.server.requests).toHaveLength(1)
    expect(h.server.requests[0].path).toBe('/admin')
    expect(h.server.requests[0].json?.envName).toBe('ns-env')
  })
})

describe('createCloudbasePlatform config', () => {
  it('reads the keys from the environment at first use', () => {
    const platform = createCloudbasePlatform({ ID_HASH_KEY: 'hash-key', ID_ENCRYPTION_KEY: VALID_KEY, WECOM_WEBHOOK_URL: 'https://qyapi.example/hook' })
    expect(platform.config).toMatchObject({ idHashKey: 'hash-key', idEncryptionKey: VALID_KEY, wecomWebhookUrl: 'https://qyapi.example/hook' })
  })

  it('reads SUBSCRIBE_TEMPLATES as JSON, defaulting to none and naming the variable when malformed', () => {
    expect(createCloudbasePlatform({}).config.subscribeTemplates).toEqual({})
    expect(createCloudbasePlatform({ SUBSCRIBE_TEMPLATES: '{"progress":"tpl-1"}' }).config.subscribeTemplates).toEqual({ progress: 'tpl-1' })
    expect(() => createCloudbasePlatform({ SUBSCRIBE_TEMPLATES: '{oops' }).config.subscribeTemplates).toThrow(/SUBSCRIBE_TEMPLATES/)
  })

  it('throws a message naming the missing variable only when a key is used', () => {
    const platform = createCloudbasePlatform({})
    expect(platform.config.wecomWebhookUrl).toBe('')
    expect(() => platform.config.idHashKey).toThrow(/ID_HASH_KEY is not set/)
    expect(() => platform.config.idEncryptionKey).toThrow(/ID_ENCRYPTION_KEY is not set/)
  })

  it('rejects an encryption key that is not 32 bytes of hex', () => {
    const platform = createCloudbasePlatform({ ID_ENCRYPTION_KEY: 'too-short' })
    expect(() => platform.config.idEncryptionKey).toThrow(/64 hex digits/)
  })

  it('tells the system time', () => {
    const before = Date.now()
    const now = createCloudbasePlatform({}).clock.now().getTime()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(Date.now())
  })
})
