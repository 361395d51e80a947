import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { TInboxItem } from '../../../../../shared/insurer/desk'
import type { Tone } from '../../../../components/StatusTag'
import { StatusTag } from '../../../../components/StatusTag'
import { EmptyState } from '../../../../components/EmptyState'
import { formatShanghai } from '../../../../../shared/time'

/** Props of InboxList. */
export interface InboxListProps {
  newCases: readonly TInboxItem[]
  myCases: readonly TInboxItem[]
  /** Supervisors get 指派 beside 认领. */
  supervisor: boolean
  /** The case an action is running on (its buttons show busy). */
  busyId: string | null
  onClaim: (item: TInboxItem) => void
  onAssign: (item: TInboxItem) => void
  onOpen: (item: TInboxItem) => void
}

/** The tone of a roster flag: insured reads fine, anything else needs the agent's eye. */
export function rosterTone(flag: TInboxItem['rosterFlag']): Tone {
  return flag === 'insured' ? 'success' : flag === 'unchecked' ? 'info' : 'danger'
}

/** The time-left label and tone of a line, or null when no clock runs. */
export function timeLeft(item: TInboxItem): { label: string; tone: Tone } | null {
  const d = item.nextDeadline
  if (!d) return null
  return { label: `${d.label} ${d.remainingLabel}`, tone: d.overdue ? 'danger' : d.warning ? 'warning' : 'success' }
}

/** Inbox lines in the order shown: new reports oldest first, then the agent's cases by nearest deadline. */
export function inboxOrder(newCases: readonly TInboxItem[], myCases: readonly TInboxItem[]): { section: 'new' | 'mine'; item: TInboxItem }[] {
  const byReport = [...newCases].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))
  const due = (i: TInboxItem) => i.nextDeadline?.due ?? '9999'
  const byDeadline = [...myCases].sort((a, b) => due(a).localeCompare(due(b)) || a.reportedAt.localeCompare(b.reportedAt))
  return [...byReport.map((item) => ({ section: 'new' as const, item })), ...byDeadline.map((item) => ({ section: 'mine' as const, item }))]
}

function Line({ item, section, props }: { item: TInboxItem; section: 'new' | 'mine'; props: InboxListProps }) {
  const left = timeLeft(item)
  const busy = props.busyId === item.caseId
  return (
    <View className={`inbox__item inbox__item--${section}`} id={`inbox-${item.caseId}`}>
      <View className='inbox__main' onClick={() => props.onOpen(item)}>
        <View className='inbox__line'>
          <Text className='inbox__enterprise'>{item.enterpriseName}</Text>
          <Text className='inbox__case-no'>{item.caseNo}</Text>
        </View>
        <View className='inbox__line'>
          <Text className='inbox__worker'>{item.workerName}</Text>
          <Text className='inbox__id'>{item.workerIdMasked}</Text>
        </View>
        <View className='inbox__tags'>
          <StatusTag tone={rosterTone(item.rosterFlag)}>{item.rosterFlagLabel}</StatusTag>
          {item.phonedIn ? <StatusTag tone='warning'>电话报案</StatusTag> : null}
          {section === 'mine' ? <StatusTag>{item.statusLabel}</StatusTag> : null}
          {left ? <StatusTag tone={left.tone}>{left.label}</StatusTag> : null}
        </View>
        <View className='inbox__meta'>
          报案 {formatShanghai(item.reportedAt)}
          {item.assignee ? `　承办 ${item.assignee.name}` : ''}
        </View>
      </View>
      <View className='inbox__actions'>
        {section === 'new' ? (
          <Button size='small' type='primary' loading={busy} disabled={props.busyId !== null} onClick={() => props.onClaim(item)}>
            认领
          </Button>
        ) : (
          <Button size='small' type='default' onClick={() => props.onOpen(item)}>
            办理
          </Button>
        )}
        {props.supervisor ? (
          <Button size='small' type='default' disabled={props.busyId !== null} onClick={() => props.onAssign(item)}>
            指派
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** The insurer's inbox: 新报案 first, then 我的案件 by nearest deadline, each line with enterprise, worker, roster flag and time left. */
export function InboxList(props: InboxListProps) {
  const rows = inboxOrder(props.newCases, props.myCases)
  const fresh = rows.filter((r) => r.section === 'new')
  const mine = rows.filter((r) => r.section === 'mine')
  return (
    <View className='inbox'>
      <View className='desk__heading'>新报案（{fresh.length}）</View>
      {fresh.length === 0 ? <EmptyState description='暂无待认领的新报案' /> : null}
      {fresh.map(({ item }) => (
        <Line key={item.caseId} item={item} section='new' props={props} />
      ))}
      <View className='desk__heading'>我的案件（{mine.length}）</View>
      {mine.length === 0 ? <EmptyState description='暂无承办中的案件' /> : null}
      {mine.map(({ item }) => (
        <Line key={item.caseId} item={item} section='mine' props={props} />
      ))}
    </View>
  )
}
