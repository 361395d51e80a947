import { rmSync } from 'node:fs'
import type { RuntimeProcess } from './runtime-process'

/* Stop the runtime and remove its data folder. */
export default async function globalTeardown(): Promise<void> {
  const runtime = (globalThis as Record<string, unknown>).__E2E_RUNTIME__ as RuntimeProcess | undefined
  if (!runtime) return
  runtime.child.kill('SIGTERM')
  await new Promise((resolve) => runtime.child.once('exit', resolve))
  rmSync(runtime.dataDir, { recursive: true, force: true })
}
