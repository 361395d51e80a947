import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { SUMMARY_FIELDS, ZFollowUpSummary, type TFollowUpSummary, type TSummaryView } from '../../../../../shared/insurer/summary'
import { fromWallText, toWallText } from '../../lib/datetime'

type Fields = TSummaryView['summary']
type Key = keyof Fields

/** Fields typed as several lines. */
const LONG: readonly Key[] = ['course', 'measures']

/** Props of SummaryForm. */
export interface SummaryFormProps {
  /** The saved summary, or the draft prefilled from the report. */
  initial: Fields
  saving: boolean
  onSave: (summary: TFollowUpSummary) => void
}

/** Check the form's text against the fixed format; the summary to send, or the first problem in Chinese. */
export function checkSummary(values: Fields): { ok: true; summary: TFollowUpSummary } | { ok: false; message: string } {
  const accidentAt = fromWallText(values.accidentAt)
  if (!accidentAt) return { ok: false, message: '请按“2025-03-01 09:30”的格式填写事故时间' }
  const parsed = ZFollowUpSummary.safeParse({ ...values, accidentAt })
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? '请检查填写内容' }
  return { ok: true, summary: parsed.data }
}

/** 首跟资料汇总 in its fixed format: time, place, cause, course, degree of injury, measures, worker and contact. */
export function SummaryForm({ initial, saving, onSave }: SummaryFormProps) {
  const [values, setValues] = useState<Fields>({ ...initial, accidentAt: toWallText(initial.accidentAt) })
  const [problem, setProblem] = useState<string | null>(null)
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }))
  const save = () => {
    const checked = checkSummary(values)
    setProblem(checked.ok ? null : checked.message)
    if (checked.ok) onSave(checked.summary)
  }
  return (
    <View className='desk__card summary-form'>
      <View className='desk__card-title'>首跟资料汇总</View>
      {SUMMARY_FIELDS.map(([key, label]) => (
        <View key={key} className='field' id={`summary-${key}`}>
          <View className='field__label'>{label}</View>
          {LONG.includes(key) ? (
            <TextArea value={values[key]} maxLength={key === 'course' ? 2000 : 500} autoSize onChange={set(key)} />
          ) : (
            <Input value={values[key]} placeholder={key === 'accidentAt' ? 'YYYY-MM-DD HH:mm' : `请填写${label}`} onChange={set(key)} />
          )}
        </View>
      ))}
      {problem ? <View className='field__error'>{problem}</View> : null}
      <View className='desk__buttons'>
        <Button type='primary' loading={saving} disabled={saving} onClick={save}>
          保存汇总
        </Button>
      </View>
    </View>
  )
}
