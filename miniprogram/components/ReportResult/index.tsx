import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { deadlineStatus } from '../../../shared/clocks'
import { formatShanghai } from '../../../shared/time'
import type { ReportResult as Result } from '../../services/report'
import { casePageOf } from '../../utils/routes'
import Taro from '@tarojs/taro'
import { MediaUploader } from '../MediaUploader'

/** Props of ReportResult. */
export interface ReportResultProps {
  result: Result
  onDone: () => void
}

/** Shown at once after reporting: each case number and the 24-hour investigation deadline. */
export function ReportResult({ result, onDone }: ReportResultProps) {
  const due = deadlineStatus(result.investigationDue, new Date())
  return (
    <View className='report-result' id='report-result'>
      <View className='report-result__title'>报案成功</View>
      {result.cases.map((c) => (
        <View key={c.caseId} className='report-result__case' onClick={() => void Taro.navigateTo({ url: casePageOf(c.caseId) })}>
          <View className='report-result__no'>案件编号 {c.caseNo}</View>
          <View>{c.workerName}</View>
        </View>
      ))}
      <View className='report-result__due'>
        商保公司将于 {formatShanghai(result.investigationDue)} 前完成现场调查（{due.label}）
      </View>
      <View className='form__label'>补充现场照片或视频（可选，上传失败不影响报案）</View>
      <MediaUploader caseId={result.cases[0].caseId} onAttached={() => undefined} />
      <View className='form__actions'>
        <Button block type='primary' onClick={onDone}>返回工作台</Button>
      </View>
    </View>
  )
}
