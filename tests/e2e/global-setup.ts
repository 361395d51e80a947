import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { assertChromiumInstalled } from './browser'
import { startRuntimeProcess } from './runtime-process'

/** The file through which the test workers learn the runtime's URL. */
export const E2E_STATE_FILE = path.join(__dirname, '..', '..', '.tmp', 'e2e-runtime.json')

/* Start one runtime for the whole e2e run; fail at once (never skip) when Chromium is missing. */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled()
  const runtime = await startRuntimeProcess(path.resolve(__dirname, '..', '..'))
  ;(globalThis as Record<string, unknown>).__E2E_RUNTIME__ = runtime
  require('node:fs').mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true })
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ url: runtime.url, dataDir: runtime.dataDir }))
}
