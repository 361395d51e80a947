import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { assertChromiumInstalled } from './browser'
import { startE2eReceiver } from './receiver-process'
import { startRuntimeProcess } from './runtime-process'

const TMP = path.join(__dirname, '..', '..', '.tmp')
/** The file through which the test workers learn the runtime's URL and where to read what it did. */
export const E2E_STATE_FILE = path.join(TMP, 'e2e-runtime.json')

/*
 * One runtime for the whole e2e run, configured like production with a WeCom robot webhook (a local
 * receiver that records what arrives); its console goes to a log file so tests can read one-time
 * codes. Fails at once (never skips) when Chromium is missing.
 */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled()
  mkdirSync(TMP, { recursive: true })
  const receiver = await startE2eReceiver()
  const logFile = path.join(TMP, 'e2e-runtime.log')
  const runtime = await startRuntimeProcess(path.resolve(__dirname, '..', '..'), { env: { WECOM_WEBHOOK_URL: receiver.webhookUrl }, logFile })
  Object.assign(globalThis, { __E2E_RUNTIME__: runtime, __E2E_RECEIVER__: receiver })
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ url: runtime.url, dataDir: runtime.dataDir, receivedUrl: receiver.readUrl, logFile }))
}
