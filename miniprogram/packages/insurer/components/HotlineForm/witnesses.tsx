import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { WITNESS_RELATIONS } from '../../../../../shared/api/report.schema'
import { emptyWitness, type WitnessDraft } from '../../lib/hotline'
import { Chips } from '../Chips'

/** Props of WitnessesEditor. */
export interface WitnessesEditorProps {
  value: readonly WitnessDraft[]
  onChange: (next: WitnessDraft[]) => void
}

/** The witnesses the caller names (the agent later records each one's interview). */
export function WitnessesEditor({ value, onChange }: WitnessesEditorProps) {
  const update = (i: number, patch: Partial<WitnessDraft>) => onChange(value.map((w, j) => (j === i ? { ...w, ...patch } : w)))
  return (
    <View className='desk__card'>
      <View className='desk__card-title'>
        证人（{value.length}）
        {value.length < 20 ? <Text className='desk__link desk__link--inline' id='witness-add' onClick={() => onChange([...value, emptyWitness()])}>添加证人</Text> : null}
      </View>
      {value.length === 0 ? <View className='desk__meta'>来电人未提供证人可不填</View> : null}
      {value.map((w, i) => (
        <View key={i} className='witness-editor'>
          <View className='field__label'>
            证人 {i + 1}
            <Text className='desk__link desk__link--inline' onClick={() => onChange(value.filter((_, j) => j !== i))}>删除</Text>
          </View>
          <View className='field' id={`witness-${i}-name`}><Input placeholder='证人姓名' value={w.name} onChange={(v) => update(i, { name: v })} /></View>
          <View className='field' id={`witness-${i}-phone`}><Input placeholder='证人手机号' type='digit' maxLength={11} value={w.phone} onChange={(v) => update(i, { phone: v })} /></View>
          <Chips options={WITNESS_RELATIONS} value={w.relation ? [w.relation] : []} idPrefix={`witness-${i}-relation`} onToggle={(k) => update(i, { relation: k })} />
          <View className='field' id={`witness-${i}-statement`}><Input placeholder='证人所述（可不填）' value={w.statement} maxLength={1000} onChange={(v) => update(i, { statement: v })} /></View>
        </View>
      ))}
    </View>
  )
}
