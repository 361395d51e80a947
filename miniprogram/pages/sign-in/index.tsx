import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ERROR_MESSAGES } from '../../../shared/errors'
import type { Role } from '../../../shared/roles'
import { DevUserList } from '../../components/DevUserList'
import { Notice } from '../../components/Notice'
import { devSignIn, devSignInGuest, listDevUsers, type TDevUser } from '../../services/devAuth'
import { Button, Cell } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { BIND_PAGE } from '../../utils/routes'
import { isRetryable, userMessage } from '../../services/errors'
import { fetchMe } from '../../services/user'
import { goHome } from '../../utils/routes'

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string; retry: boolean }

const NO_HOME = '该账号没有可用的工作台'

/** 登录页: dev sign-in in H5, the WeChat identity in the mini-program. */
export default function SignInPage() {
  return (
    <View className='page sign-in'>
      <View className='sign-in__title'>工伤绿色通道</View>
      <View className='sign-in__subtitle'>武进区工伤诊疗绿色通道</View>
      {/* Written out (not isWeapp()) so the minifier drops dev sign-in from the mini-program. */}
      {process.env.TARO_ENV === 'weapp' ? <WechatSignIn /> : <DevSignIn />}
    </View>
  )
}

/* Route a signed-in user to their home; roles without one (the timer-only system role) cannot sign in. */
function routeByRole(role: Role, onNoHome: (message: string) => void): void {
  if (!goHome(role)) onNoHome(NO_HOME)
}

function DevSignIn() {
  const [users, setUsers] = useState<Load<TDevUser[]>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [signInError, setSignInError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    setUsers({ status: 'loading' })
    listDevUsers().then(
      (value) => live && setUsers({ status: 'ready', value }),
      (error: unknown) => live && setUsers({ status: 'error', message: userMessage(error), retry: isRetryable(error) }),
    )
    return () => {
      live = false
    }
  }, [attempt])

  const pick = async (user: TDevUser) => {
    setBusyId(user.id)
    setSignInError(null)
    try {
      const me = await devSignIn(user.id)
      if (me) routeByRole(me.role, setSignInError)
      else setSignInError(ERROR_MESSAGES['AUTH.NOT_BOUND'])
    } catch (error) {
      setSignInError(userMessage(error))
    } finally {
      setBusyId(null)
    }
  }

  if (users.status === 'loading') return <View className='page__hint'>正在加载账号…</View>
  if (users.status === 'error') {
    return <Notice message={users.message} onRetry={users.retry ? () => setAttempt((n) => n + 1) : undefined} />
  }
  return (
    <View>
      <View className='page__hint'>开发环境：选择一个演示账号登录</View>
      {signInError ? <Notice message={signInError} /> : null}
      {users.value.length === 0 ? <View className='page__hint'>暂无可用账号</View> : null}
      <DevUserList users={users.value} busyId={busyId} onPick={(u) => void pick(u)} />
      <View id='signin-guest' className='sign-in__guest' onClick={() => void devSignInGuest().then(() => Taro.reLaunch({ url: BIND_PAGE }), (e: unknown) => setSignInError(userMessage(e)))}>
        <Cell clickable title='新微信用户（未绑定）' description='模拟受伤职工首次打开小程序，完成身份绑定' extra='进入' />
      </View>
    </View>
  )
}

function WechatSignIn() {
  const [state, setState] = useState<Load<null>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    fetchMe().then(
      ({ bound, me }) => {
        if (!live) return
        if (bound && me) return routeByRole(me.role, (message) => setState({ status: 'error', message, retry: false }))
        setState({ status: 'ready', value: null })
      },
      (error: unknown) => live && setState({ status: 'error', message: userMessage(error), retry: isRetryable(error) }),
    )
    return () => {
      live = false
    }
  }, [attempt])

  if (state.status === 'loading') return <View className='page__hint'>正在确认身份…</View>
  if (state.status === 'error') {
    return <Notice message={state.message} onRetry={state.retry ? () => setAttempt((n) => n + 1) : undefined} />
  }
  return (
    <View className='sign-in__unbound'>
      <Notice message={ERROR_MESSAGES['AUTH.NOT_BOUND']} />
      <View className='page__hint'>受伤职工请绑定身份后查看自己的案件；企业、医院、商保公司和人社局人员的账号由区人社局开通。</View>
      <Button block type='primary' onClick={() => void Taro.navigateTo({ url: BIND_PAGE })}>我是受伤职工，去绑定</Button>
    </View>
  )
}
