import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLocalConfig } from '../backend/local/config'
import { startRuntime } from '../backend/local/runtime'

/*
 * Report creation through the local runtime (HTTP → function → SQLite transaction) against a
 * no-op action (user.ping) on the same runtime, at 1 and 20 concurrent clients, interleaved in
 * one run so both see the same machine. Usage: npm run bench:report [-- --requests 400]
 */
const requests = Number(process.argv[process.argv.indexOf('--requests') + 1]) || 400

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function run(concurrency: number, total: number, send: () => Promise<void>): Promise<{ p50: number; p99: number; rps: number }> {
  const latencies: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      next++
      const t = performance.now()
      await send()
      latencies.push(performance.now() - t)
    }
  }))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: total / seconds }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gc-bench-'))
  const runtime = await startRuntime(readLocalConfig({ PORT: '0', DATA_DIR: dataDir, SKIP_H5_BUILD: '1', LOCAL_TIMERS: '0' }, path.resolve(__dirname, '..')), { log: () => undefined })
  const signIn = await fetch(`${runtime.url}dev/sign-in`, { method: 'POST', body: JSON.stringify({ userId: 'u-officer-01' }) })
  const { token } = ((await signIn.json()) as { data: { token: string } }).data
  const call = async (fn: string, event: unknown) => {
    const res = await fetch(`${runtime.url}api/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(event) })
    const body = (await res.json()) as { ok: boolean; message?: string }
    if (!body.ok) throw new Error(body.message)
  }
  const ping = () => call('user', { action: 'ping' })
  const report = () => call('case', {
    action: 'report', requestId: randomUUID(), worker: { kind: 'roster', rosterId: 'roster-ent-01-1' }, accidentAt: new Date(Date.now() - 600_000).toISOString(),
    place: '二号车间', description: '基准测试：职工在冲床作业时手部受伤。', bodyPart: 'hand', severity: 'moderate', hospitalId: 'hosp-demo-1', measures: ['sent_to_hospital'],
  })
  await run(4, 50, ping)
  await run(4, 50, report)
  const rows: string[] = []
  for (const concurrency of [1, 20]) {
    const noop = await run(concurrency, requests, ping)
    const rep = await run(concurrency, requests, report)
    const fmt = (r: { p50: number; p99: number; rps: number }) => `${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.rps.toFixed(0)}`
    rows.push(`| ${concurrency} | no-op (user.ping) | ${fmt(noop)} |`, `| ${concurrency} | report (case.report) | ${fmt(rep)} |`, `| ${concurrency} | ratio report/no-op | p50 ${(rep.p50 / noop.p50).toFixed(2)}× | p99 ${(rep.p99 / noop.p99).toFixed(2)}× | ${(rep.rps / noop.rps).toFixed(2)}× |`)
  }
  console.log(`${requests} requests per row, Node ${process.version}\n\n| clients | action | p50 ms | p99 ms | req/s |\n|---|---|---|---|---|\n${rows.join('\n')}`)
  await runtime.stop()
  rmSync(dataDir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
