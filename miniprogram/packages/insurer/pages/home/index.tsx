import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TInboxItem } from '../../../../../shared/insurer/desk'
import { CaseList } from '../../../../components/CaseList'
import { Notice } from '../../../../components/Notice'
import { UserHeader } from '../../../../components/UserHeader'
import { HomeLinks } from '../../../../components/HomeLinks'
import { askNewReports } from '../../../../services/subscribe'
import { isWeapp } from '../../../../services/platform'
import { useSessionUser } from '../../../../hooks/useSessionUser'
import { casePageOf, HOME_TITLES } from '../../../../utils/routes'
import { AssignPanel } from '../../components/AssignPanel'
import { InboxList } from '../../components/InboxList'
import { openInsurerPage } from '../../lib/routes'
import { isSupervisor } from '../../lib/supervisor'
import { useInbox } from '../../lib/useInbox'
import { INSURER_ROLES } from '../../lib/useWorkspace'
import { SignOutFooter } from '../../../../components/SignOutFooter'
import '../../styles.css'

/** 商保工作台: the inbox (new reports, then the agent's cases by deadline), hotline intake and every green-channel case. */
export default function InsurerHomePage() {
  const session = useSessionUser(INSURER_ROLES)
  const me = session.status === 'ready' ? session.me : null
  const desk = useInbox(me)
  const [assigning, setAssigning] = useState<TInboxItem | null>(null)

  if (session.status === 'loading') return <View className='page page--center'>加载中…</View>
  if (session.status === 'error') {
    return (
      <View className='page'>
        <Notice message={session.message} onRetry={session.reload} />
      </View>
    )
  }
  const supervisor = isSupervisor(session.me)
  const openCase = (caseId: string) => openInsurerPage('workspace', { id: caseId })
  return (
    <View className='page desk'>
      <UserHeader title={HOME_TITLES.insurer} me={session.me} />
      <HomeLinks role='insurer' />
      <View className='desk__buttons desk__buttons--top'>
        <Button type='primary' onClick={() => openInsurerPage('hotline')}>
          电话报案
        </Button>
        <Button type='default' onClick={desk.reload}>
          刷新
        </Button>
      </View>
      {desk.notice ? <Notice message={desk.notice} /> : null}
      {desk.inbox.status === 'loading' ? <View className='page__hint'>收件箱加载中…</View> : null}
      {desk.inbox.status === 'error' ? <Notice message={desk.inbox.message} onRetry={desk.reload} /> : null}
      {desk.inbox.status === 'ready' ? (
        <InboxList
          newCases={desk.inbox.value.newCases}
          myCases={desk.inbox.value.myCases}
          supervisor={supervisor}
          busyId={desk.busyId}
          onClaim={(item) => (isWeapp() && void askNewReports(), void desk.claim(item))}
          onAssign={setAssigning}
          onOpen={(item) => openCase(item.caseId)}
        />
      ) : null}
      {assigning ? (
        <AssignPanel
          caseNo={assigning.caseNo}
          agents={desk.agents}
          busy={desk.busyId === assigning.caseId}
          onCancel={() => setAssigning(null)}
          onAssign={(agentId, note) => void desk.assign(assigning, agentId, note).then((done) => done && setAssigning(null))}
        />
      ) : null}
      <View className='desk__heading'>全部绿色通道案件</View>
      {desk.cases.status === 'loading' ? <View className='page__hint'>案件加载中…</View> : null}
      {desk.cases.status === 'error' ? <Notice message={desk.cases.message} onRetry={desk.reload} /> : null}
      {desk.cases.status === 'ready' ? (
        /* Agents read any case's file and timeline; supervisors, who may act on any case, open its workspace. */
        <CaseList cases={desk.cases.value} onOpen={(id) => (supervisor ? openCase(id) : void Taro.navigateTo({ url: casePageOf(id) }))} />
      ) : null}
      <SignOutFooter />
    </View>
  )
}
