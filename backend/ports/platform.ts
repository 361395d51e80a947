import type { Clock } from './clock'
import type { FileStore } from './files'
import type { FontSource } from './fonts'
import type { IdentityPort } from './identity'
import type { Notifier } from './notifier'
import type { ServiceGroupPort } from './service-group'
import type { PhoneVerifier } from './phone'
import type { DocumentStore } from './store'

/** Configuration both adapters read (from env in the cloud, from env/defaults locally). */
export interface PlatformConfig {
  /** Secret for keyed hashes of ID numbers (HMAC-SHA256). */
  idHashKey: string
  /** 32-byte key (hex) for AES-256-GCM encryption of ID numbers. */
  idEncryptionKey: string
  /** WeCom group-robot webhook URL for the insurer's service group; empty means the in-app feed. */
  wecomWebhookUrl: string
  /** WeChat subscribe-message template ids by our template key (e.g. case_update); env SUBSCRIBE_TEMPLATES as JSON. */
  subscribeTemplates?: Record<string, string>
}

/** Everything domain code needs from the outside world. */
export interface Platform {
  store: DocumentStore
  files: FileStore
  identity: IdentityPort
  notifier: Notifier
  serviceGroup: ServiceGroupPort
  phone: PhoneVerifier
  clock: Clock
  config: PlatformConfig
  /** The CJK font embedded in generated PDFs. */
  fonts: FontSource
}
