import { fireEvent, render, screen } from '@testing-library/react'
import CasePage from '../../miniprogram/pages/case/index'
import { setToken } from '../../miniprogram/services/session'
import { errReply, okReply, stubFetch, unstubFetch } from '../support/fetchStub'
import { makeCase, makeMe, makeTimelineEntry } from '../support/fixtures'
import { setRouterParams } from '../support/taro.mock'

afterEach(unstubFetch)

beforeEach(() => {
  setToken('tok-1')
  setRouterParams({ id: 'case-1' }, '/pages/case/index')
})

const me = okReply({ bound: true, me: makeMe({ role: 'insurer' }) })

describe('case detail page', () => {
  it('loads case.get for ?id= and shows each track\'s state, the deadlines and the timeline', async () => {
    const timeline = [
      makeTimelineEntry(),
      makeTimelineEntry({ seq: 2, kind: 'transition', title: '开始现场调查', track: 'claim', from: 'insured_verified', to: 'investigating', actorRole: 'insurer', actorName: '赵商保', note: '已联系企业' }),
    ]
    const seen = stubFetch({ 'POST /api/user': me, 'POST /api/case': okReply({ case: makeCase(), timeline }) })
    render(<CasePage />)

    expect(await screen.findByText('GS-2025-0001')).toBeInTheDocument()
    expect(seen.find((r) => r.url === '/api/case')?.body).toEqual({ action: 'get', caseId: 'case-1' })
    expect(screen.getAllByText('现场调查中').length).toBeGreaterThan(0)
    expect(screen.getByText('已住院（免押金）')).toBeInTheDocument()
    expect(screen.getByText('未申请康复')).toBeInTheDocument()
    expect(screen.getByText('剩余5小时')).toBeInTheDocument()
    expect(screen.getByText('手部 · 中度')).toBeInTheDocument()
    expect(screen.getByText('在册参保')).toBeInTheDocument()
    expect(screen.getByText('2025-03-01 09:30')).toBeInTheDocument()
    expect(screen.getByText('企业报案')).toBeInTheDocument()
    expect(screen.getByText('开始现场调查')).toBeInTheDocument()
    expect(screen.getByText('已联系企业')).toBeInTheDocument()
  })

  it('shows the backend\'s refusal in Chinese without a retry', async () => {
    stubFetch({ 'POST /api/user': me, 'POST /api/case': errReply('CASE.NOT_FOUND', '案件不存在', 404) })
    render(<CasePage />)
    expect(await screen.findByText('案件不存在')).toBeInTheDocument()
    expect(screen.queryByText('重试')).toBeNull()
  })

  it('retries after a network failure', async () => {
    let calls = 0
    stubFetch({
      'POST /api/user': me,
      'POST /api/case': () => (++calls === 1 ? { networkError: true } : okReply({ case: makeCase(), timeline: [] })),
    })
    render(<CasePage />)
    fireEvent.click(await screen.findByText('重试'))
    expect(await screen.findByText('GS-2025-0001')).toBeInTheDocument()
    expect(screen.getByText('暂无办理记录')).toBeInTheDocument()
  })

  it('says so when no case id is given', async () => {
    setRouterParams({}, '/pages/case/index')
    stubFetch({ 'POST /api/user': me })
    render(<CasePage />)
    expect(await screen.findByText('未指定案件')).toBeInTheDocument()
  })
})
