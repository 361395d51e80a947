import { readLocalConfig } from './config'
import { startRuntime } from './runtime'

/* `npm start`: the whole product on this machine, on the embedded default (SQLite, disk, in-process timers). */
async function main(): Promise<void> {
  const runtime = await startRuntime(readLocalConfig())
  console.log(`\n工伤绿色通道 local runtime ready: ${runtime.url}\n`)
  const shutdown = () => {
    runtime.stop().then(() => process.exit(0), () => process.exit(1))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
