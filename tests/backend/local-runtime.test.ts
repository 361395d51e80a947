import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLocalConfig } from '../../backend/local/config'
import { startRuntime, type RunningRuntime } from '../../backend/local/runtime'
import { issueSessionToken, verifySessionToken } from '../../backend/local/sessions'
import { startTimers, toCronerPattern } from '../../backend/local/timers'

const quiet = () => undefined
let dataDir: string
let runtime: RunningRuntime | undefined

function start(env: Record<string, string> = {}): Promise<RunningRuntime> {
  const config = readLocalConfig({ PORT: '0', DATA_DIR: dataDir, SKIP_H5_BUILD: '1', LOCAL_TIMERS: '0', ...env }, path.resolve(__dirname, '../..'))
  return startRuntime(config, { log: quiet })
}

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'gc-runtime-'))
})
afterEach(async () => {
  await runtime?.stop()
  runtime = undefined
  rmSync(dataDir, { recursive: true, force: true })
})

describe('local runtime over HTTP', () => {
  it('signs in a demo user and calls a function as them; the session survives a restart', async () => {
    runtime = await start()
    const users = (await (await fetch(`${runtime.url}dev/users`)).json()) as { data: { users: Array<{ id: string; role: string }> } }
    expect(new Set(users.data.users.map((u) => u.role))).toEqual(new Set(['officer', 'worker', 'insurer', 'hospital', 'bureau']))
    const signIn = await post(`${runtime.url}dev/sign-in`, { userId: 'u-officer-16' })
    const token = (signIn.json.data as { token: string }).token
    expect(await post(`${runtime.url}api/user`, { action: 'me' }, token)).toMatchObject({ json: { ok: true, data: { me: { id: 'u-officer-16', role: 'officer' } } } })
    await runtime.stop()
    runtime = await start()
    expect(await post(`${runtime.url}api/user`, { action: 'me' }, token)).toMatchObject({ json: { ok: true, data: { bound: true } } })
  })

  it('keeps data across a stop and start', async () => {
    runtime = await start()
    const token = ((await post(`${runtime.url}dev/sign-in`, { userId: 'u-bureau-01' })).json.data as { token: string }).token
    await post(`${runtime.url}api/directory`, { action: 'setEnterpriseStatus', enterpriseId: 'ent-09', status: 'suspended', reason: '重启保留测试' }, token)
    await runtime.stop()
    runtime = await start()
    const list = await post(`${runtime.url}api/directory`, { action: 'listEnterprises', status: 'suspended' }, token)
    expect((list.json.data as { enterprises: Array<{ _id: string }> }).enterprises.map((e) => e._id)).toEqual(['ent-09'])
  })

  it('refuses dev sign-in in production', async () => {
    runtime = await start({ NODE_ENV: 'production' })
    expect(await post(`${runtime.url}dev/sign-in`, { userId: 'u-bureau-01' })).toMatchObject({ status: 403, json: { ok: false, code: 'AUTH.DEV_SIGNIN_DISABLED' } })
    expect((await fetch(`${runtime.url}dev/users`)).status).toBe(403)
  })

  it('answers bad requests with stable codes: forged token, bad JSON, unknown function, posed timer', async () => {
    runtime = await start()
    expect(await post(`${runtime.url}api/user`, { action: 'me' }, 'forged.token')).toMatchObject({ status: 401, json: { code: 'AUTH.UNAUTHENTICATED' } })
    expect(await post(`${runtime.url}api/user`, '{not json')).toMatchObject({ status: 400, json: { code: 'REQUEST.INVALID' } })
    expect(await post(`${runtime.url}api/nope`, {})).toMatchObject({ status: 404, json: { code: 'REQUEST.UNKNOWN_ACTION' } })
    expect(await post(`${runtime.url}api/outbox`, { Type: 'Timer' })).toMatchObject({ status: 403, json: { code: 'AUTH.FORBIDDEN' } })
  })
})

describe('sessions and timers', () => {
  it('verifies its own tokens, rejects tampered and expired ones', () => {
    const now = new Date('2026-11-22T00:00:00Z')
    const token = issueSessionToken('secret', 'dev-u-1', now)
    expect(verifySessionToken('secret', token, now)).toBe('dev-u-1')
    expect(verifySessionToken('other', token, now)).toBeNull()
    expect(verifySessionToken('secret', token.replace(/^./, 'x'), now)).toBeNull()
    expect(verifySessionToken('secret', token, new Date(now.getTime() + 13 * 3600_000))).toBeNull()
  })

  it('turns CloudBase 7-field crons into croner patterns and refuses what it cannot run', () => {
    expect(toCronerPattern('0 * * * * * *')).toBe('0 * * * * *')
    expect(toCronerPattern('0 0 2 1 * * *')).toBe('0 0 2 1 * *')
    expect(() => toCronerPattern('0 * * * * *')).toThrow('7 fields')
    expect(() => toCronerPattern('0 0 0 1 1 * 2027')).toThrow('year')
  })
})

describe('timer triggers in process', () => {
  it('fires a function\'s timer from its config.json with the platform\'s timer event and no caller', async () => {
    const seen: Array<{ event: unknown; context: unknown }> = []
    const fn = {
      name: 'probe',
      config: { triggers: [{ name: 'every-second', type: 'timer', config: '* * * * * * *' }] },
      main: async (event: unknown, context: unknown) => {
        seen.push({ event, context })
        return { ok: true as const, data: null }
      },
    }
    const stop = startTimers([fn], () => undefined)
    try {
      for (let i = 0; i < 40 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 100))
    } finally {
      stop()
    }
    expect(seen[0]).toEqual({ event: expect.objectContaining({ Type: 'Timer', TriggerName: 'every-second' }), context: { function_name: 'probe' } })
  })
})
