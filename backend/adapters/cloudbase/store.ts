import { StoreConflict, StoreNotFound, type DocumentStore, type Filter, type FindOptions, type StoredDoc, type TxScope } from '../../ports/store'
import { toUpdate, toWhere } from './query'
import { errorCode, errorMessage, type CbCollectionSource, type CbCommand, type CbDatabase, type CbQuery } from './sdk'

/** The SDK caps one `get` at 1000 documents (and sends 100 when no limit is set). */
export const CLOUDBASE_PAGE_SIZE = 1000

/** CloudBase reports an existing `_id` as DATABASE_DUPLICATE_WRITE; some paths only keep Mongo's E11000 text. */
export function isDuplicateKeyError(error: unknown): boolean {
  return errorCode(error) === 'DATABASE_DUPLICATE_WRITE' || /E11000 duplicate key/.test(errorMessage(error))
}

function toStoredDoc<T extends StoredDoc>(raw: unknown): T {
  const doc = { ...(raw as Record<string, unknown>) }
  doc._id = String(doc._id)
  return doc as T
}

function withoutId(doc: StoredDoc): Record<string, unknown> {
  const { _id: _ignored, ...rest } = doc
  return rest
}

/** Document operations by id, over the database or over a running transaction (same SDK calls). */
export class CloudbaseDocOps implements TxScope {
  /** `source` is `app.database()` or the transaction object `runTransaction` hands out. */
  constructor(private readonly source: CbCollectionSource, private readonly cmd: CbCommand) {}

  async get<T extends StoredDoc>(collection: string, id: string): Promise<T | null> {
    const { data } = await this.source.collection(collection).doc(id).get()
    /* Outside a transaction the SDK answers a list, inside it one document or null. */
    const raw = Array.isArray(data) ? data[0] : data
    return raw ? toStoredDoc<T>(raw) : null
  }

  async insert(collection: string, doc: StoredDoc): Promise<void> {
    try {
      await this.source.collection(collection).add({ ...doc })
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new StoreConflict(collection, doc._id)
      throw error
    }
  }

  async set(collection: string, doc: StoredDoc): Promise<void> {
    /* `doc.set` rejects data that carries `_id`; the id travels in the query instead. */
    await this.source.collection(collection).doc(doc._id).set(withoutId(doc))
  }

  async update(collection: string, id: string, patch: Record<string, unknown>): Promise<void> {
    const data = toUpdate(this.cmd, patch)
    if (Object.keys(data).length > 0) {
      const { updated } = await this.source.collection(collection).doc(id).update(data)
      if (updated !== undefined && updated > 0) return
    }
    /* `updated` counts modified documents: 0 also when the patch changed nothing, so look before failing. */
    if (!(await this.get(collection, id))) throw new StoreNotFound(collection, id)
  }

  async remove(collection: string, id: string): Promise<void> {
    await this.source.collection(collection).doc(id).remove()
  }
}

/** The CloudBase document database (`app.database()`), implementing the DocumentStore port. */
export class CloudbaseDocumentStore extends CloudbaseDocOps implements DocumentStore {
  /** Wrap `app.database()` (see `databaseOf`). */
  constructor(private readonly db: CbDatabase) {
    super(db, db.command)
  }

  private query(collection: string, filter: Filter): CbQuery {
    const where = toWhere(this.db.command, filter)
    const coll = this.db.collection(collection)
    return Object.keys(where).length > 0 ? coll.where(where) : coll
  }

  /* Without a limit (or above the SDK's 1000 cap) this pages with skip/limit until a short page,
     ordering by `_id` last so pages neither overlap nor miss documents. */
  async find<T extends StoredDoc>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const orderBy = [...(options.orderBy ?? [])]
    const wanted = options.limit
    const paging = wanted === undefined || wanted > CLOUDBASE_PAGE_SIZE
    if (paging && !orderBy.some(([field]) => field === '_id')) orderBy.push(['_id', 'asc'])
    let base = this.query(collection, filter)
    for (const [field, direction] of orderBy) base = base.orderBy(field, direction)

    const out: T[] = []
    let offset = options.skip ?? 0
    for (;;) {
      const size = Math.min(CLOUDBASE_PAGE_SIZE, wanted === undefined ? CLOUDBASE_PAGE_SIZE : wanted - out.length)
      if (size <= 0) break
      const page = offset > 0 ? base.skip(offset) : base
      const { data } = await page.limit(size).get()
      for (const raw of data) out.push(toStoredDoc<T>(raw))
      if (!paging || data.length < size) break
      offset += data.length
    }
    return out
  }

  async count(collection: string, filter: Filter): Promise<number> {
    const { total } = await this.query(collection, filter).count()
    return total
  }

  /* `db.runTransaction` starts a transaction, runs `work`, commits, and aborts on a throw (rethrowing
     the original error). On DATABASE_TRANSACTION_CONFLICT it runs `work` again, up to 3 times. */
  async transaction<R>(work: (tx: TxScope) => Promise<R>): Promise<R> {
    return this.db.runTransaction((tx) => work(new CloudbaseDocOps(tx, this.db.command)))
  }
}
