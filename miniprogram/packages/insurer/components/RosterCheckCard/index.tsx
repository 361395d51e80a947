import { Text, View } from '@tarojs/components'
import type { TRosterCheck, TVerificationView } from '../../../../../shared/insurer/desk'
import { formatShanghai } from '../../../../../shared/time'
import { StatusTag } from '../../../../components/StatusTag'

/** Props of RosterCheckCard. */
export interface RosterCheckCardProps {
  check: TRosterCheck
  verification: TVerificationView | null
}

/** The roster check: the enrolment unit beside the reporting enterprise, the mismatch flagged, and the agent's verification. */
export function RosterCheckCard({ check, verification }: RosterCheckCardProps) {
  return (
    <View className='desk__card roster-check'>
      <View className='desk__card-title'>参保核验</View>
      <View className='roster-check__grid'>
        <View className='roster-check__cell'>
          <View className='roster-check__label'>报案企业</View>
          <View className='roster-check__value' id='roster-reporting'>{check.reportingEnterprise}</View>
        </View>
        <View className={`roster-check__cell ${check.unitMismatch ? 'roster-check__cell--mismatch' : ''}`}>
          <View className='roster-check__label'>参保单位</View>
          <View className='roster-check__value' id='roster-enrolment'>{check.enrolmentUnit ?? '名册中无此职工'}</View>
          {check.enrolledAt ? <View className='roster-check__label'>参保日期 {check.enrolledAt}</View> : null}
        </View>
      </View>
      <View className='inbox__tags'>
        <StatusTag tone={check.rosterFlag === 'insured' ? 'success' : 'danger'}>{check.rosterFlagLabel}</StatusTag>
        {check.unitMismatch ? <StatusTag tone='danger'>参保单位与报案企业不一致</StatusTag> : null}
        {check.enrolledAfterAccident ? <StatusTag tone='danger'>事故后参保</StatusTag> : null}
      </View>
      {check.flags.length > 0 ? <View className='roster-check__flags'>{check.flags.join('；')}</View> : null}
      {verification ? (
        <View className='roster-check__verified' id='verification-result'>
          <Text>{verification.insured ? '已确认：在该企业参保' : '已更正：未在该企业参保'}</Text>
          <Text className='roster-check__by'>
            {'　'}
            {verification.verifiedByName} {formatShanghai(verification.verifiedAt)}
          </Text>
          {verification.note ? <View className='roster-check__flags'>{verification.note}</View> : null}
        </View>
      ) : null}
    </View>
  )
}
