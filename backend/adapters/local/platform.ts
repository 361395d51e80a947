import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Clock } from '../../ports/clock'
import type { Platform, PlatformConfig } from '../../ports/platform'
import { openDatabase, SqliteDocumentStore } from '../sqlite/store'
import { systemClock } from './clock'
import { DiskFileStore } from './files'
import { DiskFontSource } from './fonts'
import { contextIdentity } from './identity'
import { FeedNotifier } from './notifier'
import { ServiceGroupFeed } from './service-group-feed'
import { ConsoleOtpVerifier } from './console-otp'
import { WecomRobot } from '../wecom/robot'

/** The local platform plus its database handle, so the runtime can close it. */
export interface LocalPlatform extends Platform {
  store: SqliteDocumentStore
  files: DiskFileStore
}

/** Options for the local platform; everything has a local default. */
export interface LocalPlatformOptions {
  dataDir: string
  clock?: Clock
  config?: Partial<PlatformConfig>
  /** Where one-time codes are printed (the server console by default). */
  printOtp?: (line: string) => void
  /** The CJK font for PDFs (default: Debian's Noto Sans CJK, or the file named by PDF_FONT_PATH). */
  fontPath?: string
}

/** Keys for local use only: production reads real secrets from the environment. */
const LOCAL_DEV_CONFIG: PlatformConfig = {
  idHashKey: 'local-dev-id-hash-key-not-for-production',
  idEncryptionKey: '6c6f63616c2d6465762d69642d656e6372797074696f6e2d6b65792d30303030',
  wecomWebhookUrl: '',
}

/** SQLite in `<dataDir>/green-channel.db`, files in `<dataDir>/files`, identity from the dev session. */
export function createLocalPlatform(options: LocalPlatformOptions): LocalPlatform {
  mkdirSync(options.dataDir, { recursive: true })
  const store = new SqliteDocumentStore(openDatabase(path.join(options.dataDir, 'green-channel.db')))
  const clock = options.clock ?? systemClock
  const config = { ...LOCAL_DEV_CONFIG, ...options.config }
  return {
    store,
    files: new DiskFileStore(path.join(options.dataDir, 'files'), config.idHashKey + ':files', () => clock.now()),
    identity: contextIdentity,
    notifier: new FeedNotifier(store, clock),
    phone: new ConsoleOtpVerifier(store, config.idHashKey, options.printOtp),
    serviceGroup: config.wecomWebhookUrl ? new WecomRobot(config.wecomWebhookUrl) : new ServiceGroupFeed(store, clock),
    clock,
    config,
    fonts: new DiskFontSource(options.fontPath ?? process.env.PDF_FONT_PATH ?? undefined),
  }
}
