import { Empty } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

/** Props of EmptyState. */
export interface EmptyStateProps {
  description: string
}

/* NutUI's Empty loads its default picture from a JD CDN; a local placeholder keeps pages offline-safe. */
const placeholder = <View className='empty-state__image' />

/** An empty list or missing content, with a short Chinese description. */
export function EmptyState({ description }: EmptyStateProps) {
  return <Empty className='empty-state' image={placeholder} imageSize={64} description={description} />
}
