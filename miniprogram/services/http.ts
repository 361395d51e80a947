import type { z } from 'zod'
import { ZEnvelope } from '../../shared/api/envelope'
import { ServiceError } from './errors'

/* The body is parsed whatever the HTTP status, since the backend answers errors with an envelope
   too; only a failed connection or a gateway error counts as a network fault. */
/** Fetch a URL and parse its JSON body. */
export async function httpJson(url: string, init: RequestInit): Promise<unknown> {
  let res: Response
  try {
    res = await fetch(url, init)
  } catch {
    throw new ServiceError('NETWORK')
  }
  try {
    return await res.json()
  } catch {
    throw new ServiceError(res.status >= 502 && res.status <= 504 ? 'NETWORK' : 'INTERNAL')
  }
}

/** POST a JSON body, with the bearer token when there is one. */
export function postJson(url: string, body: unknown, token?: string | null): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  return httpJson(url, { method: 'POST', headers, body: JSON.stringify(body) })
}

/** Open a `{ ok, data } | { ok: false, code, message }` envelope and check data against the schema. */
export function unwrap<T extends z.ZodType>(raw: unknown, schema: T): z.output<T> {
  const envelope = ZEnvelope.safeParse(raw)
  if (!envelope.success) throw new ServiceError('INTERNAL')
  const reply = envelope.data
  if (reply.ok === false) throw new ServiceError(reply.code, reply.message || undefined)
  const data = schema.safeParse(reply.data)
  if (!data.success) throw new ServiceError('INTERNAL')
  return data.data
}
