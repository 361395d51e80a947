/*
 * Cold-require time of each cloud function bundle against `require('@cloudbase/node-sdk')` from
 * node_modules, in ONE run with the targets interleaved (the order rotates every round), so the
 * ratios compare figures taken side by side on a noisy machine. Each sample is a fresh
 * `node -e "require(X)"` process timed from spawn to exit; `node -e ""` gives node's own start-up.
 * Usage: npm run build:functions && npm run bench:require [-- --rounds 15] [-- --dir DIR]
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defaultFunctionsOut, formatKB, REPO_ROOT } from '../scripts/lib/function-bundles'
import { envWithoutPlatform, runNodeEval } from '../scripts/lib/node-child'

/** One thing to time: a label, the code the child runs, and the bundle size when it is a bundle. */
export interface BenchTarget {
  label: string
  code: string
  bytes?: number
}

/** Timings of one target, in milliseconds: wall clock (spawn to exit) and the child's own CPU time. */
export interface BenchResult {
  target: BenchTarget
  samples: number[]
  median: number
  cpuMedian: number
}

/* Appended to every child: report the process's CPU time (user + system, all threads), which other load on the machine inflates far less than wall time. */
const REPORT_CPU = ';const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))'

const SDK_LABEL = '`@cloudbase/node-sdk` (node_modules)'
const NODE_LABEL = 'node start-up only (`node -e ""`)'

/** The median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Targets: every built bundle under `dir`, the SDK from node_modules, and bare node start-up. */
export function benchTargets(dir: string): BenchTarget[] {
  const names = existsSync(dir) ? listBuilt(dir) : []
  if (names.length === 0) throw new Error(`no bundles under ${dir}: run npm run build:functions first`)
  return [
    ...names.map((name) => {
      const file = path.join(dir, name, 'index.js')
      return { label: `\`${name}\` bundle`, code: `require(${JSON.stringify(file)})`, bytes: statSync(file).size }
    }),
    { label: SDK_LABEL, code: "require('@cloudbase/node-sdk')" },
    { label: NODE_LABEL, code: '' },
  ]
}

/* Built functions: sub-folders of the output holding an index.js. */
function listBuilt(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.js')))
    .map((entry) => entry.name)
    .sort()
}

/** Time every target `rounds` times, interleaved, after one untimed warm-up pass (file cache). */
export function runBench(targets: BenchTarget[], rounds: number, onRound?: (round: number) => void): BenchResult[] {
  const env = envWithoutPlatform()
  const sample = (target: BenchTarget): [number, number] => {
    const child = runNodeEval(target.code + REPORT_CPU, { cwd: REPO_ROOT, env })
    if (child.status !== 0) throw new Error(`${target.label} failed (exit ${child.status}):\n${child.stderr.trim()}`)
    return [child.ms, Number(child.stdout.trim().split('\n').pop())]
  }
  targets.forEach(sample)
  const wall = targets.map(() => [] as number[])
  const cpu = targets.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + round) % targets.length
      const [ms, cpuMs] = sample(targets[i])
      wall[i].push(ms)
      cpu[i].push(cpuMs)
    }
    onRound?.(round + 1)
  }
  return targets.map((target, i) => ({ target, samples: wall[i], median: median(wall[i]), cpuMedian: median(cpu[i]) }))
}

/** The results as a markdown table: size, wall-clock median (also minus node start-up), CPU median, and ratios to the SDK. */
export function renderTable(results: BenchResult[]): string {
  const sdk = results.find((r) => r.target.label === SDK_LABEL)
  const node = results.find((r) => r.target.label === NODE_LABEL)
  if (!sdk || !node) throw new Error('the SDK and node start-up targets are required')
  const ms = (value: number) => value.toFixed(1)
  const rows = results.map((r) => {
    const size = r.target.bytes === undefined ? '—' : formatKB(r.target.bytes)
    const net = r === node ? '—' : ms(r.median - node.median)
    const ratio = r === node ? '—' : (r.median / sdk.median).toFixed(2)
    const netRatio = r === node ? '—' : ((r.median - node.median) / (sdk.median - node.median)).toFixed(2)
    const cpuRatio = r === node ? '—' : (r.cpuMedian / sdk.cpuMedian).toFixed(2)
    return `| ${r.target.label} | ${size} | ${ms(r.median)} | ${net} | ${ratio} | ${netRatio} | ${ms(r.cpuMedian)} | ${cpuRatio} |`
  })
  return [
    '| Required | Size | Wall median (ms) | Wall minus node start-up (ms) | Wall ÷ SDK | Wall ÷ SDK, minus start-up | CPU median (ms) | CPU ÷ SDK |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}

function parseArgs(argv: string[]): { rounds: number; dir: string } {
  let rounds = 15
  let dir = defaultFunctionsOut()
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') rounds = Number(argv[++i])
    else if (argv[i] === '--dir') dir = path.resolve(argv[++i])
    else throw new Error(`unknown argument ${argv[i]} (usage: require-bundles [--rounds N] [--dir DIR])`)
  }
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer')
  return { rounds, dir }
}

function cli(): void {
  try {
    const { rounds, dir } = parseArgs(process.argv.slice(2))
    const targets = benchTargets(dir)
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
    console.log(`${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${os.cpus().length} cores (${cpu}) · ${rounds} rounds, ${targets.length} targets interleaved\n`)
    const results = runBench(targets, rounds, (round) => process.stderr.write(`\rround ${round}/${rounds}`))
    process.stderr.write('\n')
    console.log(renderTable(results))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}

if (require.main === module) cli()
