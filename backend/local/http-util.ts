import type { IncomingMessage, ServerResponse } from 'node:http'

/** Largest request body the local runtime reads (cloud events are capped lower by each function). */
export const MAX_BODY_BYTES = 1024 * 1024

/** Read a request body, or null when it is larger than the cap. */
export async function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > max) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Send a JSON reply. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

/** The bearer token of a request, if any. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null
}
