/** A stored document: a string id plus JSON fields. */
export type StoredDoc = { _id: string } & Record<string, unknown>

/** A value a filter can compare against. */
export type Scalar = string | number | boolean | null

/** A condition on one top-level field: equality, membership or a range. */
export type FieldCondition =
  | Scalar
  | { $in: Scalar[] }
  | { $ne: Scalar }
  | { $gt?: Scalar; $gte?: Scalar; $lt?: Scalar; $lte?: Scalar }

/** All conditions must hold (AND). Field names are top-level document fields. */
export type Filter = Record<string, FieldCondition>

/** Ordering and paging for a query. */
export interface FindOptions {
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>
  limit?: number
  skip?: number
}

/**
 * Operations allowed inside a transaction. CloudBase transactions address documents
 * by id only, so queries are deliberately not part of this interface.
 */
export interface TxScope {
  /** Read one document by id, or null. */
  get<T extends StoredDoc>(collection: string, id: string): Promise<T | null>
  /** Create a document; throws StoreConflict when the id exists. */
  insert(collection: string, doc: StoredDoc): Promise<void>
  /** Create or replace a document. */
  set(collection: string, doc: StoredDoc): Promise<void>
  /** Merge top-level fields into an existing document; throws StoreNotFound when absent. */
  update(collection: string, id: string, patch: Record<string, unknown>): Promise<void>
  /** Delete a document (no error when absent). */
  remove(collection: string, id: string): Promise<void>
}

/** The document database: CloudBase in the cloud, SQLite locally. */
export interface DocumentStore extends TxScope {
  /** Query documents matching every condition of the filter. */
  find<T extends StoredDoc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>
  /** Count documents matching the filter. */
  count(collection: string, filter: Filter): Promise<number>
  /** Run work atomically: all its writes land together or none do. */
  transaction<R>(work: (tx: TxScope) => Promise<R>): Promise<R>
}

/** Raised by insert when a document with that id already exists. */
export class StoreConflict extends Error {
  /** Name the collection and id that collided. */
  constructor(readonly collection: string, readonly id: string) {
    super(`document ${collection}/${id} already exists`)
    this.name = 'StoreConflict'
  }
}

/** Raised by update when the document does not exist. */
export class StoreNotFound extends Error {
  /** Name the collection and id that were missing. */
  constructor(readonly collection: string, readonly id: string) {
    super(`document ${collection}/${id} not found`)
    this.name = 'StoreNotFound'
  }
}
