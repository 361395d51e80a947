import { Text, View } from '@tarojs/components'
import type { TTimelineEntry } from '../../../shared/api/case.schema'
import { ROLE_LABELS } from '../../../shared/roles'
import { formatShanghai } from '../../../shared/time'
import { EmptyState } from '../EmptyState'

/** Props of CaseTimeline. */
export interface CaseTimelineProps {
  entries: readonly TTimelineEntry[]
}

/** What happened on a case, oldest first: when, what, by whom, with the note. */
export function CaseTimeline({ entries }: CaseTimelineProps) {
  if (entries.length === 0) return <EmptyState description='暂无办理记录' />
  return (
    <View className='timeline'>
      <View className='timeline__heading'>办理记录</View>
      {entries.map((e) => (
        <View key={e.seq} className='timeline__item'>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__title'>{e.title}</View>
            <View className='timeline__meta'>
              <Text>{formatShanghai(e.at)}</Text>
              <Text>
                {'　'}
                {ROLE_LABELS[e.actorRole]} {e.actorName}
              </Text>
            </View>
            {e.note ? <View className='timeline__note'>{e.note}</View> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
