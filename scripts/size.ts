import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** WeChat's limit for the main package and for each subpackage. */
export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024

/** Sizes of a weapp build: the main package and each subpackage, in bytes. */
export interface PackageSizes {
  main: number
  subpackages: { root: string; bytes: number }[]
}

/* Devtools project files sit beside the code but are not part of any uploaded package. */
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json'])

function listFiles(dir: string, base = dir): { rel: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(full, base)
    return [{ rel: path.relative(base, full).split(path.sep).join('/'), bytes: statSync(full).size }]
  })
}

/** Subpackage roots declared in a built app.json (`subPackages` or `subpackages`). */
export function subpackageRoots(appJson: unknown): string[] {
  const app = (appJson ?? {}) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const list = app.subPackages ?? app.subpackages ?? []
  return list.map((p) => p.root.replace(/^\.?\//, '').replace(/\/+$/, ''))
}

/** Measure a weapp build directory: files under a subpackage root count toward it, the rest toward main. */
export function computePackageSizes(distDir: string): PackageSizes {
  const appJsonPath = path.join(distDir, 'app.json')
  if (!existsSync(appJsonPath)) throw new Error(`${appJsonPath} not found: run npm run build:weapp first`)
  const roots = subpackageRoots(JSON.parse(readFileSync(appJsonPath, 'utf8')))
  const sizes: PackageSizes = { main: 0, subpackages: roots.map((root) => ({ root, bytes: 0 })) }
  for (const file of listFiles(distDir)) {
    if (NOT_UPLOADED.has(file.rel) || file.rel.endsWith('.map')) continue
    const owner = sizes.subpackages.find((p) => file.rel.startsWith(`${p.root}/`))
    if (owner) owner.bytes += file.bytes
    else sizes.main += file.bytes
  }
  return sizes
}

/** Bytes as KB with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function main(): void {
  const distDir = path.resolve(__dirname, '..', 'dist', 'weapp')
  if (!existsSync(distDir)) {
    console.error(`dist/weapp is missing: run npm run build:weapp first`)
    process.exit(1)
  }
  let sizes: PackageSizes
  try {
    sizes = computePackageSizes(distDir)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  const rows = [{ name: 'main', bytes: sizes.main }, ...sizes.subpackages.map((p) => ({ name: p.root, bytes: p.bytes }))]
  const width = Math.max(...rows.map((r) => r.name.length))
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${kb(row.bytes).padStart(10)}`)
  const total = rows.reduce((sum, r) => sum + r.bytes, 0)
  console.log(`${'total'.padEnd(width)}  ${kb(total).padStart(10)}`)
  const over = rows.filter((r) => r.bytes > PACKAGE_LIMIT_BYTES)
  if (over.length > 0) {
    console.error(`over WeChat's 2 MB package limit: ${over.map((r) => r.name).join(', ')}`)
    process.exit(1)
  }
}

if (require.main === module) main()
