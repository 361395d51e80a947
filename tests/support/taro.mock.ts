/* Stands in for @tarojs/taro under jest (mapped in jest.config.js). NutUI imports some of these by
   name and others through the default export, so every function is exported both ways. */
import { useEffect } from 'react'

type Callback = (...args: unknown[]) => void

const storage = new Map<string, unknown>()
const router = { params: {} as Record<string, string | undefined>, path: '/pages/sign-in/index' }
const listeners = new Map<string, Set<Callback>>()

/** Taro's platform names. */
export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' } as const

/** The platform: H5 unless a test says otherwise. */
export const getEnv = jest.fn(() => ENV_TYPE.WEB as string)
/** Runs the callback after the current task. */
export const nextTick = (fn: () => void) => void Promise.resolve().then(fn)

/* A selector query that finds nothing: layout does not exist in jsdom. */
function selectorQuery() {
  const query = {
    in: () => query,
    select: () => node,
    selectAll: () => node,
    selectViewport: () => node,
    exec: (cb?: (res: unknown[]) => void) => cb?.([]),
  }
  const node = {
    boundingClientRect: (cb?: (r: unknown) => void) => (cb?.({ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }), query),
    scrollOffset: (cb?: (r: unknown) => void) => (cb?.({ scrollTop: 0, scrollLeft: 0 }), query),
    fields: (_f: unknown, cb?: (r: unknown) => void) => (cb?.({}), query),
    node: (cb?: (r: unknown) => void) => (cb?.({ node: null }), query),
  }
  return query
}
/** A selector query that measures nothing. */
export const createSelectorQuery = jest.fn(selectorQuery)

const windowInfo = { windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2, statusBarHeight: 20, safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 } }
/** Device facts of a 375 px phone. */
export const getSystemInfoSync = jest.fn(() => ({ ...windowInfo, platform: 'devtools', system: 'jsdom', SDKVersion: '3.7.12', language: 'zh_CN' }))
/** Same as getSystemInfoSync, asynchronously. */
export const getSystemInfo = jest.fn(async () => getSystemInfoSync())
/** Window facts of a 375 px phone. */
export const getWindowInfo = jest.fn(() => windowInfo)
/** Device facts. */
export const getDeviceInfo = jest.fn(() => ({ platform: 'devtools', system: 'jsdom', pixelRatio: 2 }))
/** App facts. */
export const getAppBaseInfo = jest.fn(() => ({ SDKVersion: '3.7.12', language: 'zh_CN', theme: 'light' }))
/** px → px (no design-width scaling under test). */
export const pxTransform = jest.fn((size: number) => `${size}px`)
/** Picking media: tests give the result. */
export const chooseMedia = jest.fn(async () => ({ tempFiles: [], type: 'image' }))
/** Picking images: tests give the result. */
export const chooseImage = jest.fn(async () => ({ tempFilePaths: [], tempFiles: [] }))
/** The current page's router. */
export const getCurrentInstance = jest.fn(() => ({ router, page: null, app: null }))

/** A tiny event bus like Taro's. */
export const eventCenter = {
  on(name: string, fn: Callback) {
    if (!listeners.has(name)) listeners.set(name, new Set())
    listeners.get(name)?.add(fn)
    return eventCenter
  },
  off(name: string, fn?: Callback) {
    if (fn) listeners.get(name)?.delete(fn)
    else listeners.delete(name)
    return eventCenter
  },
  once(name: string, fn: Callback) {
    const wrapped: Callback = (...args) => (eventCenter.off(name, wrapped), fn(...args))
    return eventCenter.on(name, wrapped)
  },
  trigger(name: string, ...args: unknown[]) {
    listeners.get(name)?.forEach((fn) => fn(...args))
    return eventCenter
  },
}

