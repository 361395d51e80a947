import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { formatShanghai } from '../../../shared/time'
import { EmptyState } from '../../components/EmptyState'
import { Notice } from '../../components/Notice'
import { useSessionUser } from '../../hooks/useSessionUser'
import { userMessage } from '../../services/errors'
import { myMessages } from '../../services/feeds'

const ROLES = ['officer', 'worker', 'insurer', 'hospital', 'bureau'] as const

/** Our template keys' titles, as WeChat's service notifications would show them. */
const TITLES: Record<string, string> = { case_update: '案件进展通知', new_report: '新报案通知' }

type Messages = Awaited<ReturnType<typeof myMessages>>

/** 我的消息: the notices this person was sent (in WeChat they arrive as service notifications). */
export default function MessagesPage() {
  const session = useSessionUser(ROLES)
  const [messages, setMessages] = useState<Messages | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    if (session.status !== 'ready') return
    myMessages().then(setMessages, (e: unknown) => setError(userMessage(e)))
  }, [session.status])
  if (error) return <View className='page'><Notice message={error} /></View>
  if (!messages) return <View className='page page--center'>加载中…</View>
  if (!messages.length) return <View className='page'><EmptyState description='暂无消息' /></View>
  return (
    <View className='page'>
      {messages.map((m) => (
        <View key={m.id} className='feed__message' onClick={() => m.page && void Taro.navigateTo({ url: `/${m.page}` })}>
          <View className='feed__line feed__line--heading'>{TITLES[m.templateKey] ?? '通知'}</View>
          <View className='feed__time'>{formatShanghai(m.sentAt)}</View>
          {Object.values(m.data).map((value, i) => (
            <View key={i} className='feed__line'>{value}</View>
          ))}
        </View>
      ))}
    </View>
  )
}
