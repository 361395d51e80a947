import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A local runtime started as `npm start` would, in its own process. */
export interface RuntimeProcess {
  url: string
  dataDir: string
  child: ChildProcess
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Start `tsx backend/local/start.ts` on a free port with a fresh data folder; resolves once it prints its URL. */
export async function startRuntimeProcess(rootDir: string, options: { env?: Record<string, string>; logFile?: string; timeoutMs?: number } = {}): Promise<RuntimeProcess> {
  const timeoutMs = options.timeoutMs ?? 300_000
  const log = options.logFile ? createWriteStream(options.logFile) : null
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gc-e2e-'))
  const child = spawn(path.join(rootDir, 'node_modules', '.bin', 'tsx'), ['backend/local/start.ts'], {
    cwd: rootDir,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runtime did not start in ${timeoutMs} ms:\n${output.slice(-4000)}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      log?.write(chunk)
      const match = /local runtime ready: (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`runtime exited with ${code}:\n${output.slice(-4000)}`))
    })
  })
  return { url, dataDir, child }
}
