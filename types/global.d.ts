/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** CloudBase environment id, injected by Taro's defineConstants from TCB_ENV (default 'dev'). */
declare const CLOUD_ENV: string
/** WeChat subscribe-message template ids (build-time, from SUBSCRIBE_CASE_UPDATE / SUBSCRIBE_NEW_REPORT). */
declare const SUBSCRIBE_CASE_UPDATE: string
declare const SUBSCRIBE_NEW_REPORT: string

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform Taro builds for; replaced at compile time. */
    TARO_ENV?: 'weapp' | 'h5' | string
    /** CloudBase environment id used by the weapp build. */
    TCB_ENV?: string
  }
}
