import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Role } from '../../../shared/roles'

/** Props of HomeLinks. */
export interface HomeLinksProps {
  role: Role
}

/** Links under the home heading: 我的消息 for everyone, 导入参保名册 for officers, 服务群消息 for the insurer and the bureau. */
export function HomeLinks({ role }: HomeLinksProps) {
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className='home-links'>
      <View className='home-links__link' id='link-messages' onClick={go('/pages/messages/index')}>我的消息</View>
      {role === 'officer' ? <View className='home-links__link' id='link-roster' onClick={go('/pages/roster/index')}>导入参保名册</View> : null}
      {role === 'insurer' || role === 'bureau' ? <View className='home-links__link' id='link-feed' onClick={go('/packages/feed/pages/index/index')}>服务群消息</View> : null}
    </View>
  )
}
