import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalPlatform, type LocalPlatform } from '../adapters/local/platform'
import type { Clock } from '../ports/clock'
import { installPlatform } from '../functions/platform-registry'
import type { LocalConfig } from './config'
import { loadFunctions } from './functions'
import { ensureH5Build } from './h5-build'
import { seedLocalDemo } from './seed-demo'
import { createLocalServer } from './server'
import { loadSessionSecret } from './sessions'
import { startTimers } from './timers'

/** A running local runtime. */
export interface RunningRuntime {
  url: string
  platform: LocalPlatform
  server: Server
  stop(): Promise<void>
}

/** Start everything in one process: SQLite platform, seed, H5 build, functions, timers, HTTP. */
export async function startRuntime(config: LocalConfig, options: { clock?: Clock; log?: (line: string) => void } = {}): Promise<RunningRuntime> {
  const log = options.log ?? console.log
  const platform = createLocalPlatform({ dataDir: config.dataDir, clock: options.clock, config: { wecomWebhookUrl: config.wecomWebhookUrl } })
  installPlatform(platform)
  await seedLocalDemo(platform, log)
  if (config.buildH5) ensureH5Build(config.rootDir, config.h5Dir, log)
  const functions = await loadFunctions(config.rootDir)
  const stopTimers = config.timers ? startTimers(functions.values(), log) : () => undefined
  const server = createLocalServer({ platform, functions, sessionSecret: loadSessionSecret(config.dataDir), production: config.production, h5Dir: config.h5Dir })
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/`
  return {
    url,
    platform,
    server,
    async stop() {
      stopTimers()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      installPlatform(undefined)
      platform.store.close()
    },
  }
}
