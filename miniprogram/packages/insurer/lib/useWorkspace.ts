import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useSessionUser } from '../../../hooks/useSessionUser'
import { isRetryable, userMessage } from '../../../services/errors'
import { fetchWorkspace, type InsurerWorkspace } from '../../../services/insurer'

/** Only insurer users reach the desk; anyone else is sent to their own home. */
export const INSURER_ROLES = ['insurer'] as const

/** Where a desk page stands on its case's working file. */
export type WorkspaceLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: InsurerWorkspace }
  | { status: 'error'; message: string; retry: boolean }

/**
 * A desk page's signed-in insurer user and the working file of the case in `?id=`; it reloads
 * when the page is shown again (after a sub-page saved something) and on `reload()`.
 */
export function useDeskCase() {
  const caseId = useRouter().params.id ?? ''
  const session = useSessionUser(INSURER_ROLES)
  const signedIn = session.status === 'ready'
  const [load, setLoad] = useState<WorkspaceLoad>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const shown = useRef(false)

  useDidShow(() => {
    /* The first show is the mount, which loads anyway. */
    if (shown.current) reload()
    shown.current = true
  })

  useEffect(() => {
    if (!signedIn || !caseId) return
    let live = true
    fetchWorkspace(caseId).then(
      (data) => live && setLoad({ status: 'ready', data }),
      (error: unknown) => live && setLoad({ status: 'error', message: userMessage(error), retry: isRetryable(error) }),
    )
    return () => {
      live = false
    }
  }, [signedIn, caseId, attempt])

  /** Replace parts of the loaded working file with what an action returned (no round trip). */
  const patch = useCallback((change: Partial<InsurerWorkspace>) => {
    setLoad((prev) => (prev.status === 'ready' ? { status: 'ready', data: { ...prev.data, ...change } } : prev))
  }, [])

  return { caseId, session, load, reload, patch }
}
