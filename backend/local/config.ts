import path from 'node:path'

/** Settings of the local runtime, from the environment with local defaults. */
export interface LocalConfig {
  port: number
  host: string
  dataDir: string
  production: boolean
  h5Dir: string
  rootDir: string
  /** Build the H5 app when missing or stale (off in tests that serve no pages). */
  buildH5: boolean
  /** Run each function's timer trigger in process. */
  timers: boolean
  /** WeCom group-robot webhook for the insurer's service group; empty means the in-app 服务群 feed. */
  wecomWebhookUrl: string
}

/** Read PORT, HOST, DATA_DIR, NODE_ENV, SKIP_H5_BUILD, LOCAL_TIMERS and WECOM_WEBHOOK_URL. */
export function readLocalConfig(env: NodeJS.ProcessEnv = process.env, rootDir = process.cwd()): LocalConfig {
  return {
    port: env.PORT ? Number(env.PORT) : 8787,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(rootDir, env.DATA_DIR ?? 'data'),
    production: env.NODE_ENV === 'production',
    h5Dir: path.join(rootDir, 'dist', 'h5'),
    rootDir,
    buildH5: env.SKIP_H5_BUILD !== '1',
    timers: env.LOCAL_TIMERS !== '0',
    wecomWebhookUrl: env.WECOM_WEBHOOK_URL ?? '',
  }
}
