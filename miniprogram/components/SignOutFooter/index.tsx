import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { clearToken } from '../../services/session'
import { goSignIn } from '../../utils/routes'

/** 退出登录 at the foot of a home page: forget the session and start over at sign-in. */
export function SignOutFooter() {
  const signOut = () => {
    clearToken()
    goSignIn()
  }
  return (
    <View className='page__footer'>
      <Button block type='default' onClick={signOut}>
        退出登录
      </Button>
    </View>
  )
}
