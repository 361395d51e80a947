import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TRosterEntry } from '../../../../../shared/api/roster.api'
import { BODY_PARTS, SEVERITIES } from '../../../../../shared/api/report.schema'
import type { THospital } from '../../../../../shared/directory/hospital'
import { userMessage } from '../../../../services/errors'
import { searchRoster } from '../../../../services/insurerRefs'
import type { InjuredDraft } from '../../lib/hotline'
import { Chips } from '../Chips'

/** Props of InjuredEditor. */
export interface InjuredEditorProps {
  index: number
  value: InjuredDraft
  enterpriseId: string
  hospitals: readonly THospital[]
  onChange: (next: InjuredDraft) => void
  onRemove?: () => void
}

const MODES = { roster: '参保名册中选择', manual: '不在名册，手工填写' } as const

/** One injured worker of a hotline report: from the enterprise's roster or typed in, the injury and the hospital. */
export function InjuredEditor({ index, value, enterpriseId, hospitals, onChange, onRemove }: InjuredEditorProps) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<{ entries: TRosterEntry[]; message: string | null }>({ entries: [], message: null })
  const set = <K extends keyof InjuredDraft>(key: K, v: InjuredDraft[K]) => onChange({ ...value, [key]: v })
  const search = async () => {
    if (!enterpriseId) return setFound({ entries: [], message: '请先选择报案企业' })
    try {
      const entries = await searchRoster(enterpriseId, query.trim())
      setFound({ entries, message: entries.length === 0 ? '名册中没有找到，可改为手工填写' : null })
    } catch (error) {
      setFound({ entries: [], message: userMessage(error) })
    }
  }
  const hospitalOptions = Object.fromEntries(hospitals.map((h) => [h._id, h.name])) as Record<string, string>
  const id = (name: string) => `injured-${index}-${name}`
  return (
    <View className='desk__card'>
      <View className='desk__card-title'>
        受伤职工 {index + 1}
        {onRemove ? <Text className='desk__link desk__link--inline' onClick={onRemove}>删除</Text> : null}
      </View>
      <Chips options={MODES} value={[value.mode]} idPrefix={id('mode')} onToggle={(mode) => set('mode', mode)} />
      {value.mode === 'roster' ? (
        <View>
          <View className='field field--row' id={id('query')}>
            <Input placeholder='姓名或身份证号后四位' value={query} onChange={setQuery} />
            <Button size='small' type='default' onClick={() => void search()}>查找</Button>
          </View>
          {found.message ? <View className='field__error'>{found.message}</View> : null}
          <View className='chips'>
            {found.entries.map((e) => (
              <Text key={e.id} className={`chip ${value.rosterId === e.id ? 'chip--on' : ''}`} onClick={() => onChange({ ...value, rosterId: e.id, rosterLabel: `${e.name} ${e.idMasked}` })}>
                {e.name} {e.idMasked}
              </Text>
            ))}
          </View>
          <View className='desk__meta'>已选：{value.rosterLabel || '未选择'}</View>
        </View>
      ) : (
        <View>
          <View className='field' id={id('name')}><Input placeholder='职工姓名' value={value.name} onChange={(v) => set('name', v)} /></View>
          <View className='field' id={id('idNumber')}><Input placeholder='身份证号' value={value.idNumber} maxLength={18} onChange={(v) => set('idNumber', v)} /></View>
          <View className='field' id={id('phone')}><Input placeholder='职工手机号' type='digit' value={value.phone} maxLength={11} onChange={(v) => set('phone', v)} /></View>
        </View>
      )}
      <View className='field__label'>受伤部位</View>
      <Chips options={BODY_PARTS} value={value.bodyPart ? [value.bodyPart] : []} idPrefix={id('body')} onToggle={(k) => set('bodyPart', k)} />
      <View className='field__label'>伤情</View>
      <Chips options={SEVERITIES} value={value.severity ? [value.severity] : []} idPrefix={id('severity')} onToggle={(k) => set('severity', k)} />
      <View className='field__label'>送往定点医院</View>
      <Chips options={hospitalOptions} value={value.hospitalId ? [value.hospitalId] : []} idPrefix={id('hospital')} onToggle={(k) => set('hospitalId', k)} />
    </View>
  )
}
