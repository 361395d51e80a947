import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import InsurerHomePage from '../../miniprogram/packages/insurer/pages/home/index'
import { inboxOrder } from '../../miniprogram/packages/insurer/components/InboxList'
import { setToken } from '../../miniprogram/services/session'
import type { TInboxItem } from '../../shared/insurer/desk'
import { errReply, okReply, stubFetch, unstubFetch, type SeenRequest, type StubReply } from '../support/fetchStub'
import { makeCase, makeMe } from '../support/fixtures'
import { navigateTo } from '../support/taro.mock'

afterEach(unstubFetch)

function item(overrides: Partial<TInboxItem> = {}): TInboxItem {
  return {
    caseId: 'c-1', caseNo: 'WJ20250301-0001', enterpriseName: '常州示例机械有限公司', town: '湖塘镇', workerName: '李职工', workerIdMasked: '3204**********1234',
    rosterFlag: 'insured', rosterFlagLabel: '在册参保', phonedIn: false, reportedAt: '2025-03-01T02:00:00.000Z',
    state: { claim: 'reported', medical: 'treatment_pending', rehab: 'rehab_none', version: 2 },
    statusLabel: '已报案', assignee: null,
    nextDeadline: { clock: 'site_investigation', label: '现场调查', due: '2025-03-02T02:00:00.000Z', remainingLabel: '剩余 20小时', overdue: false, warning: false },
    ...overrides,
  }
}

const NEW = [
  item({ caseId: 'c-new-late', caseNo: 'N-2', workerName: '王二', reportedAt: '2025-03-01T05:00:00.000Z', rosterFlag: 'not_on_roster', rosterFlagLabel: '不在参保名册', phonedIn: true }),
  item({ caseId: 'c-new-early', caseNo: 'N-1', workerName: '张一', reportedAt: '2025-03-01T01:00:00.000Z' }),
]
const deadline = (due: string, remainingLabel: string, warning = false, overdue = false) => ({ clock: 'site_investigation' as const, label: '现场调查', due, remainingLabel, warning, overdue })
const MINE = [
  item({ caseId: 'c-mine-far', caseNo: 'M-2', workerName: '赵四', statusLabel: '现场调查中', assignee: { id: 'u-agent', name: '赵调查员', assignedAt: '2025-03-01T03:00:00.000Z' }, nextDeadline: deadline('2025-03-20T00:00:00.000Z', '剩余 18天') }),
  item({ caseId: 'c-mine-near', caseNo: 'M-1', workerName: '钱三', statusLabel: '已核实参保', assignee: { id: 'u-agent', name: '赵调查员', assignedAt: '2025-03-01T03:00:00.000Z' }, nextDeadline: deadline('2025-03-01T22:00:00.000Z', '已超时 2小时', false, true) }),
]

function backend(me = makeMe({ id: 'u-agent', role: 'insurer', name: '赵调查员' }), insurer: (req: SeenRequest) => StubReply = () => okReply({ newCases: NEW, myCases: MINE })) {
  setToken('tok-1')
  return stubFetch({
    'POST /api/user': okReply({ bound: true, me }),
    'POST /api/case': okReply({ cases: [] }),
    'POST /api/insurer': insurer,
    'GET /dev/users': okReply({ users: [{ id: 'u-agent', name: '赵调查员', role: 'insurer', roleLabel: '商保公司', orgName: '示例商保' }, { id: 'u-other', name: '孙调查员', role: 'insurer', roleLabel: '商保公司', orgName: '示例商保' }] }),
  })
}

const lines = () => Array.from(document.querySelectorAll('.inbox__item')).map((el) => el.id.replace('inbox-', ''))

