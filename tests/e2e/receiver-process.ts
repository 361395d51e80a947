import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WecomReceiver } from '../support/wecom-receiver'

/** A WeCom robot stand-in for the e2e run, plus a small read-back endpoint for the test workers. */
export interface E2eReceiver {
  webhookUrl: string
  readUrl: string
  stop(): Promise<void>
}

/** Start the fake robot and `GET /received` that lists what it accepted. */
export async function startE2eReceiver(): Promise<E2eReceiver> {
  const robot = new WecomReceiver()
  await robot.up()
  const reader: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(robot.accepted))
  })
  await new Promise<void>((resolve) => reader.listen(0, '127.0.0.1', resolve))
  return {
    webhookUrl: robot.url,
    readUrl: `http://127.0.0.1:${(reader.address() as AddressInfo).port}/received`,
    async stop() {
      await robot.down()
      await new Promise<void>((resolve) => reader.close(() => resolve()))
    },
  }
}
