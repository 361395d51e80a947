import type { FieldCondition, Filter } from '../../ports/store'
import type { CbCommand, CbComparison } from './sdk'

type Range = { $gt?: unknown; $gte?: unknown; $lt?: unknown; $lte?: unknown }
const RANGE_OPS = ['$gt', '$gte', '$lt', '$lte'] as const

function rangeParts(cmd: CbCommand, range: Range): CbComparison[] {
  const build = { $gt: cmd.gt, $gte: cmd.gte, $lt: cmd.lt, $lte: cmd.lte }
  return RANGE_OPS.filter((op) => range[op] !== undefined).map((op) => build[op].call(cmd, range[op]))
}

/** The `where` value for one field condition, or undefined when it constrains nothing (empty range). */
function condition(cmd: CbCommand, c: FieldCondition): unknown {
  if (c === null || typeof c !== 'object') return c
  if ('$in' in c) return cmd.in(c.$in)
  if ('$ne' in c) return cmd.neq(c.$ne)
  const parts = rangeParts(cmd, c)
  if (parts.length === 0) return undefined
  /* Two bounds on one field become `$and: [{f: {$gt}}, {f: {$lt}}]` on the wire; that is how the SDK encodes `.and`. */
  return parts.reduce((acc, next) => acc.and(next))
}

/** Translate a port filter into the object `collection.where()` takes, built with `db.command`. */
export function toWhere(cmd: CbCommand, filter: Filter): Record<string, unknown> {
  const where: Record<string, unknown> = {}
  for (const [field, c] of Object.entries(filter)) {
    const value = condition(cmd, c)
    if (value !== undefined) where[field] = value
  }
  return where
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/*
 * The SDK flattens nested objects into dotted paths (`{a: {b: 1}}` becomes `$set: {'a.b': 1}`) and
 * silently drops empty objects, so object values are wrapped in `command.set` to replace the field
 * whole, as the port promises. `undefined` removes the field, matching the SQLite store.
 */

/** Translate a top-level patch into `doc.update()` data (`$set` per field, `$unset` for undefined). */
export function toUpdate(cmd: CbCommand, patch: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(patch)) {
    if (field === '_id') continue
    if (value === undefined) data[field] = cmd.remove()
    else if (isPlainObject(value)) data[field] = cmd.set(value)
    else data[field] = value
  }
  return data
}