const ok = async () => ({ errMsg: 'ok' })
/** Navigation: recorded, never performed. */
export const navigateTo = jest.fn(ok)
/** Navigation: recorded, never performed. */
export const redirectTo = jest.fn(ok)
/** Navigation: recorded, never performed. */
export const reLaunch = jest.fn(ok)
/** Navigation: recorded, never performed. */
export const navigateBack = jest.fn(ok)
/** Navigation: recorded, never performed. */
export const switchTab = jest.fn(ok)
/** Scrolling: recorded. */
export const pageScrollTo = jest.fn(ok)

/** Synchronous storage backed by a Map ('' when missing, as in WeChat). */
export const getStorageSync = jest.fn((key: string) => (storage.has(key) ? storage.get(key) : ''))
/** Synchronous storage backed by a Map. */
export const setStorageSync = jest.fn((key: string, value: unknown) => void storage.set(key, value))
/** Synchronous storage backed by a Map. */
export const removeStorageSync = jest.fn((key: string) => void storage.delete(key))
/** Synchronous storage backed by a Map. */
export const clearStorageSync = jest.fn(() => storage.clear())

/** Feedback UI: recorded. */
export const showToast = jest.fn(ok)
/** Feedback UI: recorded. */
export const hideToast = jest.fn(ok)
/** Feedback UI: recorded. */
export const showLoading = jest.fn(ok)
/** Feedback UI: recorded. */
export const hideLoading = jest.fn(ok)
/** Feedback UI: resolves as if confirmed. */
export const showModal = jest.fn(async () => ({ confirm: true, cancel: false, errMsg: 'ok' }))
/** Network: tests give the result. */
export const request = jest.fn()

/** The WeChat cloud SDK: tests give callFunction's result. */
export const cloud = { init: jest.fn(), callFunction: jest.fn() }

/** Page lifecycle hooks: load and show run once after mount. */
export const useLoad = (fn: (params: Record<string, string | undefined>) => void) => useEffect(() => fn(router.params), [])
/** Runs once after mount. */
export const useDidShow = (fn: () => void) => useEffect(() => fn(), [])
/** Runs once after mount. */
export const useReady = (fn: () => void) => useEffect(() => fn(), [])
/** Runs once after mount. */
export const useLaunch = (fn: () => void) => useEffect(() => fn(), [])
/** Never fires under test. */
export const useDidHide = (_fn: () => void) => undefined
/** Runs on unmount. */
export const useUnload = (fn: () => void) => useEffect(() => fn, [])
/** Never fires under test. */
export const usePageScroll = (_fn: Callback) => undefined
/** Never fires under test. */
export const useReachBottom = (_fn: () => void) => undefined
/** Never fires under test. */
export const usePullDownRefresh = (_fn: () => void) => undefined
/** The current page's router: set it with setRouterParams. */
export const useRouter = () => router

/** Test helper: the query parameters the current page sees. */
export function setRouterParams(params: Record<string, string | undefined>, path = router.path): void {
  router.params = params
  router.path = path
}

/** Test helper: empty storage, routes and listeners, and clear every recorded call. */
export function resetTaroMock(): void {
  storage.clear()
  listeners.clear()
  setRouterParams({}, '/pages/sign-in/index')
  jest.clearAllMocks()
  cloud.callFunction.mockReset()
  request.mockReset()
}

const Taro = {
  ENV_TYPE, getEnv, nextTick, createSelectorQuery, getSystemInfoSync, getSystemInfo, getWindowInfo, getDeviceInfo,
  getAppBaseInfo, pxTransform, chooseMedia, chooseImage, getCurrentInstance, eventCenter, navigateTo, redirectTo,
  reLaunch, navigateBack, switchTab, pageScrollTo, getStorageSync, setStorageSync, removeStorageSync,
  clearStorageSync, showToast, hideToast, showLoading, hideLoading, showModal, request, cloud, useLoad, useDidShow,
  useReady, useLaunch, useDidHide, useUnload, usePageScroll, useReachBottom, usePullDownRefresh, useRouter,
}
/** Everything above, as `import Taro from '@tarojs/taro'` sees it. */
export default Taro
