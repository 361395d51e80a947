import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ReportForm } from '../../miniprogram/components/ReportForm'
import { initialForm } from '../../miniprogram/components/ReportForm/model'
import { reportQueue } from '../../miniprogram/services/report'
import { errReply, okReply, stubFetch, unstubFetch, type SeenRequest } from '../support/fetchStub'

afterEach(() => {
  unstubFetch()
  for (const e of reportQueue.list()) reportQueue.cancel(e.requestId)
})

const HOSPITALS = [{ _id: 'hosp-1', name: '定点医院甲', address: '湖塘镇', phone: '0519-1', demo: true }]
const ROSTER = { entries: [{ id: 'roster-1', name: '刘建国', idMasked: '3204**********1007', phone: '13800000000', enrolmentUnit: '常州东方特钢有限公司' }] }
const RESULT = { incidentId: 'inc-1', investigationDue: '2026-11-23T02:00:00.000Z', duplicate: false, cases: [{ caseId: 'c-1', caseNo: 'WJ20261122-0001', workerName: '刘建国', rosterFlag: 'insured' }] }

function renderForm(reply: Parameters<typeof stubFetch>[0][string], description = '职工在冲床作业时右手被模具夹伤。') {
  const seen = stubFetch({ 'POST /api/roster': okReply(ROSTER), 'POST /api/case': reply })
  const initial = { ...initialForm('req-fixed-0001', new Date(Date.now() - 60_000), '湟里镇东方路5号', 'hosp-1'), description }
  const onSent = jest.fn()
  const onQueued = jest.fn()
  render(<ReportForm userId='u-1' enterpriseName='常州东方特钢有限公司' hospitals={HOSPITALS} initial={initial} onSent={onSent} onQueued={onQueued} />)
  return { seen, onSent, onQueued }
}

const click = (id: string) => fireEvent.click(document.getElementById(id)!)
async function pickRosteredWorker() {
  await waitFor(() => expect(document.getElementById('roster-roster-1')).not.toBeNull())
  click('roster-roster-1')
  click('chip-body-0-hand')
  click('chip-severity-0-serious')
}
const reportCalls = (seen: SeenRequest[]) => seen.filter((r) => r.url === '/api/case')

describe('report form', () => {
  it('reports a rostered worker with three choices and one submit (4 taps), prefilled with 已送定点医院 and the hospital', async () => {
    const { seen, onSent } = renderForm(okReply(RESULT))
    await pickRosteredWorker()
    click('report-submit')
    await waitFor(() => expect(onSent).toHaveBeenCalledWith(RESULT))
    const [call] = reportCalls(seen)
    expect(call.body).toMatchObject({ action: 'report', requestId: 'req-fixed-0001', measures: ['sent_to_hospital'], injured: [{ worker: { kind: 'roster', rosterId: 'roster-1' }, bodyPart: 'hand', severity: 'serious', hospitalId: 'hosp-1' }] })
  })

  it('says in Chinese what is missing and sends nothing', async () => {
    const { seen } = renderForm(okReply(RESULT))
    await waitFor(() => expect(document.getElementById('roster-roster-1')).not.toBeNull())
    click('report-submit')
    expect(await screen.findByText('请选择或填写受伤职工')).toBeInTheDocument()
    click('roster-roster-1')
    click('report-submit')
    expect(await screen.findByText('请选择受伤部位')).toBeInTheDocument()
    expect(reportCalls(seen)).toHaveLength(0)
  })

  it('checks the description against the shared schema before sending', async () => {
    const { seen } = renderForm(okReply(RESULT), '受伤')
    await pickRosteredWorker()
    click('report-submit')
    expect(await screen.findByText(/请用几句话说明事故原因和经过/)).toBeInTheDocument()
    expect(reportCalls(seen)).toHaveLength(0)
  })

  it('keeps everything typed when the server refuses, and retries with the same request id', async () => {
    const { seen } = renderForm(errReply('ENTERPRISE.NOT_ACTIVE', '企业已暂停或移出优质企业名单'))
    await pickRosteredWorker()
    click('report-submit')
    expect(await screen.findByText('企业已暂停或移出优质企业名单')).toBeInTheDocument()
    expect(document.getElementById('worker-0-chosen')).toHaveTextContent('刘建国')
    click('report-submit')
    await waitFor(() => expect(reportCalls(seen)).toHaveLength(2))
    expect(new Set(reportCalls(seen).map((r) => (r.body as { requestId: string }).requestId))).toEqual(new Set(['req-fixed-0001']))
  })

  it('keeps a report made without network on the phone as 待发送', async () => {
    const { onQueued } = renderForm({ networkError: true })
    await pickRosteredWorker()
    click('report-submit')
    await waitFor(() => expect(onQueued).toHaveBeenCalled())
    expect(reportQueue.list()).toEqual([expect.objectContaining({ requestId: 'req-fixed-0001', status: 'waiting' })])
  })
})
