import * as tcb from '@cloudbase/node-sdk'
import type { Clock } from '../../ports/clock'
import type { Platform, PlatformConfig } from '../../ports/platform'
import { CloudbaseFileStore } from './files'
import { StoredFontSource } from './fonts'
import { CloudbaseIdentity } from './identity'
import { CloudbaseNotifier, type MiniprogramState } from './notifier'
import { CloudbasePhoneVerifier } from './phone'
import { databaseOf } from './sdk'
import { CloudbaseDocumentStore } from './store'
import { WecomRobot } from '../wecom/robot'

/** Extra `tcb.init` options, e.g. `{ serviceUrl }` to point the SDK at a local recording server. */
export type CloudbaseInitOptions = tcb.ICloudBaseConfig

/** The environment variables the cloud platform reads. */
export type CloudbaseEnv = Record<string, string | undefined>

/** The real time. */
export const cloudClock: Clock = { now: () => new Date() }

function required(env: CloudbaseEnv, name: string): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set: add it to the cloud function's environment variables`)
  return value
}

/*
 * Read at first use, so a function that never touches ID numbers still starts without the keys,
 * and one that does fails with a message naming the missing variable.
 */

/** The platform config from ID_HASH_KEY, ID_ENCRYPTION_KEY and WECOM_WEBHOOK_URL. */
export function cloudbaseConfig(env: CloudbaseEnv): PlatformConfig {
  return {
    get idHashKey() {
      return required(env, 'ID_HASH_KEY')
    },
    get idEncryptionKey() {
      const key = required(env, 'ID_ENCRYPTION_KEY')
      if (!/^[0-9a-fA-F]{64}$/.test(key)) throw new Error('ID_ENCRYPTION_KEY must be 32 bytes written as 64 hex digits')
      return key
    },
    get wecomWebhookUrl() {
      return env.WECOM_WEBHOOK_URL ?? ''
    },
    get subscribeTemplates() {
      if (!env.SUBSCRIBE_TEMPLATES) return {}
      try {
        return JSON.parse(env.SUBSCRIBE_TEMPLATES) as Record<string, string>
      } catch {
        throw new Error('SUBSCRIBE_TEMPLATES must be a JSON object mapping message kinds to template ids')
      }
    },
  }
}

function miniprogramState(env: CloudbaseEnv): MiniprogramState | undefined {
  const state = env.MINIPROGRAM_STATE
  return state === 'developer' || state === 'trial' || state === 'formal' ? state : undefined
}

/** The CloudBase platform: `tcb.init({ env: TCB_ENV or the function's own env, ...init })`. */
export function createCloudbasePlatform(env: CloudbaseEnv = process.env, init: CloudbaseInitOptions = {}): Platform {
  const app = tcb.init({ env: env.TCB_ENV || tcb.SYMBOL_CURRENT_ENV, ...init })
  /* Inside a function SCF_NAMESPACE names the current environment when TCB_ENV is not set. */
  const files = new CloudbaseFileStore(app, undefined, env.TCB_ENV || env.SCF_NAMESPACE || undefined)
  return {
    store: new CloudbaseDocumentStore(databaseOf(app)),
    files,
    identity: new CloudbaseIdentity(),
    notifier: new CloudbaseNotifier(app, miniprogramState(env)),
    serviceGroup: new WecomRobot(env.WECOM_WEBHOOK_URL ?? ''),
    phone: new CloudbasePhoneVerifier(app),
    clock: cloudClock,
    config: cloudbaseConfig(env),
    fonts: new StoredFontSource(files, env.PDF_FONT_FILE_ID ?? '', env.PDF_FONT_FACE),
  }
}
