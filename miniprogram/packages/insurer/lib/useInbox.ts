import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { TCaseView } from '../../../../shared/api/case.schema'
import type { TMe } from '../../../../shared/api/user.api'
import type { TInboxItem } from '../../../../shared/insurer/desk'
import { listCases } from '../../../services/cases'
import { userMessage } from '../../../services/errors'
import { assignCase, claimCase, fetchInbox, type InsurerInbox } from '../../../services/insurer'
import type { AgentChoice } from '../components/AssignPanel'
import { knownAgents } from './agents'
import { describeFailure, toast } from './outcome'

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

/** The insurer home's data and actions: inbox, all cases, claim and assign with conflict handling. */
export function useInbox(me: TMe | null) {
  const [inbox, setInbox] = useState<Load<InsurerInbox>>({ status: 'loading' })
  const [cases, setCases] = useState<Load<TCaseView[]>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [agents, setAgents] = useState<AgentChoice[]>([])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const shown = useRef(false)

  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })

  useEffect(() => {
    if (!me) return
    let live = true
    fetchInbox().then(
      (value) => {
        if (!live) return
        setInbox({ status: 'ready', value })
        void knownAgents(value).then((list) => live && setAgents(list))
      },
      (error: unknown) => live && setInbox({ status: 'error', message: userMessage(error) }),
    )
    listCases().then(
      (value) => live && setCases({ status: 'ready', value }),
      (error: unknown) => live && setCases({ status: 'error', message: userMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [me?.id, attempt])

  const run = async (item: TInboxItem, action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusyId(item.caseId)
    setNotice(null)
    try {
      await action()
      toast(done)
      return true
    } catch (error) {
      const failure = describeFailure(error)
      setNotice(failure.message)
      toast(failure.message)
      return false
    } finally {
      setBusyId(null)
      /* Success or conflict alike, show the cases as they now stand. */
      reload()
    }
  }

  return {
    inbox, cases, busyId, notice, agents, reload,
    /** 认领: versioned on the line's case version. */
    claim: (item: TInboxItem) => run(item, () => claimCase(item.caseId, item.state.version), `已认领 ${item.caseNo}`),
    /** 指派 (supervisor). */
    assign: (item: TInboxItem, agentId: string, note: string) => run(item, () => assignCase(item.caseId, agentId, item.state.version, note), `已指派 ${item.caseNo}`),
  }
}
