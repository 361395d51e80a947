import { rmSync } from 'node:fs'
import type { E2eReceiver } from './receiver-process'
import type { RuntimeProcess } from './runtime-process'

/* Stop the runtime and the receiver, and remove the runtime's data folder. */
export default async function globalTeardown(): Promise<void> {
  const { __E2E_RUNTIME__: runtime, __E2E_RECEIVER__: receiver } = globalThis as { __E2E_RUNTIME__?: RuntimeProcess; __E2E_RECEIVER__?: E2eReceiver }
  if (runtime) {
    runtime.child.kill('SIGTERM')
    await new Promise((resolve) => runtime.child.once('exit', resolve))
    rmSync(runtime.dataDir, { recursive: true, force: true })
  }
  await receiver?.stop()
}
