import { useCallback, useEffect, useState } from 'react'
import type { TMe } from '../../shared/api/user.api'
import type { HumanRole } from '../../shared/roles'
import { isSessionError, userMessage } from '../services/errors'
import { clearToken, mayHaveSession } from '../services/session'
import { fetchMe } from '../services/user'
import Taro from '@tarojs/taro'
import { BIND_PAGE, goHome, goSignIn } from '../utils/routes'

/** Where a page stands on its signed-in user. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; me: TMe }
  | { status: 'error'; message: string }

/** The signed-in user of a page meant for `roles`; sends others to sign-in or to their own home. */
export function useSessionUser(roles: readonly HumanRole[]): SessionState & { reload: () => void } {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const roleKey = roles.join(',')

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    if (!mayHaveSession()) {
      goSignIn()
      return
    }
    fetchMe().then(
      ({ bound, me }) => {
        if (!live) return
        // A WeChat user who has not bound yet: workers bind themselves, so send them to binding.
        if (!bound || !me) return void Taro.reLaunch({ url: BIND_PAGE })
        if (!(roles as readonly string[]).includes(me.role)) {
          if (!goHome(me.role)) goSignIn()
          return
        }
        setState({ status: 'ready', me })
      },
      (error: unknown) => {
        if (!live) return
        if (isSessionError(error)) {
          clearToken()
          goSignIn()
          return
        }
        setState({ status: 'error', message: userMessage(error) })
      },
    )
    return () => {
      live = false
    }
    /* roleKey stands in for roles, which callers may pass as a fresh array on every render. */
  }, [roleKey, attempt])

  return { ...state, reload }
}
