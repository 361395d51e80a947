/** Every collection the backend uses; the same names exist in CloudBase and as SQLite tables. */
export const COLLECTIONS = {
  enterprises: 'enterprises',
  hospitals: 'hospitals',
  users: 'users',
  cases: 'cases',
  caseEvents: 'case_events',
  audit: 'audit',
  outbox: 'outbox',
  requests: 'requests',
  roster: 'roster',
  counters: 'counters',
  messages: 'messages',
  insurers: 'insurers',
  otp: 'otp',
  incidents: 'incidents',
  media: 'media',
  insurerWork: 'insurer_work',
  insurerAlerts: 'insurer_alerts',
  /** Who uploaded each stored file and which cases it is attached to (the file-ownership rule). */
  uploads: 'uploads',
} as const

/** A collection name. */
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]
