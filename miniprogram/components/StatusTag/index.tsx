import { Tag } from '@nutui/nutui-react-taro'

/** How a status reads: neutral information, done, needs attention soon, or late. */
export type Tone = 'info' | 'success' | 'warning' | 'danger'

const TONE_COLORS: Record<Tone, string> = {
  info: '#1677ff',
  success: '#389e0d',
  warning: '#d46b08',
  danger: '#cf1322',
}

/** Props of StatusTag. */
export interface StatusTagProps {
  tone?: Tone
  children: string
}

/*
 * NutUI 3's typed tags paint a gradient with `background`, which its `plain` style cannot clear
 * (it only resets background-color); a default tag with a colour gives a real outlined tag.
 */
/** An outlined tag in the tone's colour. */
export function StatusTag({ tone = 'info', children }: StatusTagProps) {
  return (
    <Tag plain background={TONE_COLORS[tone]} className={`status-tag status-tag--${tone}`}>
      {children}
    </Tag>
  )
}
