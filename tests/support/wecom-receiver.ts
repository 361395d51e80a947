import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the fake robot answers: accept, say "too many" (45009), fail with HTTP 500. */
export type ReceiverMode = 'ok' | 'rate-limited' | 'http-error'

/** A real local HTTP server speaking the WeCom group-robot protocol, able to fail on demand. */
export class WecomReceiver {
  /** Every accepted message, in arrival order. */
  readonly accepted: Array<{ key: string; markdown: string; bytes: number }> = []
  /** Every request that reached the server, whatever it answered. */
  requests = 0
  mode: ReceiverMode = 'ok'
  private server: Server | null = null
  private port = 0

  /** The webhook URL to configure. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/cgi-bin/webhook/send?key=test-key`
  }

  /** Start listening (on the same port again after `down`). */
  async up(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        this.requests++
        const raw = Buffer.concat(chunks).toString('utf8')
        const body = JSON.parse(raw) as { msgtype: string; markdown?: { content: string } }
        if (this.mode === 'http-error') return void res.writeHead(500).end('busy')
        res.writeHead(200, { 'content-type': 'application/json' })
        if (this.mode === 'rate-limited') return void res.end(JSON.stringify({ errcode: 45009, errmsg: 'api freq out of limit' }))
        const content = body.markdown?.content ?? ''
        const bytes = Buffer.byteLength(content, 'utf8')
        if (body.msgtype !== 'markdown' || bytes > 4096) return void res.end(JSON.stringify({ errcode: 40058, errmsg: 'invalid markdown' }))
        this.accepted.push({ key: /消息编号 (\S+?)</.exec(content)?.[1] ?? '', markdown: content, bytes })
        res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve))
    this.port = (this.server.address() as AddressInfo).port
  }

  /** Stop listening: connections are refused until `up` again. */
  async down(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
