import type { IncomingMessage, ServerResponse } from 'node:http'
import { ERROR_MESSAGES } from '../../shared/errors'
import { storeUpload, UPLOAD_EXTENSION } from '../domain/uploads/uploads'
import type { Platform } from '../ports/platform'
import { readBody, sendJson } from './http-util'

/** The largest file the local upload endpoint takes (videos included); functions check their own limits. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/**
 * POST /upload?ext=jpg with the raw bytes: the local stand-in for `Taro.cloud.uploadFile`. The
 * server picks the path (random name) and records the caller as the file's owner, so a client can
 * neither overwrite nor guess another user's file, nor attach one; the answer is the file id a
 * function call then refers to.
 */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, platform: Platform, openid: string | null): Promise<void> {
  if (!openid) return sendJson(res, 401, { ok: false, code: 'AUTH.UNAUTHENTICATED', message: ERROR_MESSAGES['AUTH.UNAUTHENTICATED'] })
  const ext = new URL(req.url ?? '/', 'http://local').searchParams.get('ext')?.toLowerCase() ?? 'bin'
  if (!UPLOAD_EXTENSION.test(ext)) return sendJson(res, 400, { ok: false, code: 'REQUEST.INVALID', message: '文件扩展名不正确' })
  const body = await readBody(req, MAX_UPLOAD_BYTES)
  if (!body) return sendJson(res, 413, { ok: false, code: 'REQUEST.TOO_LARGE', message: '文件过大' })
  const stored = await storeUpload(platform, openid, new Uint8Array(body), ext, platform.clock.now())
  sendJson(res, 200, { ok: true, data: { fileId: stored.fileId, size: body.length } })
}
