import { spawnSync } from 'node:child_process'

/** What a child node process did: exit status, output and wall-clock time. */
export interface ChildResult {
  status: number | null
  stdout: string
  stderr: string
  ms: number
}

/** Options for a child node process. */
export interface ChildOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
}

/** Run `node -e code` in a fresh process and time it from spawn to exit. */
export function runNodeEval(code: string, options: ChildOptions = {}): ChildResult {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, ['-e', code], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (child.error) throw child.error
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, ms }
}

/* Variables through which the CloudBase platform (or a developer's shell) would hand a function its caller, env or keys. */
const PLATFORM_ENV = /^(WX_|TCB_|TENCENTCLOUD_|SCF_|CLOUDBASE_|ID_HASH_KEY$|ID_ENCRYPTION_KEY$|WECOM_)/

/** The current environment minus every platform variable: what a bundle sees off the platform. */
export function envWithoutPlatform(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !PLATFORM_ENV.test(name)))
}
