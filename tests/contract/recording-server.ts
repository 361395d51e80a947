import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the recording server saw it. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: http.IncomingHttpHeaders
  raw: Buffer
  /** The parsed body when it was JSON. */
  json?: Record<string, unknown>
  /** The fields when the body was multipart/form-data. */
  form?: Record<string, Buffer>
  /** `action` from the JSON body or the form (e.g. `database.getDocument`, `wx.openApi`). */
  action?: string
}

/** A scripted answer: Buffer/string bodies go out as they are, anything else as JSON. */
export interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: unknown
}

type Matcher = (req: RecordedRequest) => boolean
type ReplyFn = (req: RecordedRequest) => Reply
interface Script {
  match: Matcher
  reply: ReplyFn
  remaining: number
}

/** A CloudBase success envelope `{ requestId, data, ...extra }`. */
export function tcbOk(data: unknown, extra: Record<string, unknown> = {}): Reply {
  return { body: { requestId: 'recorded-request', data, ...extra } }
}

/** A CloudBase error envelope: HTTP 200 with `code` and `message`, which the SDK throws. */
export function tcbError(code: string, message: string): Reply {
  return { body: { requestId: 'recorded-request', code, message } }
}

function parseMultipart(raw: Buffer, contentType: string): Record<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)
  if (!boundary) throw new Error(`multipart without boundary: ${contentType}`)
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  const fields: Record<string, Buffer> = {}
  let start = raw.indexOf(delimiter)
  while (start >= 0) {
    const partStart = start + delimiter.length + 2
    const next = raw.indexOf(delimiter, partStart)
    if (next < 0) break
    const part = raw.subarray(partStart, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    const name = /name="([^"]+)"/.exec(part.subarray(0, headerEnd).toString('utf8'))?.[1]
    if (name) fields[name] = Buffer.from(part.subarray(headerEnd + 4))
    start = next
  }
  return fields
}

function parseBody(req: http.IncomingMessage, raw: Buffer): Pick<RecordedRequest, 'json' | 'form' | 'action'> {
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('multipart/form-data')) {
    const form = parseMultipart(raw, type)
    return { form, action: form.action?.toString('utf8') }
  }
  if (type.includes('json') && raw.length > 0) {
    const json = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
    return { json, action: typeof json.action === 'string' ? json.action : undefined }
  }
  return {}
}

/** A local HTTP server on 127.0.0.1 that records every request and answers from a script. */
export class RecordingServer {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = []
  /** Requests no script matched (answered 500 so the SDK call fails loudly). */
  readonly unmatched: RecordedRequest[] = []
  private scripts: Script[] = []

  private constructor(private readonly server: http.Server, readonly port: number) {}

  /** Listen on a random port. */
  static async start(): Promise<RecordingServer> {
    let self: RecordingServer | undefined
    const server = http.createServer((req, res) => self!.handle(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    self = new RecordingServer(server, (server.address() as AddressInfo).port)
    return self
  }

  /** `http://127.0.0.1:<port>`. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** The URL to give the SDK as `serviceUrl`. */
  get serviceUrl(): string {
    return `${this.origin}/admin`
  }

  /** Answer the next `times` requests matching `match` (an action name, or a predicate). */
  when(match: string | Matcher, reply: Reply | ReplyFn, times = 1): this {
    const matcher: Matcher = typeof match === 'string' ? (r) => r.action === match : match
    this.scripts.push({ match: matcher, reply: typeof reply === 'function' ? reply : () => reply, remaining: times })
    return this
  }

  /** Answer every request matching `match`. */
  always(match: string | Matcher, reply: Reply | ReplyFn): this {
    return this.when(match, reply, Infinity)
  }

  /** The recorded actions, in order (requests without one show their method and path). */
  actions(): string[] {
    return this.requests.map((r) => r.action ?? `${r.method} ${r.path}`)
  }

  /** The recorded requests with this action. */
  withAction(action: string): RecordedRequest[] {
    return this.requests.filter((r) => r.action === action)
  }

  /** Forget recorded requests and scripts. */
  reset(): void {
    this.requests.length = 0
    this.unmatched.length = 0
    this.scripts = []
  }

  /** Stop listening and drop kept-alive connections (the SDK keeps sockets open off the platform). */
  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', this.origin)
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        raw,
        ...parseBody(req, raw),
      }
      this.requests.push(recorded)
      const script = this.scripts.find((s) => s.remaining > 0 && s.match(recorded))
      if (!script) this.unmatched.push(recorded)
      if (script) script.remaining -= 1
      const reply = script ? script.reply(recorded) : { status: 500, body: { code: 'UNSCRIPTED', message: `no script for ${recorded.action ?? recorded.path}` } }
      this.send(res, reply)
    })
  }

  private send(res: http.ServerResponse, reply: Reply): void {
    const isRaw = Buffer.isBuffer(reply.body) || typeof reply.body === 'string'
    const body = isRaw ? (reply.body as Buffer | string) : JSON.stringify(reply.body ?? {})
    res.writeHead(reply.status ?? 200, { 'content-type': isRaw ? 'application/octet-stream' : 'application/json', ...reply.headers })
    res.end(body)
  }
}
