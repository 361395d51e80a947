import { z } from 'zod'
import { ZMe, type TMe } from '../../shared/api/user.api'
import { ZRole } from '../../shared/roles'
import { httpJson, postJson, unwrap } from './http'
import { setToken } from './session'

/** A demo account offered by the local runtime's dev sign-in. */
export const ZDevUser = z.object({
  id: z.string().min(1),
  name: z.string(),
  role: ZRole,
  roleLabel: z.string(),
  orgName: z.string(),
})
/** A demo account offered by dev sign-in. */
export type TDevUser = z.infer<typeof ZDevUser>

const ZDevUsers = z.object({ users: z.array(ZDevUser) })
/* me is null for a guest session (a WeChat user not bound yet). */
const ZDevSession = z.object({ token: z.string().min(1), me: ZMe.nullable() })

/** 开发登录：列出可选账号 (H5 local runtime only). */
export async function listDevUsers(): Promise<TDevUser[]> {
  const raw = await httpJson('/dev/users', { method: 'GET' })
  return unwrap(raw, ZDevUsers).users
}

/** 开发登录：以某账号登录，保存会话并返回当前用户（未绑定时为 null）. */
export async function devSignIn(userId: string): Promise<TMe | null> {
  const raw = await postJson('/dev/sign-in', { userId })
  const { token, me } = unwrap(raw, ZDevSession)
  setToken(token)
  return me
}

/** 开发登录：以一个新的、未绑定的微信用户身份登录（用于职工绑定）. */
export async function devSignInGuest(): Promise<void> {
  const raw = await postJson('/dev/sign-in', { guest: true })
  setToken(unwrap(raw, ZDevSession).token)
}
