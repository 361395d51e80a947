/* jsdom has no fetch: component tests install a stub that answers by method and path. */

/** One canned reply: a JSON body with a status, or a thrown network failure. */
export type StubReply = { status?: number; body: unknown } | { networkError: true }

/** A request the stub received. */
export interface SeenRequest {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

/** Install a fetch stub answering `'METHOD /path'` keys; returns the requests it saw. */
export function stubFetch(routes: Record<string, StubReply | ((req: SeenRequest) => StubReply)>): SeenRequest[] {
  const seen: SeenRequest[] = []
  const fetchStub = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const method = (init.method ?? 'GET').toUpperCase()
    const headers = { ...(init.headers as Record<string, string> | undefined) }
    const req: SeenRequest = { method, url, headers, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined }
    seen.push(req)
    const route = routes[`${method} ${url}`]
    if (!route) throw new Error(`fetch stub: no route for ${method} ${url}`)
    const reply = typeof route === 'function' ? route(req) : route
    if ('networkError' in reply) throw new TypeError('Failed to fetch')
    const status = reply.status ?? 200
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    return {
      ok: status >= 200 && status < 300,
      status,
      json: async () => JSON.parse(text) as unknown,
      text: async () => text,
    } as Response
  })
  globalThis.fetch = fetchStub as unknown as typeof fetch
  return seen
}

/** Remove the fetch stub. */
export function unstubFetch(): void {
  delete (globalThis as { fetch?: typeof fetch }).fetch
}

/** An ok envelope. */
export const okReply = (data: unknown): StubReply => ({ body: { ok: true, data } })
/** An error envelope. */
export const errReply = (code: string, message: string, status = 400): StubReply => ({ status, body: { ok: false, code, message } })
