import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase, SqliteDocumentStore } from '../../backend/adapters/sqlite/store'
import { MIGRATIONS, migrate } from '../../backend/adapters/sqlite/migrations'
import { StoreConflict, StoreNotFound } from '../../backend/ports/store'

let dir: string
let store: SqliteDocumentStore
const file = () => path.join(dir, 'test.db')

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gc-store-'))
  store = new SqliteDocumentStore(openDatabase(file()))
})
afterEach(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('SQLite document store', () => {
  it('runs in WAL mode with every migration applied, and migrating again does nothing', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(migrate(store.db)).toBe(0)
  })

  it('inserts, reads, merges updates and removes', async () => {
    await store.insert('cases', { _id: 'a', n: 1, tag: 'x' })
    await store.update('cases', 'a', { n: 2 })
    expect(await store.get('cases', 'a')).toEqual({ _id: 'a', n: 2, tag: 'x' })
    await store.remove('cases', 'a')
    expect(await store.get('cases', 'a')).toBeNull()
  })

  it('refuses a duplicate insert and an update of a missing document', async () => {
    await store.insert('cases', { _id: 'a' })
    await expect(store.insert('cases', { _id: 'a' })).rejects.toBeInstanceOf(StoreConflict)
    await expect(store.update('cases', 'missing', { n: 1 })).rejects.toBeInstanceOf(StoreNotFound)
  })

  it('refuses unknown collections and unsafe field names', async () => {
    await expect(store.get('nope', 'a')).rejects.toThrow('unknown collection')
    await expect(store.find('cases', { 'x; DROP TABLE c_cases': 1 })).rejects.toThrow('invalid field name')
  })

  it('filters by equality, booleans, null, $in, $ne and ranges, with order, limit and skip', async () => {
    for (let i = 1; i <= 6; i++) await store.insert('cases', { _id: `c${i}`, n: i, even: i % 2 === 0, tag: i <= 3 ? 'low' : 'high', gone: i === 6 ? null : 'no' })
    const ids = (docs: { _id: string }[]) => docs.map((d) => d._id)
    expect(ids(await store.find('cases', { tag: 'low' }, { orderBy: [['n', 'asc']] }))).toEqual(['c1', 'c2', 'c3'])
    expect(ids(await store.find('cases', { even: true }, { orderBy: [['n', 'desc']] }))).toEqual(['c6', 'c4', 'c2'])
    expect(ids(await store.find('cases', { gone: null }))).toEqual(['c6'])
    expect(ids(await store.find('cases', { n: { $in: [2, 5] } }, { orderBy: [['n', 'asc']] }))).toEqual(['c2', 'c5'])
    expect(ids(await store.find('cases', { tag: { $ne: 'low' } }, { orderBy: [['n', 'asc']] }))).toEqual(['c4', 'c5', 'c6'])
    expect(ids(await store.find('cases', { n: { $gt: 2, $lte: 4 } }, { orderBy: [['n', 'asc']] }))).toEqual(['c3', 'c4'])
    expect(ids(await store.find('cases', {}, { orderBy: [['n', 'asc']], limit: 2, skip: 3 }))).toEqual(['c4', 'c5'])
    expect(await store.count('cases', { n: { $gte: 5 } })).toBe(2)
    expect(await store.find('cases', { n: { $in: [] } })).toEqual([])
  })

  it('commits a transaction whole and rolls it back whole on error', async () => {
    await store.transaction(async (tx) => {
      await tx.insert('cases', { _id: 'a' })
      await tx.insert('audit', { _id: 'b' })
    })
    await expect(
      store.transaction(async (tx) => {
        await tx.insert('cases', { _id: 'c' })
        await tx.insert('cases', { _id: 'a' })
      }),
    ).rejects.toBeInstanceOf(StoreConflict)
    expect(await store.get('cases', 'c')).toBeNull()
    expect(await store.count('cases', {})).toBe(1)
    expect(await store.count('audit', {})).toBe(1)
  })

  it('serialises concurrent transactions so read-modify-write never loses an increment', async () => {
    await store.insert('counters', { _id: 'k', value: 0 })
    await Promise.all(
      Array.from({ length: 25 }, () =>
        store.transaction(async (tx) => {
          const doc = await tx.get<{ _id: string; value: number }>('counters', 'k')
          await new Promise((r) => setTimeout(r, 1))
          await tx.update('counters', 'k', { value: doc!.value + 1 })
        }),
      ),
    )
    expect((await store.get<{ _id: string; value: number }>('counters', 'k'))!.value).toBe(25)
  })

  it('refuses store calls from inside a transaction (they would deadlock)', async () => {
    await expect(store.transaction(async () => store.get('cases', 'a'))).rejects.toThrow('transaction scope')
  })

  it('keeps data across close and reopen', async () => {
    await store.insert('cases', { _id: 'kept', n: 1 })
    store.close()
    store = new SqliteDocumentStore(openDatabase(file()))
    expect(await store.get('cases', 'kept')).toEqual({ _id: 'kept', n: 1 })
  })
})
