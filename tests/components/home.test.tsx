import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import BureauHomePage from '../../miniprogram/packages/bureau/pages/home/index'
import InsurerHomePage from '../../miniprogram/packages/insurer/pages/home/index'
import HomePage from '../../miniprogram/pages/home/index'
import { getToken, setToken } from '../../miniprogram/services/session'
import { errReply, okReply, stubFetch, unstubFetch, type StubReply } from '../support/fetchStub'
import { makeCase, makeMe } from '../support/fixtures'
import { navigateTo, reLaunch } from '../support/taro.mock'

afterEach(unstubFetch)

function backend(me: ReturnType<typeof makeMe>, cases: StubReply = okReply({ cases: [] })) {
  setToken('tok-1')
  return stubFetch({ 'POST /api/user': okReply({ bound: true, me }), 'POST /api/case': cases })
}

describe('home pages', () => {
  it('shows the officer heading, name, role label and organisation', async () => {
    backend(makeMe({ name: '王安全', role: 'officer', orgName: '常州示例机械有限公司' }))
    render(<HomePage />)
    expect(await screen.findByText('企业工作台')).toBeInTheDocument()
    expect(screen.getByText('王安全')).toBeInTheDocument()
    expect(screen.getByText('企业专职人员')).toBeInTheDocument()
    expect(screen.getByText('常州示例机械有限公司')).toBeInTheDocument()
    expect(await screen.findByText('暂无案件')).toBeInTheDocument()
    expect(reLaunch).not.toHaveBeenCalled()
  })

  it('gives a worker the 我的工伤案件 heading on the same page', async () => {
    backend(makeMe({ name: '李职工', role: 'worker' }))
    render(<HomePage />)
    expect(await screen.findByText('我的工伤案件')).toBeInTheDocument()
    expect(screen.getByText('受伤职工')).toBeInTheDocument()
  })

  it('shows a desk home with its title and lists the cases from case.list; tapping one opens it', async () => {
    const seen = backend(makeMe({ name: '赵商保', role: 'insurer', orgName: '示例商保公司' }), okReply({ cases: [makeCase()] }))
    render(<InsurerHomePage />)
    expect(await screen.findByText('商保工作台')).toBeInTheDocument()
    expect(screen.getByText('示例商保公司')).toBeInTheDocument()
    expect(await screen.findByText('李职工 · 常州示例机械有限公司')).toBeInTheDocument()
    expect(screen.getByText('现场调查中')).toBeInTheDocument()
    expect(seen.find((r) => r.url === '/api/case')?.body).toEqual({ action: 'list', limit: 50 })

    fireEvent.click(screen.getByText('李职工 · 常州示例机械有限公司'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/case/index?id=case-1' })
  })

  it('sends a user without a session to sign-in without calling the backend', async () => {
    const seen = stubFetch({})
    render(<HomePage />)
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
    expect(seen).toHaveLength(0)
    expect(screen.queryByText('企业工作台')).toBeNull()
  })

  it('drops an expired token and goes to sign-in', async () => {
    setToken('tok-expired')
    stubFetch({ 'POST /api/user': errReply('AUTH.UNAUTHENTICATED', '请先登录', 401) })
    render(<BureauHomePage />)
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' }))
    expect(getToken()).toBeNull()
  })

  it('sends a user who opens another role\'s desk to their own home', async () => {
    backend(makeMe({ role: 'hospital' }))
    render(<BureauHomePage />)
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/packages/hospital/pages/home/index' }))
    expect(screen.queryByText('人社局工作台')).toBeNull()
  })

  it('shows a failed case list inline in Chinese, keeping the header', async () => {
    backend(makeMe({ role: 'bureau', name: '孙审核' }), errReply('INTERNAL', '系统繁忙，请稍后再试', 500))
    render(<BureauHomePage />)
    expect(await screen.findByText('人社局工作台')).toBeInTheDocument()
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()
  })

  it('退出登录 clears the token and returns to sign-in', async () => {
    backend(makeMe())
    render(<HomePage />)
    fireEvent.click(await screen.findByText('退出登录'))
    expect(getToken()).toBeNull()
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/sign-in/index' })
  })
})
