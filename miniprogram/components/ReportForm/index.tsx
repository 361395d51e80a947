import { Button } from '@nutui/nutui-react-taro'
import { Input, Picker, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MEASURES } from '../../../shared/api/report.schema'
import type { THospital } from '../../../shared/directory/hospital'
import { formatShanghai } from '../../../shared/time'
import { userMessage } from '../../services/errors'
import { isWeapp } from '../../services/platform'
import { clearDraft, rememberHospital, saveDraft } from '../../services/report-draft'
import { reportQueue, type ReportResult } from '../../services/report'
import { ChoiceChips } from '../ChoiceChips'
import { InjuredEditor } from '../InjuredEditor'
import { WitnessEditor } from '../WitnessEditor'
import { askLocation, askReportSubscriptions } from './wechat'
import { blankInjured, toReportInput, type ReportFormState } from './model'
import './index.css'

/** Props of ReportForm. */
export interface ReportFormProps {
  userId: string
  enterpriseName: string
  hospitals: THospital[]
  initial: ReportFormState
  onSent: (result: ReportResult) => void
  onQueued: () => void
}

/** The one-tap report form: prefilled, saved as a draft while typed, kept intact when sending fails. */
export function ReportForm({ userId, enterpriseName, hospitals, initial, onSent, onQueued }: ReportFormProps) {
  const [form, setForm] = useState(initial)
  const [touched, setTouched] = useState(false)
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)
  /* Only what the officer typed is a draft: an untouched form must reopen with a fresh "now". */
  useEffect(() => {
    if (touched) saveDraft(userId, { requestId: form.requestId, savedAt: new Date().toISOString(), fields: form as unknown as Record<string, unknown> })
  }, [form, touched, userId])
  const patch = (p: Partial<ReportFormState>) => {
    setTouched(true)
    setForm((f) => ({ ...f, ...p }))
  }

  const submit = async () => {
    if (sending) return
    if (isWeapp()) void askReportSubscriptions()
    const checked = toReportInput(form, new Date())
    if (!checked.ok) return setError(checked.message)
    setSending(true)
    setError('')
    try {
      const outcome = await reportQueue.submit(checked.input)
      rememberHospital(userId, form.injured[0].hospitalId)
      clearDraft(userId)
      if (outcome.kind === 'sent') onSent(outcome.result)
      else onQueued()
    } catch (e) {
      setError(userMessage(e))
    } finally {
      setSending(false)
    }
  }

  const today = formatShanghai(new Date(), 'YYYY-MM-DD')
  /* Never in the future: on today's date the time picker stops at the current minute. */
  const latestTime = form.date === today ? formatShanghai(new Date(), 'HH:mm') : '23:59'
  return (
    <View className='form' id='report-form'>
      <View className='form__enterprise'>报案企业：{enterpriseName}</View>
      {form.injured.map((person, i) => (
        <InjuredEditor key={i} index={i} value={person} hospitals={hospitals} onChange={(v) => patch({ injured: form.injured.map((p, j) => (j === i ? v : p)) })} onRemove={i > 0 ? () => patch({ injured: form.injured.filter((_, j) => j !== i) }) : undefined} />
      ))}
      <View className='form__link' id='add-injured' onClick={() => patch({ injured: [...form.injured, blankInjured(form.injured[0].hospitalId)] })}>＋ 还有其他受伤职工</View>
      <View className='form__label'>事故原因和经过</View>
      <View className='form__group'>
        <Textarea className='form__textarea' id='report-description' placeholder='用几句话说明：在做什么、怎么发生的、伤到哪里' maxlength={1000} value={form.description} onInput={(e) => patch({ description: e.detail.value })} />
      </View>
      <View className='form__label'>事故时间</View>
      <View className='form__row'>
        <Picker mode='date' value={form.date} end={today} onChange={(e) => patch({ date: String(e.detail.value) })}><View className='form__value'>{form.date}</View></Picker>
        <Picker mode='time' value={form.time} end={latestTime} onChange={(e) => patch({ time: String(e.detail.value) })}><View className='form__value'>{form.time}</View></Picker>
      </View>
      <View className='form__label'>事故地点</View>
      <View className='form__group'>
        <Input className='form__input' id='report-place' value={form.place} onInput={(e) => patch({ place: e.detail.value })} />
        {isWeapp() ? <View className='form__link' onClick={() => void askLocation().then((location) => location && patch({ location }))}>{form.location ? '已记录当前位置' : '使用当前位置'}</View> : null}
      </View>
      <View className='form__label'>已采取的措施</View>
      <ChoiceChips name='measures' multiple choices={MEASURES} selected={form.measures} onChange={(measures) => patch({ measures })} />
      <View className='form__group'>
        <Input className='form__input' placeholder='其他措施（可选）' value={form.measuresNote} onInput={(e) => patch({ measuresNote: e.detail.value })} />
      </View>
      {form.witnesses.map((w, i) => (
        <WitnessEditor key={i} index={i} value={w} onChange={(v) => patch({ witnesses: form.witnesses.map((x, j) => (j === i ? v : x)) })} onRemove={() => patch({ witnesses: form.witnesses.filter((_, j) => j !== i) })} />
      ))}
      <View className='form__link' id='add-witness' onClick={() => patch({ witnesses: [...form.witnesses, { name: '', phone: '', relation: 'coworker', statement: '' }] })}>＋ 添加目击证人</View>
      {error ? <View className='form__error' id='report-error'>{error}</View> : null}
      <View className='form__actions'>
        <Button block type='primary' id='report-submit' loading={sending} onClick={() => void submit()}>提交报案</Button>
      </View>
    </View>
  )
}