describe('insurer inbox', () => {
  it('orders new reports oldest first, then my cases by nearest deadline', () => {
    expect(inboxOrder(NEW, MINE).map((r) => `${r.section}:${r.item.caseId}`)).toEqual(['new:c-new-early', 'new:c-new-late', 'mine:c-mine-near', 'mine:c-mine-far'])
  })

  it('shows each line with enterprise, worker and masked ID, roster flag, hotline mark and time left; only new reports can be claimed', async () => {
    const seen = backend()
    render(<InsurerHomePage />)
    expect(await screen.findByText('新报案（2）')).toBeInTheDocument()
    expect(screen.getByText('商保工作台')).toBeInTheDocument()
    expect(screen.getByText('我的案件（2）')).toBeInTheDocument()
    expect(lines()).toEqual(['c-new-early', 'c-new-late', 'c-mine-near', 'c-mine-far'])
    const late = within(document.getElementById('inbox-c-new-late')!)
    expect(late.getByText('常州示例机械有限公司')).toBeInTheDocument()
    expect(late.getByText('王二')).toBeInTheDocument()
    expect(late.getByText('3204**********1234')).toBeInTheDocument()
    expect(late.getByText('不在参保名册')).toBeInTheDocument()
    expect(late.getByText('电话报案')).toBeInTheDocument()
    expect(late.getByText('现场调查 剩余 20小时')).toBeInTheDocument()
    expect(late.getByText('认领')).toBeInTheDocument()
    const near = within(document.getElementById('inbox-c-mine-near')!)
    expect(near.getByText('现场调查 已超时 2小时')).toBeInTheDocument()
    expect(near.getByText('已核实参保')).toBeInTheDocument()
    expect(near.queryByText('认领')).toBeNull()
    expect(screen.queryByText('指派')).toBeNull()
    expect(seen.find((r) => r.url === '/api/insurer')?.body).toEqual({ action: 'inbox' })

    fireEvent.click(near.getByText('钱三'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/insurer/pages/case/index?id=c-mine-near' })
  })

  it('claims with the line\'s case version and reloads the inbox', async () => {
    const seen = backend(undefined, (req) => {
      const body = req.body as { action: string }
      if (body.action === 'claim') return okReply({ case: makeCase(), assignee: null })
      return okReply({ newCases: NEW, myCases: MINE })
    })
    render(<InsurerHomePage />)
    fireEvent.click(within(await screen.findByText('张一').then((el) => el.closest('.inbox__item') as HTMLElement)).getByText('认领'))
    await waitFor(() => expect(seen.filter((r) => r.url === '/api/insurer' && (r.body as { action: string }).action === 'inbox')).toHaveLength(2))
    expect(seen.find((r) => (r.body as { action?: string } | undefined)?.action === 'claim')?.body).toEqual({ action: 'claim', caseId: 'c-new-early', expectedVersion: 2 })
  })

  it('shows 案件已被他人更新，请刷新后重试 on a version conflict and reloads', async () => {
    let inboxCalls = 0
    backend(undefined, (req) => {
      if ((req.body as { action: string }).action === 'claim') return errReply('CASE.VERSION_CONFLICT', '案件已被他人更新，请刷新后重试', 409)
      inboxCalls += 1
      return okReply({ newCases: inboxCalls === 1 ? NEW : NEW.slice(0, 1), myCases: [] })
    })
    render(<InsurerHomePage />)
    fireEvent.click(within(document.getElementById('inbox-c-new-early') ?? (await screen.findByText('张一')).closest('.inbox__item') as HTMLElement).getByText('认领'))
    expect(await screen.findByText('案件已被他人更新，请刷新后重试')).toBeInTheDocument()
    await waitFor(() => expect(lines()).toEqual(['c-new-late']))
  })

  it('lets a supervisor assign a line to an agent picked from the known agents', async () => {
    const seen = backend(makeMe({ id: 'u-insurer-02', role: 'insurer', name: '钱主管', supervisor: true }), (req) => {
      if ((req.body as { action: string }).action === 'assign') return okReply({ case: makeCase(), assignee: null })
      return okReply({ newCases: NEW, myCases: [] })
    })
    render(<InsurerHomePage />)
    const line = within((await screen.findByText('张一')).closest('.inbox__item') as HTMLElement)
    fireEvent.click(line.getByText('指派'))
    fireEvent.click(await screen.findByText('孙调查员'))
    fireEvent.click(screen.getByText('确认指派'))
    await waitFor(() => expect(seen.find((r) => (r.body as { action?: string } | undefined)?.action === 'assign')?.body).toEqual({ action: 'assign', caseId: 'c-new-early', agentId: 'u-other', expectedVersion: 2, note: '' }))
  })
})
