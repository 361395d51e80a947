import { View } from '@tarojs/components'
import { BODY_PARTS, SEVERITIES } from '../../../shared/api/report.schema'
import type { THospital } from '../../../shared/directory/hospital'
import { ChoiceChips } from '../ChoiceChips'
import { WorkerPicker, type WorkerChoice } from '../WorkerPicker'

/** One injured worker as the form holds it. */
export interface InjuredDraft {
  worker: WorkerChoice | null
  bodyPart: string | null
  severity: string | null
  hospitalId: string
}

/** Props of InjuredEditor. */
export interface InjuredEditorProps {
  index: number
  value: InjuredDraft
  hospitals: THospital[]
  onChange: (value: InjuredDraft) => void
  onRemove?: () => void
}

/** Who was hurt, where on the body, how badly, and the hospital they were sent to. */
export function InjuredEditor({ index, value, hospitals, onChange, onRemove }: InjuredEditorProps) {
  const hospitalChoices = Object.fromEntries(hospitals.map((h) => [h._id, h.name]))
  return (
    <View className='injured' id={`injured-${index}`}>
      <View className='form__label'>
        受伤职工{index > 0 ? ` ${index + 1}` : ''}
        {onRemove ? <View className='form__remove' onClick={onRemove}>删除</View> : null}
      </View>
      <WorkerPicker index={index} value={value.worker} onChange={(worker) => onChange({ ...value, worker })} />
      <View className='form__label'>受伤部位</View>
      <ChoiceChips name={`body-${index}`} choices={BODY_PARTS} selected={value.bodyPart ? [value.bodyPart] : []} onChange={([bodyPart]) => onChange({ ...value, bodyPart })} />
      <View className='form__label'>伤情</View>
      <ChoiceChips name={`severity-${index}`} choices={SEVERITIES} selected={value.severity ? [value.severity] : []} onChange={([severity]) => onChange({ ...value, severity })} />
      <View className='form__label'>送往定点医院</View>
      <ChoiceChips name={`hospital-${index}`} choices={hospitalChoices} selected={[value.hospitalId]} onChange={([hospitalId]) => onChange({ ...value, hospitalId })} />
    </View>
  )
}
