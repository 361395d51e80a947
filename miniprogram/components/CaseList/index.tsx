import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { TCaseView } from '../../../shared/api/case.schema'
import { EmptyState } from '../EmptyState'
import { StatusTag } from '../StatusTag'

/** Props of CaseList. */
export interface CaseListProps {
  cases: readonly TCaseView[]
  onOpen: (caseId: string) => void
}

/** The cases a user may see, newest first; 暂无案件 when there are none. */
export function CaseList({ cases, onOpen }: CaseListProps) {
  if (cases.length === 0) return <EmptyState description='暂无案件' />
  return (
    <CellGroup title='案件' className='case-list'>
      {cases.map((c) => (
        <Cell
          key={c.id}
          clickable
          title={`${c.worker.name} · ${c.enterpriseName}`}
          description={`${c.caseNo}　${c.nextStep}`}
          extra={
            <View className='case-list__extra'>
              <StatusTag tone={c.deadlines.some((d) => d.overdue) ? 'danger' : 'info'}>{c.statusLabel}</StatusTag>
            </View>
          }
          onClick={() => onOpen(c.id)}
        />
      ))}
    </CellGroup>
  )
}
