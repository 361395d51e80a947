import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { ERROR_MESSAGES } from '../../shared/errors'
import { existsSync } from 'node:fs'
import type { LocalPlatform } from '../adapters/local/platform'
import { handleDevSignIn, handleDevUsers } from './dev-auth'
import type { LoadedFunction } from './functions'
import { bearerToken, readBody, sendJson } from './http-util'
import { verifySessionToken } from './sessions'
import { sendFile, serveFile } from './static'
import { handleUpload } from './upload'

/** What the HTTP server needs: the platform, the loaded functions and where the H5 app is. */
export interface ServerDeps {
  platform: LocalPlatform
  functions: Map<string, LoadedFunction>
  sessionSecret: string
  production: boolean
  h5Dir: string
}

function fail(res: ServerResponse, status: number, code: keyof typeof ERROR_MESSAGES, message?: string): void {
  sendJson(res, status, { ok: false, code, message: message ?? ERROR_MESSAGES[code] })
}

/** POST /api/<fn>: the same event a cloud function receives, the caller from the signed session. */
async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ServerDeps, name: string): Promise<void> {
  const fn = deps.functions.get(name)
  if (!fn) return fail(res, 404, 'REQUEST.UNKNOWN_ACTION', `没有名为 ${name.slice(0, 32)} 的云函数`)
  if (req.method !== 'POST') return fail(res, 405, 'REQUEST.INVALID', '请使用 POST')
  const body = await readBody(req)
  if (!body) return fail(res, 413, 'REQUEST.TOO_LARGE')
  let event: unknown
  try {
    event = JSON.parse(body.toString('utf8') || '{}')
  } catch {
    return fail(res, 400, 'REQUEST.INVALID', '请求不是有效的 JSON')
  }
  // Timers are fired in process only; an HTTP request may never pose as the platform's timer.
  if (typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer') return fail(res, 403, 'AUTH.FORBIDDEN')
  const token = bearerToken(req)
  const openid = token ? verifySessionToken(deps.sessionSecret, token, deps.platform.clock.now()) : null
  if (token && !openid) return fail(res, 401, 'AUTH.UNAUTHENTICATED', '登录已过期，请重新登录')
  const result = await fn.main(event, { request_id: randomUUID(), function_name: name, ...(openid ? { caller: { openid } } : {}) })
  sendJson(res, 200, result)
}

/** The caller's openid from the bearer token, or null (anonymous or invalid). */
function sessionOpenid(req: IncomingMessage, deps: ServerDeps): string | null {
  const token = bearerToken(req)
  return token ? verifySessionToken(deps.sessionSecret, token, deps.platform.clock.now()) : null
}

async function route(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local')
  if (url.pathname === '/upload' && req.method === 'POST') return handleUpload(req, res, deps.platform, sessionOpenid(req, deps))
  const api = /^\/api\/([A-Za-z0-9_-]+)$/.exec(url.pathname)
  if (api) return handleApi(req, res, deps, api[1])
  if (url.pathname === '/dev/users' && req.method === 'GET') return handleDevUsers(res, deps.platform, deps.production)
  if (url.pathname === '/dev/sign-in' && req.method === 'POST') return handleDevSignIn(req, res, deps.platform, deps.sessionSecret, deps.production)
  if (url.pathname.startsWith('/files/') && req.method === 'GET') {
    // Signed, expiring URLs (like CloudBase temp URLs) are the only way to read stored files.
    const target = deps.platform.files.resolveSigned(decodeURIComponent(url.pathname.slice('/files/'.length)), Number(url.searchParams.get('exp')), url.searchParams.get('sig') ?? '')
    if (!target || !existsSync(target)) return fail(res, 403, 'AUTH.FORBIDDEN', '文件链接无效或已过期')
    return sendFile(res, target, 'private, max-age=600')
  }
  if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true, data: { functions: [...deps.functions.keys()] } })
  if (req.method === 'GET' && serveFile(res, deps.h5Dir, url.pathname)) return
  fail(res, 404, 'REQUEST.INVALID', '页面不存在')
}

/** The local runtime's HTTP server (not yet listening). */
export function createLocalServer(deps: ServerDeps): Server {
  return createServer((req, res) => {
    route(req, res, deps).catch((error) => {
      console.error('local runtime error', error)
      if (!res.headersSent) fail(res, 500, 'INTERNAL')
      else res.end()
    })
  })
}
