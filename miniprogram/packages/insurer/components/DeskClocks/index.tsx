import { View } from '@tarojs/components'
import type { TCaseView } from '../../../../../shared/api/case.schema'
import { LEGAL_CLOCKS } from '../../../../../shared/clocks'
import { EMPLOYER_LATE_FILING_LIABILITY } from '../../../../../shared/insurer/alerts'
import type { TInvestigationView } from '../../../../../shared/insurer/investigation'
import { formatShanghai } from '../../../../../shared/time'
import { StatusTag, type Tone } from '../../../../components/StatusTag'

/** Props of DeskClocks. */
export interface DeskClocksProps {
  view: TCaseView
  investigation: TInvestigationView
}

const toneOf = (d: { overdue: boolean; warning: boolean }): Tone => (d.overdue ? 'danger' : d.warning ? 'warning' : 'success')

/**
 * The desk's two clocks: the 24-hour site investigation (报案后24小时) and the employer's 30-day
 * filing window (条例 §17), warned from day 20 with the employer's liability for late filing.
 */
export function DeskClocks({ view, investigation }: DeskClocksProps) {
  const site = investigation.deadline
  const filing = view.deadlines.find((d) => d.clock === 'employer_filing') ?? null
  return (
    <View className='desk__card clocks'>
      <View className='clocks__row' id='clock-site'>
        <View className='clocks__label'>
          {LEGAL_CLOCKS.site_investigation.label}（报案后24小时）
          <View className='clocks__due'>截止 {formatShanghai(site.due)}</View>
        </View>
        <StatusTag tone={investigation.completedAt ? 'success' : toneOf(site)}>{site.remainingLabel}</StatusTag>
      </View>
      {filing ? (
        <View className='clocks__row' id='clock-filing'>
          <View className='clocks__label'>
            {filing.label}（事故之日起30日）
            <View className='clocks__due'>截止 {formatShanghai(filing.due)}</View>
          </View>
          <StatusTag tone={toneOf(filing)}>{filing.remainingLabel}</StatusTag>
        </View>
      ) : null}
      {filing && (filing.warning || filing.overdue) ? (
        <View className='clocks__warning'>
          {filing.overdue ? '已超过30日申请期限。' : '已进入申请期限预警（事故第20日起），请督促尽快提交工伤认定申请。'}
          {EMPLOYER_LATE_FILING_LIABILITY}
        </View>
      ) : null}
    </View>
  )
}
