import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TRosterEntry } from '../../../shared/api/roster.api'
import { userMessage } from '../../services/errors'
import { searchRoster } from '../../services/report'
import './index.css'

/** The injured worker as the form holds it: a roster pick or typed details. */
export type WorkerChoice = { kind: 'roster'; rosterId: string; name: string; idMasked: string } | { kind: 'manual'; name: string; idNumber: string; phone: string }

/** Props of WorkerPicker. */
export interface WorkerPickerProps {
  index: number
  value: WorkerChoice | null
  onChange: (value: WorkerChoice | null) => void
}

/** Pick the injured worker from the roster (first entries shown at once; search by name or ID tail) or type them in. */
export function WorkerPicker({ index, value, onChange }: WorkerPickerProps) {
  const [query, setQuery] = useState('')
  const [entries, setEntries] = useState<TRosterEntry[]>([])
  const [error, setError] = useState('')
  const manual = value?.kind === 'manual'

  /* Search after a short pause in typing, not on every keystroke (the shop floor's signal is weak). */
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      searchRoster(query).then((list) => live && (setEntries(list), setError('')), (e: unknown) => live && setError(userMessage(e)))
    }, query ? 300 : 0)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query])

  if (value?.kind === 'roster') {
    return (
      <View className='picker__chosen' id={`worker-${index}-chosen`}>
        {value.name}（{value.idMasked}）
        {/* Only the small link clears the choice: the tap that chose a row must not land on it. */}
        <View className='picker__change' id={`worker-${index}-change`} onClick={() => onChange(null)}>更换</View>
      </View>
    )
  }
  const typed = manual ? value : { kind: 'manual' as const, name: '', idNumber: '', phone: '' }
  return (
    <View className='picker'>
      {!manual ? (
        <>
          <Input className='picker__search' id={`worker-${index}-search`} placeholder='搜索姓名或身份证后4位' value={query} onInput={(e) => setQuery(e.detail.value)} />
          {error ? <View className='picker__error'>{error}</View> : null}
          {entries.slice(0, 8).map((entry) => (
            <View key={entry.id} id={`roster-${entry.id}`} className='picker__row' onClick={() => onChange({ kind: 'roster', rosterId: entry.id, name: entry.name, idMasked: entry.idMasked })}>
              {entry.name}<View className='picker__id'>{entry.idMasked}</View>
            </View>
          ))}
          <View className='picker__link' id={`worker-${index}-manual`} onClick={() => onChange(typed)}>不在名册中？手动填写</View>
        </>
      ) : (
        <>
          <Input className='picker__input' id={`worker-${index}-name`} placeholder='职工姓名' value={typed.name} onInput={(e) => onChange({ ...typed, name: e.detail.value })} />
          <Input className='picker__input' id={`worker-${index}-id`} placeholder='身份证号码（18位）' maxlength={18} value={typed.idNumber} onInput={(e) => onChange({ ...typed, idNumber: e.detail.value })} />
          <Input className='picker__input' id={`worker-${index}-phone`} type='number' placeholder='手机号码' maxlength={11} value={typed.phone} onInput={(e) => onChange({ ...typed, phone: e.detail.value })} />
          <View className='picker__link' onClick={() => onChange(null)}>从参保名册选择</View>
        </>
      )}
    </View>
  )
}
