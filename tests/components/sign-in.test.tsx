import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import SignInPage from '../../miniprogram/pages/sign-in/index'
import { getToken } from '../../miniprogram/services/session'
import { errReply, okReply, stubFetch, unstubFetch } from '../support/fetchStub'
import { DEV_USERS, makeMe } from '../support/fixtures'
import { cloud, reLaunch } from '../support/taro.mock'

afterEach(unstubFetch)

function signInItem(userId: string): HTMLElement {
  const item = document.getElementById(`signin-${userId}`)
  if (!item) throw new Error(`no sign-in cell for ${userId}`)
  return item
}

describe('sign-in page (H5 dev sign-in)', () => {
  it('lists the dev users grouped by role, each in its own role group', async () => {
    stubFetch({ 'GET /dev/users': okReply({ users: DEV_USERS }) })
    const { container } = render(<SignInPage />)
    await screen.findByText('王安全')

    const officerGroup = container.querySelector('.dev-users__group--officer') as HTMLElement
    expect(within(officerGroup).getByText('企业专职人员')).toBeInTheDocument()
    expect(within(officerGroup).getByText('王安全')).toBeInTheDocument()
    expect(within(officerGroup).getByText('周专员')).toBeInTheDocument()
    expect(within(officerGroup).queryByText('李职工')).toBeNull()

    const groups = Array.from(container.querySelectorAll('.dev-users__group')).map((g) => g.className.match(/--(\w+)/)?.[1])
    expect(groups).toEqual(['officer', 'worker', 'insurer', 'hospital', 'bureau'])
    for (const user of DEV_USERS) expect(signInItem(user.id)).toHaveTextContent(user.name)
    expect(within(signInItem('u-hospital-1')).getByText('示例定点医院')).toBeInTheDocument()
  })

  it.each([
    ['u-officer-1', 'officer', '/pages/home/index'],
    ['u-worker-1', 'worker', '/pages/home/index'],
    ['u-insurer-1', 'insurer', '/packages/insurer/pages/home/index'],
    ['u-hospital-1', 'hospital', '/packages/hospital/pages/home/index'],
    ['u-bureau-1', 'bureau', '/packages/bureau/pages/home/index'],
  ] as const)('tapping %s signs in, stores the token and opens the %s home', async (userId, role, url) => {
    const seen = stubFetch({
      'GET /dev/users': okReply({ users: DEV_USERS }),
      'POST /dev/sign-in': okReply({ token: `tok-${userId}`, me: makeMe({ id: userId, role }) }),
    })
    render(<SignInPage />)
    await screen.findByText('王安全')
    fireEvent.click(signInItem(userId))

    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url }))
    expect(seen.find((r) => r.url === '/dev/sign-in')?.body).toEqual({ userId })
    expect(getToken()).toBe(`tok-${userId}`)
  })

  it('shows the disabled message when the user list is refused', async () => {
    stubFetch({ 'GET /dev/users': errReply('AUTH.DEV_SIGNIN_DISABLED', '生产环境不允许开发登录', 403) })
    render(<SignInPage />)
    expect(await screen.findByText('生产环境不允许开发登录')).toBeInTheDocument()
    expect(screen.queryByText('重试')).toBeNull()
    expect(reLaunch).not.toHaveBeenCalled()
  })

  it('shows the disabled message when sign-in itself is refused, and stays on the page', async () => {
    stubFetch({
      'GET /dev/users': okReply({ users: DEV_USERS }),
      'POST /dev/sign-in': errReply('AUTH.DEV_SIGNIN_DISABLED', '生产环境不允许开发登录', 403),
    })
    render(<SignInPage />)
    await screen.findByText('王安全')
    fireEvent.click(signInItem('u-officer-1'))
    expect(await screen.findByText('生产环境不允许开发登录')).toBeInTheDocument()
    expect(getToken()).toBeNull()
    expect(reLaunch).not.toHaveBeenCalled()
  })

  it('offers a retry after a network failure and lists the users once it succeeds', async () => {
    let calls = 0
    stubFetch({ 'GET /dev/users': () => (++calls === 1 ? { networkError: true } : okReply({ users: DEV_USERS })) })
    render(<SignInPage />)
    expect(await screen.findByText('网络异常，请检查网络后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('孙审核')).toBeInTheDocument()
  })
})

describe('sign-in page (weapp)', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it('routes a bound WeChat user to their home without dev sign-in', async () => {
    const seen = stubFetch({})
    cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { bound: true, me: makeMe({ role: 'bureau' }) } } })
    render(<SignInPage />)
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/packages/bureau/pages/home/index' }))
    expect(cloud.callFunction).toHaveBeenCalledWith({ name: 'user', data: { action: 'me' } })
    expect(seen).toHaveLength(0)
  })

  it('tells an unbound WeChat user that the account is not bound yet', async () => {
    cloud.callFunction.mockResolvedValue({ result: { ok: true, data: { bound: false, me: null } } })
    render(<SignInPage />)
    expect(await screen.findByText('账号尚未绑定身份')).toBeInTheDocument()
    expect(reLaunch).not.toHaveBeenCalled()
  })
})
