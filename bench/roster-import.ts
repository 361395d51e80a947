import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { createLocalPlatform } from '../backend/adapters/local/platform'
import { COLLECTIONS } from '../backend/domain/collections'
import { hashIdNumber } from '../backend/domain/pii'
import { findRosterEntry } from '../backend/domain/roster'
import { confirmRosterImport, previewRosterImport } from '../backend/domain/roster-import/import'
import { seedReferenceData } from '../backend/domain/seed'
import type { UserDoc } from '../backend/domain/users'
import type { Enterprise } from '../shared/enterprise/schema'
import { idCheckChar } from '../shared/idcard'

/*
 * Roster import of 100,000 rows (xlsx and csv) through the domain on a temporary SQLite file,
 * then the insured-status lookup at 1,000,000 roster rows. Usage: npm run bench:roster [-- --rows N]
 */
const ROWS = Number(process.argv[process.argv.indexOf('--rows') + 1]) || 100_000
/** A distinct valid ID number per n: region 320483, a real birth date from 1970 on, a 3-digit sequence. */
function idOf(n: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + Math.floor(n / 1000) * 86400_000).toISOString().slice(0, 10).replace(/-/g, '')
  const body = `320483${birth}${String(n % 1000).padStart(3, '0')}`
  return body + idCheckChar(body)
}
const UNIT = '常州东方特钢有限公司'
const seconds = (t: number) => (performance.now() - t) / 1000

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gc-roster-bench-'))
  const platform = createLocalPlatform({ dataDir: dir })
  await seedReferenceData(platform.store, new Date())
  const enterprises = { csv: (await platform.store.get<Enterprise>(COLLECTIONS.enterprises, 'ent-01'))!, xlsx: (await platform.store.get<Enterprise>(COLLECTIONS.enterprises, 'ent-02'))! }
  const actor = { _id: 'bench', role: 'bureau', name: 'bench' } as UserDoc
  const lines = ['姓名,身份证号,手机号,参保日期,参保单位', ...Array.from({ length: ROWS }, (_, i) => `职工${i},${idOf(i)},139${String(i).padStart(8, '0')},2024-01-01,${UNIT}`)]
  const csv = await platform.files.put('bench/roster.csv', new TextEncoder().encode(lines.join('\n')))
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('名册')
  for (const line of lines) sheet.addRow(line.split(','))
  const xlsxBytes = new Uint8Array(await book.xlsx.writeBuffer())
  const xlsx = await platform.files.put('bench/roster.xlsx', xlsxBytes)
  const rows: string[] = []
  for (const [label, file] of [['csv', csv], ['xlsx', xlsx]] as const) {
    let t = performance.now()
    const enterprise = enterprises[label]
    const preview = await previewRosterImport(platform, enterprise, file.fileId, new Date())
    const previewS = seconds(t)
    t = performance.now()
    const done = await confirmRosterImport(platform, actor, enterprise, file.fileId, preview.fileHash, new Date())
    const confirmS = seconds(t)
    rows.push(`| ${label} | ${ROWS} | ${previewS.toFixed(2)} s (${Math.round(ROWS / previewS)} rows/s) | ${confirmS.toFixed(2)} s (${Math.round(ROWS / confirmS)} rows/s) | ${done.written} written |`)
  }
  console.log(`xlsx file ${(xlsxBytes.length / 1024 / 1024).toFixed(1)} MB\n\n| file | rows | preview | confirm (one transaction) | result |\n|---|---|---|---|---|\n${rows.join('\n')}`)
  let t = performance.now()
  const total = 1_000_000
  for (let start = 0; start < total; start += 50_000) {
    await platform.store.transaction(async (tx) => {
      for (let i = start; i < start + 50_000; i++) {
        await tx.set(COLLECTIONS.roster, { _id: `r-${i}`, enterpriseId: `ent-${String((i % 50) + 1).padStart(2, '0')}`, name: `职工${i}`, idHash: hashIdNumber(platform.config.idHashKey, idOf(i + 200_000)), idCipher: 'x', idMasked: 'x', phone: '13900000000', enrolledAt: '2024-01-01', enrolmentUnit: UNIT, updatedAt: '' })
      }
    })
  }
  const loadS = seconds(t)
  const count = await platform.store.count(COLLECTIONS.roster, {})
  const times: number[] = []
  for (let k = 0; k < 10_000; k++) {
    const i = Math.floor(Math.random() * total)
    const hash = hashIdNumber(platform.config.idHashKey, idOf(i + 200_000))
    t = performance.now()
    const found = await findRosterEntry(platform.store, `ent-${String((i % 50) + 1).padStart(2, '0')}`, hash)
    times.push(performance.now() - t)
    if (!found) throw new Error('lookup missed')
  }
  times.sort((a, b) => a - b)
  console.log(`\n${count} roster rows loaded in ${loadS.toFixed(1)} s; insured-status lookup (findRosterEntry, indexed on enterprise + ID hash) over 10,000 random lookups: median ${(times[5000] * 1000).toFixed(1)} µs, p99 ${(times[9900] * 1000).toFixed(1)} µs; RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`)
  platform.store.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
