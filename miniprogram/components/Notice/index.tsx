import { Text, View } from '@tarojs/components'

/** Props of Notice. */
export interface NoticeProps {
  message: string
  onRetry?: () => void
}

/** An inline error message in Chinese, with an optional 重试 link. */
export function Notice({ message, onRetry }: NoticeProps) {
  return (
    <View className='notice'>
      <Text className='notice__text'>{message}</Text>
      {onRetry ? (
        <Text className='notice__retry' onClick={onRetry}>
          重试
        </Text>
      ) : null}
    </View>
  )
}
