import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PendingReports } from '../PendingReports'
import './index.css'

/** The insurer's 24-hour report hotline (seed 1), kept as the fallback. */
export const HOTLINE = '0519-86529695'

/** Props of OfficerPanel. */
export interface OfficerPanelProps {
  onReportsSent: () => void
}

/** The officer's shop-floor actions: one large 一键报案 button, the hotline, reports waiting to send. */
export function OfficerPanel({ onReportsSent }: OfficerPanelProps) {
  return (
    <View className='officer-panel'>
      <Button block type='danger' size='xlarge' id='report-button' onClick={() => void Taro.navigateTo({ url: '/pages/report/index' })}>
        一键报案
      </Button>
      <View className='officer-panel__hotline' onClick={() => void Taro.makePhoneCall({ phoneNumber: HOTLINE.replace('-', '') })}>
        无法在线报案时，请拨打商保公司24小时报案电话 {HOTLINE}
      </View>
      <PendingReports onSent={() => onReportsSent()} />
    </View>
  )
}
