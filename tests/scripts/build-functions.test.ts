import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Metafile } from 'esbuild'
import { buildFunctions, ForbiddenInputError, type BuiltFunction } from '../../scripts/build-functions'
import { forbiddenInputs, listFunctionNames, REPO_ROOT } from '../../scripts/lib/function-bundles'
import { envWithoutPlatform, runNodeEval } from '../../scripts/lib/node-child'

jest.setTimeout(120_000)

const quiet = () => undefined
/* Require the bundle in a fresh node process without any platform variable and call main once. */
function callInChild(bundle: string, event: unknown): unknown {
  const code = `require(${JSON.stringify(bundle)}).main(${JSON.stringify(event)}, {}).then((r) => process.stdout.write('\\n@@' + JSON.stringify(r)), (e) => { console.error(e); process.exit(2) })`
  const child = runNodeEval(code, { env: envWithoutPlatform(), cwd: os.tmpdir() })
  if (child.status !== 0) throw new Error(`child exited ${child.status}: ${child.stderr}`)
  const line = child.stdout.split('\n').find((l) => l.startsWith('@@'))
  if (!line) throw new Error(`no envelope printed: ${child.stdout}`)
  return JSON.parse(line.slice(2))
}

describe('cloud function bundles', () => {
  let outDir: string
  let built: BuiltFunction[]

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'fn-build-'))
    built = await buildFunctions({ outDir, log: quiet })
  })
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('builds one self-contained bundle per function folder', () => {
    expect(built.map((fn) => fn.name)).toEqual(listFunctionNames())
    for (const fn of built) {
      expect(fn.dir).toBe(path.join(outDir, fn.name))
      expect(existsSync(fn.bundle)).toBe(true)
      const pkg = JSON.parse(readFileSync(path.join(fn.dir, 'package.json'), 'utf8'))
      expect(pkg).toEqual({ name: fn.name, version: expect.any(String), main: 'index.js', dependencies: {} })
      const config = readFileSync(path.join(REPO_ROOT, 'cloudfunctions', fn.name, 'config.json'), 'utf8')
      expect(readFileSync(path.join(fn.dir, 'config.json'), 'utf8')).toBe(config)
    }
  })

  it('keeps SQLite, the local runtime and native addons out of every bundle', () => {
    for (const fn of built) {
      const inputs = Object.keys(fn.metafile.inputs)
      expect(inputs.some((input) => input.includes('@cloudbase/node-sdk'))).toBe(true)
      expect(inputs.filter((input) => /better-sqlite3|backend\/adapters\/(sqlite|local)|backend\/local|\.node$/.test(input))).toEqual([])
    }
  })

  it('answers an unknown action with REQUEST.UNKNOWN_ACTION off the platform', () => {
    for (const fn of built) {
      expect(callInChild(fn.bundle, { action: '__no_such_action__' })).toEqual({
        ok: false,
        code: 'REQUEST.UNKNOWN_ACTION',
        message: expect.any(String),
      })
    }
  })
})

describe('forbidden inputs', () => {
  it('flags local-only paths and native addons', () => {
    const metafile = {
      inputs: {
        'backend/domain/users.ts': {},
        'backend/adapters/sqlite/store.ts': {},
        'node_modules/better-sqlite3/lib/index.js': {},
        'backend/local/start.ts': {},
        'node_modules/some-addon/build/Release/addon.node': {},
      },
      outputs: {},
    } as unknown as Metafile
    const problems = forbiddenInputs(metafile)
    expect(problems).toHaveLength(4)
    expect(problems.join('\n')).toMatch(/native addon/)
  })

  it('fails the build and removes the bundle when a function imports the SQLite adapter', async () => {
    const srcDir = mkdtempSync(path.join(os.tmpdir(), 'fn-src-'))
    const badOut = mkdtempSync(path.join(os.tmpdir(), 'fn-bad-'))
    try {
      mkdirSync(path.join(srcDir, 'bad'))
      const sqlite = path.join(REPO_ROOT, 'backend', 'adapters', 'sqlite', 'store')
      writeFileSync(path.join(srcDir, 'bad', 'index.ts'), `export * from ${JSON.stringify(sqlite)}\nexport const main = async () => ({ ok: true, data: null })\n`)
      const failure = buildFunctions({ srcDir, outDir: badOut, log: quiet }).then(() => undefined, (error: unknown) => error)
      const error = await failure
      expect(error).toBeInstanceOf(ForbiddenInputError)
      expect((error as ForbiddenInputError).problems.bad.join('\n')).toMatch(/backend\/adapters\/sqlite/)
      expect(existsSync(path.join(badOut, 'bad'))).toBe(false)
    } finally {
      rmSync(srcDir, { recursive: true, force: true })
      rmSync(badOut, { recursive: true, force: true })
    }
  })
})
