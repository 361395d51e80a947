import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TCaseView } from '../../../shared/api/case.schema'
import type { HumanRole } from '../../../shared/roles'
import { useSessionUser } from '../../hooks/useSessionUser'
import { listCases } from '../../services/cases'
import { userMessage } from '../../services/errors'
import { casePageOf, HOME_TITLES, isHumanRole } from '../../utils/routes'
import { CaseList } from '../CaseList'
import { Notice } from '../Notice'
import { UserHeader } from '../UserHeader'
import { OfficerPanel } from '../OfficerPanel'
import { SignOutFooter } from '../SignOutFooter'
import { HomeLinks } from '../HomeLinks'

/** Props of RoleHome. */
export interface RoleHomeProps {
  /** Roles this home serves; anyone else is sent to their own home. */
  roles: readonly HumanRole[]
}

type CasesState = { status: 'loading' } | { status: 'ready'; cases: TCaseView[] } | { status: 'error'; message: string }

/** A role's home page: who is signed in, their cases, and 退出登录. */
export function RoleHome({ roles }: RoleHomeProps) {
  const session = useSessionUser(roles)
  const me = session.status === 'ready' ? session.me : null
  const [cases, setCases] = useState<CasesState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!me) return
    let live = true
    setCases({ status: 'loading' })
    listCases().then(
      (list) => live && setCases({ status: 'ready', cases: list }),
      (error: unknown) => live && setCases({ status: 'error', message: userMessage(error) }),
    )
    return () => {
      live = false
    }
  }, [me?.id, attempt])

  if (session.status === 'loading') return <View className='page page--center'>加载中…</View>
  if (session.status === 'error') {
    return (
      <View className='page'>
        <Notice message={session.message} onRetry={session.reload} />
      </View>
    )
  }

  const title = isHumanRole(session.me.role) ? HOME_TITLES[session.me.role] : ''
  return (
    <View className='page'>
      <UserHeader title={title} me={session.me} />
      <HomeLinks role={session.me.role} />
      {session.me.role === 'officer' ? <OfficerPanel onReportsSent={() => setAttempt((n) => n + 1)} /> : null}
      {cases.status === 'loading' ? <View className='page__hint'>案件加载中…</View> : null}
      {cases.status === 'error' ? <Notice message={cases.message} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {cases.status === 'ready' ? (
        <CaseList cases={cases.cases} onOpen={(id) => void Taro.navigateTo({ url: casePageOf(id) })} />
      ) : null}
      <SignOutFooter />
    </View>
  )
}
