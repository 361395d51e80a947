import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import type { Platform } from '../../backend/ports/platform'
import { RecordingServer, tcbOk, type RecordedRequest, type Reply } from './recording-server'

/** The CloudBase environment id the contract tests use. */
export const TEST_ENV = 'contract-env'
/** Dummy credentials: the SDK refuses to send without some, and signs with whatever it gets. */
export const DUMMY_SECRET_ID = 'dummy-secret-id'

/*
 * Variables that change how the SDK behaves off the platform. Each test file clears them and
 * puts them back afterwards, so a developer's shell cannot leak into (or out of) the contract.
 */
const SDK_VARS = ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'TENCENTCLOUD_SESSIONTOKEN', 'TENCENTCLOUD_RUNENV', 'TENCENTCLOUD_REGION', 'TENCENTCLOUD', 'TCB_CONTEXT_CNFG', 'TCB_CONTEXT_KEYS', 'TCB_ENV', 'SCF_NAMESPACE', 'CLOUDBASE_APIKEY', 'WX_OPENID', 'WX_APPID', 'WX_CONTEXT_KEYS', 'WX_API_TOKEN', 'SILENCE']

/** Set (or, with undefined, delete) process environment variables; returns a function restoring them. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  apply(vars)
  return () => apply(saved)
}

/** A recording server plus a CloudBase platform pointed at it. */
export interface Harness {
  server: RecordingServer
  platform: Platform
  stop(): Promise<void>
}

/** Start the server, set the dummy credentials, and build the platform with `init({ serviceUrl })`. */
export async function startHarness(): Promise<Harness> {
  const restore = setEnv({
    ...Object.fromEntries(SDK_VARS.map((k) => [k, undefined])),
    TENCENTCLOUD_SECRETID: DUMMY_SECRET_ID,
    TENCENTCLOUD_SECRETKEY: 'dummy-secret-key',
    /*
     * Off the platform the SDK probes http://metadata.tencentyun.com before every request (30 ms
     * timeout, failure not cached), leaving DNS lookups running. TENCENTCLOUD=true answers that
     * probe the way SCF does (internal), without the network; serviceUrl still decides the URL.
     */
    TENCENTCLOUD: 'true',
  })
  const server = await RecordingServer.start()
  const platform = createCloudbasePlatform({ TCB_ENV: TEST_ENV }, { serviceUrl: server.serviceUrl })
  return {
    server,
    platform,
    async stop() {
      await server.close()
      restore()
    },
  }
}

/** Assert the request went to the admin endpoint, for our env, signed with the dummy key. */
export function expectAdminCall(req: RecordedRequest, action: string): Record<string, unknown> {
  expect(req.method).toBe('POST')
  expect(req.path).toBe('/admin')
  expect(req.query.env).toBe(TEST_ENV)
  expect(String(req.headers.authorization)).toMatch(new RegExp(`^TC3-HMAC-SHA256 Credential=${DUMMY_SECRET_ID}/`))
  expect(req.action).toBe(action)
  const body = req.json ?? {}
  expect(body.envName).toBe(TEST_ENV)
  return body
}

/** Parse one of the EJSON strings the SDK puts in `query`, `data`, `order`. */
export function ejson(value: unknown): unknown {
  expect(typeof value).toBe('string')
  return JSON.parse(value as string)
}

/** A getDocument answer: CloudBase sends each document as an EJSON string, `_id` inside. */
export function docList(...docs: Array<Record<string, unknown> | string>): Reply {
  return tcbOk({ list: docs.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))), limit: 100, offset: 0 })
}
