import type { CloudBase } from '@cloudbase/node-sdk'

/*
 * The narrow slice of @cloudbase/node-sdk 3.18 (and its @cloudbase/database) the adapters use.
 * The SDK's own typings are mostly `any` (e.g. Db.runTransaction), so the adapters code against
 * these shapes instead, which match what the SDK source actually returns.
 */

/** A query operator value built by `db.command` (opaque to us; the SDK serialises it). */
export type CbOperator = { readonly __cbOperator?: never } & object

/** A comparison built by `db.command.gt(…)` etc.; ranges chain with `.and(…)`. */
export interface CbComparison extends CbOperator {
  and(...others: CbComparison[]): CbComparison
}

/** `db.command`: the query and update operators the adapters need. */
export interface CbCommand {
  in(values: unknown[]): CbOperator
  neq(value: unknown): CbOperator
  gt(value: unknown): CbComparison
  gte(value: unknown): CbComparison
  lt(value: unknown): CbComparison
  lte(value: unknown): CbComparison
  set(value: unknown): CbOperator
  remove(): CbOperator
}

/** `collection(n).doc(id)`; inside a transaction `get` returns one document or null, outside an array. */
export interface CbDocRef {
  get(): Promise<{ data?: unknown }>
  set(data: object): Promise<{ updated?: number }>
  update(data: object): Promise<{ updated?: number }>
  remove(): Promise<{ deleted?: number }>
}

/** A query under construction; `get` returns EJSON-decoded documents with `_id` inside. */
export interface CbQuery {
  where(query: object): CbQuery
  orderBy(field: string, direction: 'asc' | 'desc'): CbQuery
  skip(offset: number): CbQuery
  limit(limit: number): CbQuery
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
}

/** `db.collection(n)` (or `transaction.collection(n)`). */
export interface CbCollection extends CbQuery {
  doc(id: string): CbDocRef
  add(data: object): Promise<{ id?: string }>
}

/** Anything that hands out collections: the database or a running transaction. */
export interface CbCollectionSource {
  collection(name: string): CbCollection
}

/** `app.database()`. */
export interface CbDatabase extends CbCollectionSource {
  command: CbCommand
  runTransaction<R>(work: (tx: CbCollectionSource) => Promise<R>, times?: number): Promise<R>
}

/** `app.callCompatibleWxOpenApi`: posts `action: wx.openApi` as multipart and answers raw bytes. */
export interface CbWxOpenApi {
  callCompatibleWxOpenApi(options: { apiName: string; requestData: Buffer }): Promise<unknown>
}

/** The storage calls of a CloudBase app. */
export type CbStorage = Pick<CloudBase, 'uploadFile' | 'downloadFile' | 'getTempFileURL' | 'deleteFile'>

/** The app's database as the narrow shape above (one cast, here, instead of `any` everywhere). */
export function databaseOf(app: CloudBase): CbDatabase {
  return app.database() as unknown as CbDatabase
}

/** The `code` the SDK puts on its errors (a string for CloudBase errors, e.g. ECONNREFUSED for sockets). */
export function errorCode(error: unknown): string | number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' || typeof code === 'number' ? code : undefined
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message)
  return String(error)
}
