import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fromWallText, toWallText } from '../../miniprogram/packages/insurer/lib/datetime'
import InsurerHotlinePage from '../../miniprogram/packages/insurer/pages/hotline/index'
import { setToken } from '../../miniprogram/services/session'
import { okReply, stubFetch, unstubFetch, type SeenRequest } from '../support/fetchStub'
import { makeMe } from '../support/fixtures'
import { navigateTo } from '../support/taro.mock'

afterEach(unstubFetch)

const ENTERPRISES = [
  { _id: 'ent-01', seq: 1, town: '湟里镇', name: '常州东方特钢有限公司', nameKey: 'x', address: '东方路5号', status: 'active', updatedAt: '2025-01-01T00:00:00.000Z' },
  { _id: 'ent-05', seq: 5, town: '湖塘镇', name: '常州示例电子有限公司', nameKey: 'y', address: '', status: 'active', updatedAt: '2025-01-01T00:00:00.000Z' },
]
const HOSPITALS = [{ _id: 'hosp-demo-1', name: '（演示）武进区定点医院甲', address: '', phone: '', demo: true }]
const ROSTER = [{ id: 'roster-ent-01-1', name: '刘建国（演示）', idMasked: '3204**********1010', phone: '13800000000', enrolmentUnit: '常州东方特钢有限公司' }]
const RESULT = { incidentId: 'inc-9', investigationDue: '2025-03-02T02:00:00.000Z', duplicate: false, cases: [{ caseId: 'case-9', caseNo: 'WJ20250301-0009', workerName: '刘建国（演示）', rosterFlag: 'insured' }] }

/** Type into the real <input>/<textarea> Taro renders (asynchronously) inside the field with this id. */
async function type(id: string, value: string, tag = 'input'): Promise<void> {
  const el = await waitFor(() => {
    const found = document.querySelector(`#${id} ${tag}`)
    if (!found) throw new Error(`no ${tag} in #${id}`)
    return found
  })
  fireEvent.input(el, { target: { value } })
}
const tap = (id: string) => fireEvent.click(document.getElementById(id)!)

describe('hotline intake (电话报案)', () => {
  it('reads and writes Shanghai wall-clock times', () => {
    expect(toWallText('2025-03-01T01:30:00.000Z')).toBe('2025-03-01 09:30')
    expect(fromWallText('2025-03-01 09:30')).toBe('2025-03-01T01:30:00.000Z')
    expect(fromWallText('2025-02-30 09:30')).toBeNull()
    expect(fromWallText('昨天')).toBeNull()
  })

  it('sends a phoned-in report for the picked whitelisted enterprise with the report form\'s fields, then offers the new case', async () => {
    setToken('tok-1')
    const seen = stubFetch({
      'POST /api/user': okReply({ bound: true, me: makeMe({ role: 'insurer', name: '赵调查员' }) }),
      'POST /api/directory': (req: SeenRequest) => okReply((req.body as { action: string }).action === 'listHospitals' ? { hospitals: HOSPITALS } : { enterprises: ENTERPRISES }),
      'POST /api/roster': okReply({ entries: ROSTER }),
      'POST /api/insurer': okReply(RESULT),
    })
    render(<InsurerHotlinePage />)
    fireEvent.click(await screen.findByText('常州东方特钢有限公司'))
    expect(seen.find((r) => r.url === '/api/directory')?.body).toEqual({ action: 'listEnterprises', status: 'active' })
    await type('hotline-caller-name', '王来电')
    await type('hotline-caller-phone', '13812345678')
    await type('injured-0-query', '刘')
    fireEvent.click(screen.getByText('查找'))
    fireEvent.click(await screen.findByText('刘建国（演示） 3204**********1010'))
    expect(seen.find((r) => r.url === '/api/roster')?.body).toEqual({ action: 'search', enterpriseId: 'ent-01', query: '刘' })
    tap('injured-0-body-hand')
    tap('injured-0-severity-serious')
    tap('injured-0-hospital-hosp-demo-1')
    await type('hotline-accidentAt', '2025-03-01 09:30')
    await type('hotline-place', '二号车间冲压线')
    await type('hotline-description', '职工在冲床作业时右手被模具夹伤，现场立即停机。', 'textarea')
    tap('hotline-measure-sent_to_hospital')
    tap('hotline-measure-equipment_stopped')
    fireEvent.click(screen.getByText('添加证人'))
    await type('witness-0-name', '王班长')
    await type('witness-0-phone', '13811112222')
    tap('witness-0-relation-supervisor')
    fireEvent.click(screen.getByText('提交电话报案'))

    expect(await screen.findByText('电话报案已登记')).toBeInTheDocument()
    const sent = seen.find((r) => r.url === '/api/insurer')!.body as Record<string, unknown>
    expect(sent).toEqual({
      action: 'hotlineReport', requestId: expect.stringMatching(/^hotline-/), enterpriseId: 'ent-01', callerName: '王来电', callerPhone: '13812345678',
      injured: [{ worker: { kind: 'roster', rosterId: 'roster-ent-01-1' }, bodyPart: 'hand', severity: 'serious', hospitalId: 'hosp-demo-1' }],
      witnesses: [{ name: '王班长', phone: '13811112222', relation: 'supervisor', statement: '' }],
      accidentAt: '2025-03-01T01:30:00.000Z', place: '二号车间冲压线', description: '职工在冲床作业时右手被模具夹伤，现场立即停机。',
      measures: ['sent_to_hospital', 'equipment_stopped'], measuresNote: '',
    })
    fireEvent.click(screen.getByText('办理'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/insurer/pages/case/index?id=case-9' })
  })

  it('stops with a Chinese message before calling when the form is incomplete', async () => {
    setToken('tok-1')
    const seen = stubFetch({
      'POST /api/user': okReply({ bound: true, me: makeMe({ role: 'insurer' }) }),
      'POST /api/directory': (req: SeenRequest) => okReply((req.body as { action: string }).action === 'listHospitals' ? { hospitals: HOSPITALS } : { enterprises: ENTERPRISES }),
    })
    render(<InsurerHotlinePage />)
    fireEvent.click(await screen.findByText('提交电话报案'))
    expect(await screen.findByText('请选择报案企业')).toBeInTheDocument()
    fireEvent.click(screen.getByText('常州示例电子有限公司'))
    tap('injured-0-mode-manual')
    fireEvent.click(screen.getByText('提交电话报案'))
    await waitFor(() => expect(document.querySelector('.notice__text')?.textContent).toBeTruthy())
    expect(seen.some((r) => r.url === '/api/insurer')).toBe(false)
  })
})
