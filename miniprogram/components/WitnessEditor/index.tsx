import { Input, Textarea, View } from '@tarojs/components'
import { WITNESS_RELATIONS, type TWitness } from '../../../shared/api/report.schema'
import { ChoiceChips } from '../ChoiceChips'

/** Props of WitnessEditor. */
export interface WitnessEditorProps {
  index: number
  value: TWitness
  onChange: (value: TWitness) => void
  onRemove: () => void
}

/** One witness: name, phone, relation to the injured, and an optional short statement. */
export function WitnessEditor({ index, value, onChange, onRemove }: WitnessEditorProps) {
  return (
    <View className='witness' id={`witness-${index}`}>
      <View className='form__label'>
        证人 {index + 1}
        <View className='form__remove' onClick={onRemove}>删除</View>
      </View>
      <View className='form__group'>
        <Input className='form__input' id={`witness-${index}-name`} placeholder='证人姓名' value={value.name} onInput={(e) => onChange({ ...value, name: e.detail.value })} />
        <Input className='form__input' id={`witness-${index}-phone`} type='number' maxlength={11} placeholder='手机号码' value={value.phone} onInput={(e) => onChange({ ...value, phone: e.detail.value })} />
      </View>
      <ChoiceChips name={`relation-${index}`} choices={WITNESS_RELATIONS} selected={value.relation ? [value.relation] : []} onChange={([relation]) => onChange({ ...value, relation: relation as TWitness['relation'] })} />
      <View className='form__group'>
        <Textarea className='form__textarea form__textarea--short' placeholder='证人陈述（可选，可用语音输入）' maxlength={1000} value={value.statement ?? ''} onInput={(e) => onChange({ ...value, statement: e.detail.value })} />
      </View>
    </View>
  )
}
