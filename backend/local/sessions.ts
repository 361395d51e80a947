import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Sessions last a working day and a bit. */
const SESSION_MS = 12 * 3600_000

/** The dev-session signing secret, kept in the data folder so sessions survive restarts. */
export function loadSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session.key')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

/** A signed token naming an openid and its expiry. */
export function issueSessionToken(secret: string, openid: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ openid, exp: now.getTime() + SESSION_MS })).toString('base64url')
  return `${payload}.${sign(secret, payload)}`
}

/** The openid of a valid, unexpired token, else null. */
export function verifySessionToken(secret: string, token: string, now: Date): string | null {
  const [payload, signature] = token.split('.')
  if (!payload || !signature) return null
  const expected = Buffer.from(sign(secret, payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const { openid, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { openid: string; exp: number }
    return typeof openid === 'string' && exp > now.getTime() ? openid : null
  } catch {
    return null
  }
}
