import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { createLocalPlatform, type LocalPlatform } from '../backend/adapters/local/platform'
import { COLLECTIONS } from '../backend/domain/collections'
import { hashIdNumber } from '../backend/domain/pii'
import { findRosterEntry } from '../backend/domain/roster'
import { confirmRosterImport, previewRosterImport } from '../backend/domain/roster-import/import'
import { seedReferenceData } from '../backend/domain/seed'
import type { UserDoc } from '../backend/domain/users'
import type { Enterprise } from '../shared/enterprise/schema'
import { idCheckChar } from '../shared/idcard'

/*
 * Roster import of 100,000 rows (CSV and .xlsx, then a CSV re-import with 1% changed rows) through the
 * domain on a temporary SQLite file, then the insured-status lookup with 1,000,000 more roster rows
 * loaded. Usage: npm run bench:roster [-- --rows N] [-- --load N]
 */
const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const ROWS = arg('--rows', 100_000)
const LOAD = arg('--load', 1_000_000)
const LOOKUPS = 10_000
const UNIT = '常州东方特钢有限公司'
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const n = (x: number) => Math.round(x).toLocaleString('en-US')

/** A distinct valid ID number per i: region 320483, a real birth date from 1970 on, a 3-digit sequence. */
function idOf(i: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 1000) * 86400_000).toISOString().slice(0, 10).replace(/-/g, '')
  const body = `320483${birth}${String(i % 1000).padStart(3, '0')}`
  return body + idCheckChar(body)
}
const csvLines = (phoneOf: (i: number) => string) => ['姓名,身份证号,手机号,参保日期,参保单位', ...Array.from({ length: ROWS }, (_, i) => `职工${i},${idOf(i)},${phoneOf(i)},2024-01-01,${UNIT}`)]
const phone = (i: number) => `139${String(i).padStart(8, '0')}`

/** The rows as an .xlsx with shared strings (as Excel saves it), written by ExcelJS's streaming writer to keep the bench's own memory low. */
async function xlsxOf(lines: string[]): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  const stream = new PassThrough().on('data', (c: Buffer) => chunks.push(c))
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false })
  const sheet = book.addWorksheet('名册')
  for (const line of lines) sheet.addRow(line.split(',')).commit()
  sheet.commit()
  await book.commit()
  return new Uint8Array(Buffer.concat(chunks))
}

/** Preview then confirm one file, timed; a table row. */
async function importRow(platform: LocalPlatform, label: string, enterprise: Enterprise, bytes: Uint8Array): Promise<string> {
  const actor = { _id: 'bench', role: 'bureau', name: 'bench' } as UserDoc
  const { fileId } = await platform.files.put(`bench/${label.replace(/\W+/g, '-')}`, bytes)
  let t = performance.now()
  const preview = await previewRosterImport(platform, enterprise, fileId, new Date())
  const previewS = (performance.now() - t) / 1000
  t = performance.now()
  const done = await confirmRosterImport(platform, actor, enterprise, fileId, preview.fileHash, new Date())
  const confirmS = (performance.now() - t) / 1000
  const result = `${n(done.added)} new, ${n(done.changed)} changed, ${n(done.unchanged)} unchanged; ${n(done.written)} written`
  return `| ${label} | ${(bytes.length / 1024 / 1024).toFixed(1)} MB | ${n(ROWS)} | ${previewS.toFixed(2)} s (${n(ROWS / previewS)} rows/s) | ${confirmS.toFixed(2)} s (${n(ROWS / confirmS)} rows/s) | ${result} | ${MB(process.memoryUsage().rss)} |`
}

/** Median and p99, in µs, of findRosterEntry for random picks (the keyed hash is computed outside the timing). */
async function timeLookups(platform: LocalPlatform, pick: () => [enterpriseId: string, idNumber: string], expectFound: boolean): Promise<string> {
  const times: number[] = []
  for (let k = 0; k < LOOKUPS; k++) {
    const [enterpriseId, idNumber] = pick()
    const hash = hashIdNumber(platform.config.idHashKey, idNumber)
    const t = performance.now()
    const found = await findRosterEntry(platform.store, enterpriseId, hash)
    times.push((performance.now() - t) * 1000)
    if (Boolean(found) !== expectFound) throw new Error(`lookup ${expectFound ? 'missed' : 'found a row it should not'}`)
  }
  times.sort((a, b) => a - b)
  return `median ${times[Math.floor(LOOKUPS / 2)].toFixed(1)} µs, p99 ${times[Math.floor(LOOKUPS * 0.99)].toFixed(1)} µs`
}

async function main(): Promise<void> {
  const started = performance.now()
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-roster-bench-'))
  const platform = createLocalPlatform({ dataDir: dir })
  await seedReferenceData(platform.store, new Date())
  const enterprise = async (id: string) => (await platform.store.get<Enterprise>(COLLECTIONS.enterprises, id))!
  const lines = csvLines(phone)
  const csv = new TextEncoder().encode(lines.join('\n'))
  const rows = [
    '| file | size | rows | preview | confirm (one transaction) | result | RSS after |', '|---|---:|---:|---|---|---|---:|',
    await importRow(platform, 'csv (empty roster)', await enterprise('ent-01'), csv),
    await importRow(platform, 'xlsx (empty roster)', await enterprise('ent-02'), await xlsxOf(lines)),
    await importRow(platform, 'csv re-import, 1% changed', await enterprise('ent-01'), new TextEncoder().encode(csvLines((i) => (i % 100 ? phone(i) : `138${String(i).padStart(8, '0')}`)).join('\n'))),
  ]
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n\n${rows.join('\n')}`)

  // 1,000,000 more roster rows, spread over 50 enterprises, in batched transactions of 50,000.
  const entOf = (i: number) => `ent-${String((i % 50) + 1).padStart(2, '0')}`
  let t = performance.now()
  for (let start = 0; start < LOAD; start += 50_000) {
    await platform.store.transaction(async (tx) => {
      for (let i = start; i < Math.min(start + 50_000, LOAD); i++) {
        await tx.set(COLLECTIONS.roster, {
          _id: `r-${i}`, enterpriseId: entOf(i), name: `职工${i}`, idHash: hashIdNumber(platform.config.idHashKey, idOf(ROWS + i)), idCipher: 'x', idMasked: 'x',
          phone: '13900000000', enrolledAt: '2024-01-01', enrolmentUnit: UNIT, updatedAt: '',
        })
      }
    })
  }
  const loadS = (performance.now() - t) / 1000
  const total = await platform.store.count(COLLECTIONS.roster, {})
  const random = (from: number) => from + Math.floor(Math.random() * LOAD)
  const hit = await timeLookups(platform, () => ((i) => [entOf(i), idOf(ROWS + i)] as [string, string])(random(0)), true)
  const miss = await timeLookups(platform, () => ((i) => [entOf(i), idOf(ROWS + i)] as [string, string])(random(LOAD)), false)
  console.log(`\n${n(LOAD)} roster rows loaded in ${loadS.toFixed(1)} s (${n(LOAD / loadS)} rows/s); ${n(total)} rows in the roster.`)
  console.log(`insured-status lookup (findRosterEntry on the enterprise + ID-hash index), ${n(LOOKUPS)} random lookups each: on the roster ${hit}; not on it ${miss}`)
  console.log(`RSS at the end ${MB(process.memoryUsage().rss)}, peak ${MB(process.resourceUsage().maxRSS * 1024)}; whole run ${((performance.now() - started) / 1000).toFixed(0)} s`)
  platform.store.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
