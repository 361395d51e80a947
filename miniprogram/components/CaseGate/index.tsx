import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TMe } from '../../../shared/api/user.api'
import type { SessionState } from '../../hooks/useSessionUser'
import { EmptyState } from '../EmptyState'
import { Notice } from '../Notice'

/** Where a page's case data stands. */
export type CaseLoad<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string; retry: boolean }

/** Props of CaseGate. */
export interface CaseGateProps<T> {
  caseId: string
  session: SessionState & { reload: () => void }
  load: CaseLoad<T>
  onRetry: () => void
  className?: string
  children: (data: T, me: TMe) => ReactNode
}

/** Renders a case page once its user and case are loaded; loading, a missing id and errors in between. */
export function CaseGate<T>({ caseId, session, load, onRetry, className = 'page', children }: CaseGateProps<T>) {
  if (session.status === 'error') return <View className='page'><Notice message={session.message} onRetry={session.reload} /></View>
  if (!caseId) return <View className='page'><EmptyState description='未指定案件' /></View>
  if (session.status === 'loading' || load.status === 'loading') return <View className='page page--center'>加载中…</View>
  if (load.status === 'error') return <View className='page'><Notice message={load.message} onRetry={load.retry ? onRetry : undefined} /></View>
  return <View className={className}>{children(load.data, session.me)}</View>
}
