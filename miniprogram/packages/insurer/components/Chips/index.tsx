import { Text, View } from '@tarojs/components'

/** Props of Chips. */
export interface ChipsProps<K extends string> {
  /** Choices as key → Chinese label. */
  options: Readonly<Record<K, string>>
  /** Selected keys (one for a single choice). */
  value: readonly K[]
  onToggle: (key: K) => void
  /** Prefix of each chip's id (`<idPrefix>-<key>`), for tests. */
  idPrefix: string
}

/** Tappable choices from a label map (the report's body parts, severities, measures …). */
export function Chips<K extends string>({ options, value, onToggle, idPrefix }: ChipsProps<K>) {
  return (
    <View className='chips'>
      {(Object.keys(options) as K[]).map((key) => (
        <Text key={key} id={`${idPrefix}-${key}`} className={`chip ${value.includes(key) ? 'chip--on' : ''}`} onClick={() => onToggle(key)}>
          {options[key]}
        </Text>
      ))}
    </View>
  )
}
