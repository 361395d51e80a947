import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ManualClock } from '../../backend/adapters/local/clock'
import { createLocalPlatform, type LocalPlatform } from '../../backend/adapters/local/platform'
import { installPlatform } from '../../backend/functions/platform-registry'
import { demoOpenid, seedLocalDemo } from '../../backend/local/seed-demo'
import type { FunctionContext } from '../../backend/ports/identity'
import type { PlatformConfig } from '../../backend/ports/platform'

/** A seeded local platform on a temporary SQLite file, with a hand-moved clock. */
export interface TestBackend {
  platform: LocalPlatform
  clock: ManualClock
  dataDir: string
  /** Row counts of every table, to prove a refused request wrote nothing. */
  snapshot(): Record<string, number>
  close(): void
}

/** Open a fresh backend in a temp folder and install it as the functions' platform. */
export async function openTestBackend(options: { start?: string; config?: Partial<PlatformConfig> } = {}): Promise<TestBackend> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gc-test-'))
  const clock = new ManualClock(options.start ?? '2026-11-22T02:00:00.000Z')
  const platform = createLocalPlatform({ dataDir, clock, config: options.config })
  installPlatform(platform)
  await seedLocalDemo(platform, () => undefined)
  const db = platform.store.db
  return {
    platform,
    clock,
    dataDir,
    snapshot() {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'").all() as { name: string }[]
      return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM ${name}`).get() as { n: number }).n]))
    },
    close() {
      installPlatform(undefined)
      platform.store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The context the local runtime passes for a signed-in demo user (or anonymous). */
export function contextFor(userId?: string): FunctionContext {
  return userId ? { request_id: 'test', caller: { openid: demoOpenid(userId) } } : { request_id: 'test' }
}
