import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { AUTHENTICITY_LABELS } from '../../../../../shared/insurer/investigation'
import { Chips } from '../Chips'
import type { EntryFormProps } from './evidence'

type Conclusion = keyof typeof AUTHENTICITY_LABELS

/** 事故真实性结论 with the agent's reasoning. */
export function AuthenticityForm({ investigation, busy, onRecord }: EntryFormProps) {
  const [conclusion, setConclusion] = useState<Conclusion>(investigation.authenticity?.conclusion ?? 'authentic')
  const [reasoning, setReasoning] = useState(investigation.authenticity?.reasoning ?? '')
  return (
    <View className='desk__card' id='form-authenticity'>
      <View className='desk__card-title'>事故真实性结论</View>
      <Chips options={AUTHENTICITY_LABELS} value={[conclusion]} idPrefix='authenticity' onToggle={setConclusion} />
      <View className='field' id='authenticity-reasoning'>
        <TextArea placeholder='判断依据（至少10个字）' value={reasoning} maxLength={2000} autoSize onChange={setReasoning} />
      </View>
      <Button type='primary' disabled={busy} onClick={() => onRecord({ kind: 'authenticity', conclusion, reasoning: reasoning.trim() })}>
        保存结论
      </Button>
    </View>
  )
}

/** 无证人: when the incident has no witnesses, the reason instead of interview records. */
export function NoWitnessForm({ investigation, busy, onRecord }: EntryFormProps) {
  const [reason, setReason] = useState(investigation.noWitnessReason ?? '')
  return (
    <View className='field' id='no-witness'>
      <Input placeholder='本案无证人的原因（如：夜班单人作业）' value={reason} maxLength={500} onChange={setReason} />
      <Button size='small' type='default' disabled={busy} onClick={() => onRecord({ kind: 'no_witness', reason: reason.trim() })}>
        记录无证人
      </Button>
    </View>
  )
}
