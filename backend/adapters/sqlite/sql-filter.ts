import type { FieldCondition, Filter, FindOptions, Scalar } from '../../ports/store'

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** The SQL expression reading a top-level JSON field; indexes are declared on the same expression. */
export function fieldExpr(field: string): string {
  if (!FIELD_NAME.test(field)) throw new Error(`invalid field name: ${field}`)
  return `json_extract(body, '$.${field}')`
}

/** SQLite stores JSON booleans as 1/0 when extracted, so parameters must match. */
function bindable(value: Scalar): string | number | null {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value
}

function isRange(c: FieldCondition): c is { $gt?: Scalar; $gte?: Scalar; $lt?: Scalar; $lte?: Scalar } {
  return typeof c === 'object' && c !== null && !('$in' in c) && !('$ne' in c)
}

function conditionSql(field: string, condition: FieldCondition, params: unknown[]): string {
  const expr = fieldExpr(field)
  if (condition === null) return `${expr} IS NULL`
  if (typeof condition !== 'object') {
    params.push(bindable(condition))
    return `${expr} = ?`
  }
  if ('$in' in condition) {
    if (condition.$in.length === 0) return '0'
    params.push(...condition.$in.map(bindable))
    return `${expr} IN (${condition.$in.map(() => '?').join(', ')})`
  }
  if ('$ne' in condition) {
    params.push(bindable(condition.$ne))
    return `${expr} IS NOT ?`
  }
  if (!isRange(condition)) throw new Error('unsupported condition')
  const parts: string[] = []
  const ops = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const
  for (const key of Object.keys(ops) as Array<keyof typeof ops>) {
    const value = condition[key]
    if (value === undefined) continue
    params.push(bindable(value))
    parts.push(`${expr} ${ops[key]} ?`)
  }
  return parts.length ? parts.join(' AND ') : '1'
}

/** Translate a port filter and options into a WHERE/ORDER/LIMIT clause with its parameters. */
export function buildQuery(filter: Filter, options: FindOptions = {}): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const where = Object.entries(filter).map(([field, c]) => conditionSql(field, c, params))
  let sql = where.length ? ` WHERE ${where.join(' AND ')}` : ''
  if (options.orderBy?.length) {
    sql += ' ORDER BY ' + options.orderBy.map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ')
  }
  if (options.limit !== undefined || options.skip !== undefined) {
    sql += ' LIMIT ? OFFSET ?'
    params.push(options.limit ?? -1, options.skip ?? 0)
  }
  return { sql, params }
}
