import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the H5 bundle is built from; a change in any of these makes the build stale. */
const SOURCES = ['miniprogram', 'shared', 'config', 'babel.config.js', 'package.json', 'tsconfig.json']

function listFiles(target: string): string[] {
  if (!existsSync(target)) return []
  if (statSync(target).isFile()) return [target]
  return readdirSync(target).sort().flatMap((name) => listFiles(path.join(target, name)))
}

/** A hash of every source file's path and content (content, not mtime: a fresh clone has new mtimes). */
export function h5SourceHash(rootDir: string): string {
  const hash = createHash('sha256')
  for (const file of SOURCES.flatMap((s) => listFiles(path.join(rootDir, s)))) {
    hash.update(path.relative(rootDir, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/** Build the H5 app unless dist/h5 was built from exactly the current sources. */
export function ensureH5Build(rootDir: string, h5Dir: string, log: (line: string) => void = console.log): void {
  const stamp = path.join(h5Dir, '.source-hash')
  const hash = h5SourceHash(rootDir)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(path.join(h5Dir, 'index.html'))) {
    log('H5 build is fresh; reusing dist/h5')
    return
  }
  log('building the H5 app (taro build --type h5)…')
  const result = spawnSync('npm', ['run', '--silent', 'build:h5'], { cwd: rootDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error('H5 build failed (npm run build:h5)')
  writeFileSync(stamp, hash)
}
