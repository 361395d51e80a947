import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { ERROR_MESSAGES } from '../../shared/errors'
import { ROLE_LABELS } from '../../shared/roles'
import { organisationName } from '../domain/organisations'
import { listDemoUsers } from '../domain/users'
import type { Platform } from '../ports/platform'
import { readBody, sendJson } from './http-util'
import { issueSessionToken } from './sessions'

const ZSignIn = z.union([z.object({ userId: z.string().min(1).max(64) }), z.object({ guest: z.literal(true) })])

/** Dev sign-in exists only off production: in the cloud WeChat vouches for the caller. */
function refuseInProduction(res: ServerResponse, production: boolean): boolean {
  if (!production) return false
  sendJson(res, 403, { ok: false, code: 'AUTH.DEV_SIGNIN_DISABLED', message: ERROR_MESSAGES['AUTH.DEV_SIGNIN_DISABLED'] })
  return true
}

/** GET /dev/users: the seeded demo users of every role. */
export async function handleDevUsers(res: ServerResponse, platform: Platform, production: boolean): Promise<void> {
  if (refuseInProduction(res, production)) return
  const users = await listDemoUsers(platform.store)
  const rows = await Promise.all(users.map(async (u) => ({ id: u._id, name: u.name, role: u.role, roleLabel: ROLE_LABELS[u.role], orgName: await organisationName(platform.store, u) })))
  sendJson(res, 200, { ok: true, data: { users: rows } })
}

/** POST /dev/sign-in {userId} or {guest: true}: a signed session token for a demo user (or a new, unbound WeChat user). */
export async function handleDevSignIn(req: IncomingMessage, res: ServerResponse, platform: Platform, secret: string, production: boolean): Promise<void> {
  if (refuseInProduction(res, production)) return
  const body = await readBody(req, 4096)
  let parsed: z.infer<typeof ZSignIn> | undefined
  try {
    parsed = ZSignIn.safeParse(JSON.parse(body?.toString('utf8') || 'null')).data
  } catch {
    parsed = undefined
  }
  if (!parsed) return sendJson(res, 400, { ok: false, code: 'REQUEST.INVALID', message: '请选择要登录的演示用户' })
  if ('guest' in parsed) {
    // A brand-new WeChat user with no binding yet: how a worker first opens the app.
    const openid = `dev-guest-${randomUUID()}`
    return sendJson(res, 200, { ok: true, data: { token: issueSessionToken(secret, openid, platform.clock.now()), me: null } })
  }
  const users = await listDemoUsers(platform.store)
  const user = users.find((u) => u._id === parsed.userId)
  if (!user) return sendJson(res, 404, { ok: false, code: 'USER.NOT_FOUND', message: ERROR_MESSAGES['USER.NOT_FOUND'] })
  const me = { id: user._id, role: user.role, name: user.name, orgName: await organisationName(platform.store, user), enterpriseId: user.enterpriseId, hospitalId: user.hospitalId, demo: user.demo, supervisor: user.supervisor === true }
  sendJson(res, 200, { ok: true, data: { token: issueSessionToken(secret, user.openid, platform.clock.now()), me } })
}
