import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { TCaseView } from '../../../shared/api/case.schema'
import { STATUS_LABELS, TRACK_LABELS } from '../../../shared/case'
import { formatShanghai } from '../../../shared/time'
import { StatusTag } from '../StatusTag'

/** Props of CaseSummary. */
export interface CaseSummaryProps {
  view: TCaseView
}

/** A case's facts, its state on each track and its running deadlines. */
export function CaseSummary({ view }: CaseSummaryProps) {
  const { state } = view
  return (
    <View className='case-summary'>
      <View className='case-summary__head'>
        <View className='case-summary__title'>{view.worker.name}</View>
        <StatusTag>{view.statusLabel}</StatusTag>
      </View>
      <View className='page__hint'>{view.nextStep}</View>
      <CellGroup title='案件信息'>
        <Cell title='案件编号' extra={view.caseNo} />
        <Cell title='企业' extra={view.enterpriseName} />
        <Cell title='定点医院' extra={view.hospitalName} />
        <Cell title='事故时间' extra={formatShanghai(view.accidentAt)} />
        <Cell title='事故地点' extra={view.place} />
        <Cell title='报案时间' extra={formatShanghai(view.reportedAt)} />
        <Cell title='伤情' extra={`${view.injury.bodyPartLabel} · ${view.injury.severityLabel}`} />
        <Cell title='参保核验' extra={view.rosterFlagLabel} />
      </CellGroup>
      <CellGroup title='办理进度'>
        <Cell title={TRACK_LABELS.claim} extra={STATUS_LABELS[state.claim]} />
        <Cell title={TRACK_LABELS.medical} extra={STATUS_LABELS[state.medical]} />
        <Cell title={TRACK_LABELS.rehab} extra={STATUS_LABELS[state.rehab]} />
      </CellGroup>
      {view.deadlines.length > 0 ? (
        <CellGroup title='时限'>
          {view.deadlines.map((d) => (
            <Cell
              key={d.clock}
              title={d.label}
              description={`截止 ${formatShanghai(d.due)}`}
              extra={
                <StatusTag tone={d.overdue ? 'danger' : d.warning ? 'warning' : 'success'}>{d.remainingLabel}</StatusTag>
              }
            />
          ))}
        </CellGroup>
      ) : null}
    </View>
  )
}
