import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TMe } from '../../../../../shared/api/user.api'
import { EmptyState } from '../../../../components/EmptyState'
import { Notice } from '../../../../components/Notice'
import type { SessionState } from '../../../../hooks/useSessionUser'
import type { InsurerWorkspace } from '../../../../services/insurer'
import type { WorkspaceLoad } from '../../lib/useWorkspace'

/** Props of DeskGate. */
export interface DeskGateProps {
  caseId: string
  session: SessionState & { reload: () => void }
  load: WorkspaceLoad
  onRetry: () => void
  children: (data: InsurerWorkspace, me: TMe) => ReactNode
}

/** Renders a desk page once its user and case are loaded; loading, missing id and errors in between. */
export function DeskGate({ caseId, session, load, onRetry, children }: DeskGateProps) {
  if (session.status === 'error') {
    return (
      <View className='page'>
        <Notice message={session.message} onRetry={session.reload} />
      </View>
    )
  }
  if (!caseId) {
    return (
      <View className='page'>
        <EmptyState description='未指定案件' />
      </View>
    )
  }
  if (session.status === 'loading' || load.status === 'loading') return <View className='page page--center'>加载中…</View>
  if (load.status === 'error') {
    return (
      <View className='page'>
        <Notice message={load.message} onRetry={load.retry ? onRetry : undefined} />
      </View>
    )
  }
  return <View className='page desk'>{children(load.data, session.me)}</View>
}
