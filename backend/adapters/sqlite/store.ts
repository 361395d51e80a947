import { AsyncLocalStorage } from 'node:async_hooks'
import Database from 'better-sqlite3'
import { StoreConflict, StoreNotFound, type DocumentStore, type Filter, type FindOptions, type StoredDoc, type TxScope } from '../../ports/store'
import { migrate, tableName } from './migrations'
import { buildQuery } from './sql-filter'

/** Open (creating if needed) a SQLite database file in WAL mode and bring its schema up to date. */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

/** Synchronous document operations on one connection. */
class SqliteOps implements TxScope {
  private readonly statements = new Map<string, Database.Statement>()
  constructor(private readonly db: Database.Database) {}

  /** Prepared statements are reused: preparing costs more than running a point query. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  async get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    const row = this.stmt(`SELECT body FROM ${tableName(collection)} WHERE id = ?`).get(id) as { body: string } | undefined
    return row ? (JSON.parse(row.body) as T) : null
  }

  async insert(collection: string, doc: StoredDoc): Promise<void> {
    const result = this.stmt(`INSERT INTO ${tableName(collection)} (id, body) VALUES (?, ?) ON CONFLICT(id) DO NOTHING`).run(doc._id, JSON.stringify(doc))
    if (result.changes === 0) throw new StoreConflict(collection, doc._id)
  }

  async set(collection: string, doc: StoredDoc): Promise<void> {
    this.stmt(`INSERT INTO ${tableName(collection)} (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body`).run(doc._id, JSON.stringify(doc))
  }

  async update(collection: string, id: string, patch: Record<string, unknown>): Promise<void> {
    const current = await this.get(collection, id)
    if (!current) throw new StoreNotFound(collection, id)
    const next = { ...current, ...patch, _id: id }
    this.stmt(`UPDATE ${tableName(collection)} SET body = ? WHERE id = ?`).run(JSON.stringify(next), id)
  }

  async remove(collection: string, id: string): Promise<void> {
    this.stmt(`DELETE FROM ${tableName(collection)} WHERE id = ?`).run(id)
  }

  find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): T[] {
    const { sql, params } = buildQuery(filter, options)
    const rows = this.stmt(`SELECT body FROM ${tableName(collection)}${sql}`).all(...params) as { body: string }[]
    return rows.map((r) => JSON.parse(r.body) as T)
  }

  count(collection: string, filter: Filter): number {
    const { sql, params } = buildQuery(filter)
    return (this.stmt(`SELECT COUNT(*) AS n FROM ${tableName(collection)}${sql}`).get(...params) as { n: number }).n
  }
}

/**
 * The local DocumentStore. better-sqlite3 is synchronous but transactions here take async
 * work, so every operation is queued behind a single lock: a transaction's awaits can never
 * interleave with another request's writes on the shared connection.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly ops: SqliteOps
  private tail: Promise<unknown> = Promise.resolve()
  private readonly insideTx = new AsyncLocalStorage<boolean>()

  /** Wrap an open database (see openDatabase). */
  constructor(readonly db: Database.Database) {
    this.ops = new SqliteOps(db)
  }

  private exclusive<R>(work: () => Promise<R> | R): Promise<R> {
    if (this.insideTx.getStore()) throw new Error('use the transaction scope (tx), not the store, inside a transaction')
    const run = this.tail.then(work, work)
    this.tail = run.catch(() => undefined)
    return run
  }

  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    return this.exclusive(() => this.ops.get<T>(collection, id))
  }
  insert(collection: string, doc: StoredDoc): Promise<void> {
    return this.exclusive(() => this.ops.insert(collection, doc))
  }
  set(collection: string, doc: StoredDoc): Promise<void> {
    return this.exclusive(() => this.ops.set(collection, doc))
  }
  update(collection: string, id: string, patch: Record<string, unknown>): Promise<void> {
    return this.exclusive(() => this.ops.update(collection, id, patch))
  }
  remove(collection: string, id: string): Promise<void> {
    return this.exclusive(() => this.ops.remove(collection, id))
  }
  find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.exclusive(() => this.ops.find<T>(collection, filter, options))
  }
  count(collection: string, filter: Filter): Promise<number> {
    return this.exclusive(() => this.ops.count(collection, filter))
  }

  transaction<R>(work: (tx: TxScope) => Promise<R>): Promise<R> {
    return this.exclusive(async () => {
      this.db.exec('BEGIN IMMEDIATE')
      try {
        const result = await this.insideTx.run(true, () => work(this.ops))
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        this.db.exec('ROLLBACK')
        throw error
      }
    })
  }

  /** Close the connection (tests and shutdown). */
  close(): void {
    this.db.close()
  }
}
