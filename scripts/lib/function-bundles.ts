import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Metafile } from 'esbuild'

/** The repository root (scripts/lib/ is two levels below it). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..')

/** Where the cloud function sources live: one folder per function with an index.ts. */
export const FUNCTIONS_SRC = path.join(REPO_ROOT, 'cloudfunctions')

/** Default output: project.config.json's cloudfunctionRoot, else `dist/cloudfunctions/`. */
export function defaultFunctionsOut(root: string = REPO_ROOT): string {
  const configPath = path.join(root, 'project.config.json')
  let dir = 'dist/cloudfunctions/'
  if (existsSync(configPath)) {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { cloudfunctionRoot?: unknown }
    if (typeof config.cloudfunctionRoot === 'string' && config.cloudfunctionRoot) dir = config.cloudfunctionRoot
  }
  return path.resolve(root, dir)
}

/** Names of the functions under a source folder (sub-folders holding an index.ts), sorted. */
export function listFunctionNames(srcDir: string = FUNCTIONS_SRC): string[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(srcDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort()
}

/** Input paths that must never reach a function bundle: local-only adapters and native SQLite. */
export const FORBIDDEN_INPUTS: readonly string[] = ['better-sqlite3', 'backend/adapters/sqlite', 'backend/adapters/local', 'backend/local']

/** The metafile inputs that break the rules (forbidden paths or native `.node` addons), each with its reason. */
export function forbiddenInputs(metafile: Metafile): string[] {
  const problems: string[] = []
  for (const input of Object.keys(metafile.inputs)) {
    const normal = input.split(path.sep).join('/')
    const hit = FORBIDDEN_INPUTS.find((fragment) => normal.includes(fragment))
    if (hit) problems.push(`${input} (matches "${hit}")`)
    else if (/\.node$/i.test(normal)) problems.push(`${input} (native addon)`)
  }
  return problems
}

/** Bytes as kilobytes with one decimal, e.g. `1514.0 KB`. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
