import { userApi } from '../../shared/api/user.api'
import type { TMe } from '../../shared/api/user.api'
import { callFunction } from './call'

/** Who the caller is: `me` is null when the WeChat user is not bound yet. */
export interface MeResult {
  bound: boolean
  me: TMe | null
}

/** 获取当前用户. */
export function fetchMe(): Promise<MeResult> {
  return callFunction(userApi, 'me', {})
}
