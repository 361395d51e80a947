/*
 * Bundle each cloud function into a self-contained CommonJS file CloudBase can `require`:
 *   dist/cloudfunctions/<fn>/{index.js, config.json, package.json}
 * No node_modules are uploaded, so everything (the SDK included) is inlined by esbuild, and the
 * build fails if a local-only adapter, better-sqlite3 or any native `.node` addon slips in.
 * Usage: tsx scripts/build-functions.ts [--out DIR] [--no-verify]
 */
import { build, type Metafile } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { defaultFunctionsOut, forbiddenInputs, formatKB, FUNCTIONS_SRC, listFunctionNames, REPO_ROOT } from './lib/function-bundles'
import { envWithoutPlatform, runNodeEval } from './lib/node-child'

/** Options of buildFunctions; every field has a default suitable for `npm run build:functions`. */
export interface BuildFunctionsOptions {
  /** Folder holding one sub-folder per function (default `cloudfunctions/`). */
  srcDir?: string
  /** Output folder (default project.config.json's cloudfunctionRoot, i.e. `dist/cloudfunctions/`). */
  outDir?: string
  /** Only these functions (default: every folder with an index.ts). */
  names?: string[]
  /** Require each bundle in a child node process and check `main` is a function (default true). */
  verify?: boolean
  /** Where progress lines go (default console.log; pass a no-op to keep tests quiet). */
  log?: (line: string) => void
}

/** One built function: where its bundle is, how big it is, and esbuild's metafile for it. */
export interface BuiltFunction {
  name: string
  dir: string
  bundle: string
  bytes: number
  metafile: Metafile
}

/** Thrown when a bundle pulls in something that must never be deployed. */
export class ForbiddenInputError extends Error {
  /** `problems` lists the offending inputs per function. */
  constructor(readonly problems: Record<string, string[]>) {
    const lines = Object.entries(problems).flatMap(([fn, inputs]) => inputs.map((input) => `  ${fn}: ${input}`))
    super(`cloud function bundles must not include local-only or native code:\n${lines.join('\n')}`)
    this.name = 'ForbiddenInputError'
  }
}

function rootVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string }
  return pkg.version ?? '0.0.0'
}

async function bundleOne(name: string, srcDir: string, outDir: string, version: string): Promise<BuiltFunction> {
  const dir = path.join(outDir, name)
  const bundle = path.join(dir, 'index.js')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const result = await build({
    entryPoints: [path.join(srcDir, name, 'index.ts')],
    outfile: bundle,
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: true,
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  })
  const config = path.join(srcDir, name, 'config.json')
  if (existsSync(config)) copyFileSync(config, path.join(dir, 'config.json'))
  const pkg = { name, version, main: 'index.js', dependencies: {} }
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  return { name, dir, bundle, bytes: statSync(bundle).size, metafile: result.metafile }
}

/** Require a bundle in a fresh node process (no platform env) and throw unless it exports `main` as a function. */
export function verifyBundle(bundle: string): void {
  const code = `const m = require(${JSON.stringify(bundle)}); if (typeof m.main !== 'function') { console.error('main is ' + typeof m.main); process.exit(3) }`
  const child = runNodeEval(code, { env: envWithoutPlatform() })
  if (child.status !== 0) throw new Error(`${bundle} does not load as a cloud function (exit ${child.status}):\n${child.stderr.trim()}`)
}

/** Bundle every cloud function; throws ForbiddenInputError (and removes the bad bundles) on forbidden inputs. */
export async function buildFunctions(options: BuildFunctionsOptions = {}): Promise<BuiltFunction[]> {
  const srcDir = path.resolve(options.srcDir ?? FUNCTIONS_SRC)
  const outDir = path.resolve(options.outDir ?? defaultFunctionsOut())
  const log = options.log ?? ((line: string) => console.log(line))
  const names = options.names ?? listFunctionNames(srcDir)
  if (names.length === 0) throw new Error(`no cloud functions found under ${srcDir}`)
  const version = rootVersion()
  const built: BuiltFunction[] = []
  for (const name of names) built.push(await bundleOne(name, srcDir, outDir, version))

  const problems: Record<string, string[]> = {}
  for (const fn of built) {
    const bad = forbiddenInputs(fn.metafile)
    if (bad.length === 0) continue
    problems[fn.name] = bad
    rmSync(fn.dir, { recursive: true, force: true })
  }
  if (Object.keys(problems).length > 0) throw new ForbiddenInputError(problems)

  for (const fn of built) {
    if (options.verify ?? true) verifyBundle(fn.bundle)
    const inputs = Object.keys(fn.metafile.inputs).length
    log(`${fn.name.padEnd(12)} ${formatKB(fn.bytes).padStart(10)}  ${inputs} inputs  ${path.relative(REPO_ROOT, fn.bundle)}`)
  }
  return built
}

function parseArgs(argv: string[]): BuildFunctionsOptions {
  const options: BuildFunctionsOptions = {}
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') options.outDir = argv[++i]
    else if (argv[i] === '--no-verify') options.verify = false
    else throw new Error(`unknown argument ${argv[i]} (usage: build-functions [--out DIR] [--no-verify])`)
  }
  return options
}

async function cli(): Promise<void> {
  try {
    const started = Date.now()
    const built = await buildFunctions(parseArgs(process.argv.slice(2)))
    console.log(`built ${built.length} cloud functions in ${Date.now() - started} ms`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

if (require.main === module) void cli()
