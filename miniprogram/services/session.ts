import Taro from '@tarojs/taro'
import { isWeapp } from './platform'

const TOKEN_KEY = 'session-token'

/** The stored session token (H5 dev sessions), or null. */
export function getToken(): string | null {
  const value: unknown = Taro.getStorageSync(TOKEN_KEY)
  return typeof value === 'string' && value !== '' ? value : null
}

/** Store the session token returned by sign-in. */
export function setToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token)
}

/** Forget the session token (sign-out). */
export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}

/* In weapp the platform vouches for the caller on every call; in H5 only a stored token identifies the user. */
/** Whether it is worth asking the backend who we are. */
export function mayHaveSession(): boolean {
  return isWeapp() || getToken() !== null
}
