import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Envelope } from '../../shared/api/envelope'
import type { FunctionContext } from '../ports/identity'

/** A cloud function loaded from `cloudfunctions/<name>/`: its main and its config.json. */
export interface LoadedFunction {
  name: string
  main: (event: unknown, context: FunctionContext) => Promise<Envelope<unknown>>
  config: { triggers?: Array<{ name: string; type: string; config: string }> }
}

/** Load every function folder: the same index.ts that is bundled for CloudBase. */
export async function loadFunctions(rootDir: string): Promise<Map<string, LoadedFunction>> {
  const dir = path.join(rootDir, 'cloudfunctions')
  const loaded = new Map<string, LoadedFunction>()
  for (const name of readdirSync(dir).sort()) {
    const entry = path.join(dir, name, 'index.ts')
    if (!existsSync(entry)) continue
    const mod = (await import(entry)) as { main: LoadedFunction['main'] }
    const config = JSON.parse(readFileSync(path.join(dir, name, 'config.json'), 'utf8')) as LoadedFunction['config']
    loaded.set(name, { name, main: mod.main, config })
  }
  return loaded
}
