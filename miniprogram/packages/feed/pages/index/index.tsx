import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatShanghai } from '../../../../../shared/time'
import { EmptyState } from '../../../../components/EmptyState'
import { Notice } from '../../../../components/Notice'
import { useSessionUser } from '../../../../hooks/useSessionUser'
import { userMessage } from '../../../../services/errors'
import { renderWecomMarkdown, serviceGroupFeed } from '../../../../services/feeds'

const ROLES = ['insurer', 'bureau'] as const

type Feed = Awaited<ReturnType<typeof serviceGroupFeed>>

/** 服务群: the service-group messages, shown in the app when no WeCom robot is configured. */
export default function FeedPage() {
  const session = useSessionUser(ROLES)
  const [feed, setFeed] = useState<Feed | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    if (session.status !== 'ready') return
    serviceGroupFeed().then(setFeed, (e: unknown) => setError(userMessage(e)))
  }, [session.status])
  if (error) return <View className='page'><Notice message={error} /></View>
  if (!feed) return <View className='page page--center'>加载中…</View>
  if (!feed.length) return <View className='page'><EmptyState description='暂无服务群消息' /></View>
  return (
    <View className='page'>
      {feed.map((m) => (
        <View key={m.key} className='feed__message' id={`feed-${m.key}`}>
          <View className='feed__time'>{formatShanghai(m.sentAt)}</View>
          {renderWecomMarkdown(m.markdown).map((line, i) => (
            <View key={i} className={`feed__line feed__line--${line.tone}`}>{line.text}</View>
          ))}
        </View>
      ))}
    </View>
  )
}
