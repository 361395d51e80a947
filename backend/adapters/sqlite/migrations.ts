import type Database from 'better-sqlite3'
import { COLLECTIONS } from '../../domain/collections'
import { fieldExpr } from './sql-filter'

/** The table holding one collection's documents. */
export function tableName(collection: string): string {
  if (!(Object.values(COLLECTIONS) as string[]).includes(collection)) throw new Error(`unknown collection: ${collection}`)
  return `c_${collection}`
}

function createCollection(name: string): string {
  return `CREATE TABLE IF NOT EXISTS ${tableName(name)} (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;`
}

function index(collection: string, fields: string[]): string {
  const table = tableName(collection)
  return `CREATE INDEX IF NOT EXISTS ix_${collection}_${fields.join('_')} ON ${table} (${fields.map(fieldExpr).join(', ')});`
}

/**
 * Ordered schema migrations; PRAGMA user_version records how many ran. Append only:
 * a released migration is never edited, so every existing data folder upgrades the same way.
 */
export const MIGRATIONS: string[] = [
  [
    ...Object.values(COLLECTIONS).map(createCollection),
    index('enterprises', ['nameKey']),
    index('users', ['openid']),
    index('cases', ['enterpriseId', 'reportedAt']),
    index('cases', ['workerIdHash']),
    index('cases', ['hospitalId']),
    index('cases', ['reportedAt']),
    index('case_events', ['caseId', 'seq']),
    index('outbox', ['status', 'nextAttemptAt']),
    index('outbox', ['status', 'createdAt']),
    index('messages', ['toGroup', 'sentAt']),
    index('messages', ['toOpenid', 'sentAt']),
    index('audit', ['subjectId']),
    index('media', ['incidentId', 'addedAt']),
    index('cases', ['incidentId']),
    index('roster', ['enterpriseId', 'idHash']),
    index('roster', ['idHash']),
    index('users', ['role', 'idHash']),
    index('cases', ['assigneeId', 'reportedAt']),
  ].join('\n'),
  /* File ownership: one record per uploaded file (looked up by id only). */
  createCollection('uploads'),
]

/** Apply the migrations this database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version])
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
  return MIGRATIONS.length - current
}
