import { fireEvent, render, screen } from '@testing-library/react'
import BindPage from '../../miniprogram/pages/bind/index'
import { renderWecomMarkdown } from '../../miniprogram/services/feeds'
import { stubFetch, unstubFetch } from '../support/fetchStub'

afterEach(unstubFetch)

describe('服务群 feed rendering', () => {
  it('turns WeCom robot markdown into readable lines with their tone', () => {
    const lines = renderWecomMarkdown('## <font color="warning">工伤报案</font>\n> 企业：**常州东方特钢有限公司**（湟里镇）\n\n<font color="comment">消息编号 WJ20261122-0001</font>')
    expect(lines).toEqual([
      { text: '工伤报案', tone: 'heading' },
      { text: '企业：常州东方特钢有限公司（湟里镇）', tone: 'quote' },
      { text: '消息编号 WJ20261122-0001', tone: 'comment' },
    ])
  })
})

describe('worker binding page (H5)', () => {
  it('asks for the name first, in Chinese, and calls nothing', () => {
    const seen = stubFetch({})
    render(<BindPage />)
    fireEvent.click(document.getElementById('bind-submit')!)
    expect(screen.getByText('请输入姓名')).toBeInTheDocument()
    expect(seen).toHaveLength(0)
  })

  it('offers the one-time code in H5 (WeChat\'s phone button only in the mini-program)', () => {
    stubFetch({})
    render(<BindPage />)
    expect(document.getElementById('bind-send-code')).toHaveTextContent('发送验证码')
    expect(screen.queryByText('授权手机号并绑定')).toBeNull()
  })
})
