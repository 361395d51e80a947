import { View } from '@tarojs/components'
import './index.css'

/** Props of ChoiceChips: the choices (key → Chinese label) and the chosen keys. */
export interface ChoiceChipsProps {
  name: string
  choices: Record<string, string>
  selected: readonly string[]
  multiple?: boolean
  onChange: (selected: string[]) => void
}

/** One-tap choices as chips: a tap picks (or, with multiple, toggles) a choice. */
export function ChoiceChips({ name, choices, selected, multiple = false, onChange }: ChoiceChipsProps) {
  const tap = (key: string) => {
    if (!multiple) return onChange([key])
    onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key])
  }
  return (
    <View className='chips' id={`chips-${name}`}>
      {Object.entries(choices).map(([key, label]) => (
        <View key={key} id={`chip-${name}-${key}`} className={`chips__chip${selected.includes(key) ? ' chips__chip--on' : ''}`} onClick={() => tap(key)}>
          {label}
        </View>
      ))}
    </View>
  )
}
