import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { canSubmit, PackageChecklist } from '../../miniprogram/packages/insurer/components/PackageChecklist'
import InsurerPackagePage from '../../miniprogram/packages/insurer/pages/package/index'
import { setToken } from '../../miniprogram/services/session'
import { PACKAGE_ITEMS, ZPackageItem, type TPackageItem, type TPackageStatus } from '../../shared/insurer/package'
import { okReply, stubFetch, unstubFetch, type SeenRequest } from '../support/fetchStub'
import { makeCase, makeMe } from '../support/fixtures'
import { setRouterParams } from '../support/taro.mock'

afterEach(unstubFetch)

const file = (item: TPackageItem) => ({ item, fileId: `local://uploads/${item}.pdf`, name: `${item}.pdf`, mime: 'application/pdf', size: 2048, sha256: `${item}`.padEnd(64, '0'), addedAt: '2025-03-01T03:00:00.000Z', addedByName: '赵调查员' })

/** A package status with the given materials attached (the rest missing or optional). */
function status(attached: TPackageItem[], submitted: TPackageStatus['submitted'] = null): TPackageStatus {
  const items = ZPackageItem.options.map((item) => {
    const spec = PACKAGE_ITEMS[item]
    const present = attached.includes(item)
    return { item, label: spec.label, required: spec.required, basis: spec.basis, present, source: present ? ('attachment' as const) : null, note: present ? '已上传1份' : spec.required ? '缺少（必备材料）' : '未提供', files: present ? [file(item)] : [] }
  })
  const missingRequired = items.filter((i) => i.required && !i.present).map((i) => i.item)
  return { items, missingRequired, ready: missingRequired.length === 0, submitted }
}

const REQUIRED: TPackageItem[] = ['application_form', 'employment_proof', 'diagnosis']
const submitButton = () => screen.getByText('提交工伤认定申请').closest('taro-button-core') as HTMLElement

function renderChecklist(s: TPackageStatus, pdfUrl: string | null = null) {
  const handlers = { onPicked: jest.fn(), onSubmit: jest.fn(), onOpenPdf: jest.fn() }
  render(<PackageChecklist status={s} editable={s.submitted === null} busyItem={null} submitting={false} pdfUrl={pdfUrl} {...handlers} />)
  return handlers
}

describe('the application package checklist', () => {
  it('lists what is missing and keeps submit disabled until every required material is present', () => {
    const partial = status(['application_form', 'id_document'])
    expect(canSubmit(partial)).toBe(false)
    const { onSubmit } = renderChecklist(partial)
    expect(screen.getByText('尚缺必备材料：劳动关系证明、医疗诊断证明书（《工伤保险条例》第十八条）')).toBeInTheDocument()
    expect(within(document.getElementById('package-employment_proof')!).getByText('缺少')).toBeInTheDocument()
    expect(within(document.getElementById('package-application_form')!).getByText('已具备')).toBeInTheDocument()
    expect(within(document.getElementById('package-cctv_evidence')!).getAllByText('未提供')).toHaveLength(2)
    expect(submitButton().className).toContain('nut-button-disabled')
    fireEvent.click(screen.getByText('提交工伤认定申请'))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('enables submit once the three §18 materials are present, whatever the optional ones', () => {
    const complete = status(REQUIRED)
    expect(canSubmit(complete)).toBe(true)
    const { onSubmit } = renderChecklist(complete)
    expect(screen.getByText('必备材料已齐全')).toBeInTheDocument()
    expect(submitButton().className).not.toContain('nut-button-disabled')
    fireEvent.click(screen.getByText('提交工伤认定申请'))
    expect(onSubmit).toHaveBeenCalledTimes(1)
  })

  it('after submission hides submit and uploads, and shows the package PDF link', () => {
    const done = status(REQUIRED, { fileId: 'local://cases/c/application.pdf', sha256: 'ab'.repeat(32), submittedAt: '2025-03-01T05:00:00.000Z' })
    expect(canSubmit(done)).toBe(false)
    const { onOpenPdf } = renderChecklist(done, '/files/cases/c/application.pdf?exp=1&sig=x')
    expect(screen.queryByText('提交工伤认定申请')).toBeNull()
    expect(screen.queryByText('上传文件')).toBeNull()
    expect(screen.getByText(/申请已提交 2025-03-01 13:00/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('打开工伤认定申请材料PDF'))
    expect(onOpenPdf).toHaveBeenCalledWith('/files/cases/c/application.pdf?exp=1&sig=x')
  })
})

describe('the package page', () => {
  it('uploads a picked file (POST /upload), attaches it, then submits with the case version and shows the PDF link', async () => {
    setToken('tok-1')
    setRouterParams({ id: 'case-1' }, '/packages/insurer/pages/package/index')
    const view = makeCase()
    const workspace = { case: view, assignee: null, rosterCheck: { rosterFlag: 'insured', rosterFlagLabel: '在册参保', reportingEnterprise: view.enterpriseName, enrolmentUnit: view.enterpriseName, enrolledAt: '2024-01-01', unitMismatch: false, enrolledAfterAccident: false, flags: [] }, verification: null, summary: { summary: { accidentAt: '', place: '', cause: '', course: '', injuryDegree: '', measures: '', workerName: '', workerContact: '' }, saved: false, savedAt: null, savedByName: null }, investigation: { started: true, items: [], siteVisit: null, witnesses: [], interviews: [], noWitnessReason: null, cctv: null, authenticity: null, completedAt: null, deadline: { due: '2025-03-02T02:00:00.000Z', remainingLabel: '剩余 5小时', overdue: false, warning: true } }, package: status(['application_form', 'employment_proof']) }
    const insurer = (req: SeenRequest) => {
      const body = req.body as { action: string }
      if (body.action === 'workspace') return okReply(workspace)
      if (body.action === 'attachPackageItem') return okReply({ file: file('diagnosis'), package: status(REQUIRED) })
      return okReply({ case: makeCase({ state: { ...view.state, claim: 'application_submitted', version: 4 } }), package: { fileId: 'local://cases/case-1/application.pdf', url: '/files/cases/case-1/application.pdf?exp=1&sig=s', sha256: 'cd'.repeat(32), bytes: 9000 } })
    }
    const seen = stubFetch({ 'POST /api/user': okReply({ bound: true, me: makeMe({ role: 'insurer' }) }), 'POST /api/insurer': insurer, 'POST /upload?ext=pdf': okReply({ fileId: 'local://uploads/u/x.pdf', size: 5 }) })
    render(<InsurerPackagePage />)
    await screen.findByText(/尚缺必备材料：医疗诊断证明书/)
    const input = document.getElementById('package-input-diagnosis') as HTMLInputElement
    expect(submitButton().className).toContain('nut-button-disabled')
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], '诊断证明.pdf', { type: 'application/pdf' })] } })
    await waitFor(() => expect(submitButton().className).not.toContain('nut-button-disabled'))
    const upload = seen.find((r) => r.url === '/upload?ext=pdf')!
    expect(upload.headers.Authorization).toBe('Bearer tok-1')
    expect(seen.find((r) => (r.body as { action?: string } | undefined)?.action === 'attachPackageItem')?.body).toEqual({ action: 'attachPackageItem', caseId: 'case-1', item: 'diagnosis', fileId: 'local://uploads/u/x.pdf', name: '诊断证明.pdf' })
    fireEvent.click(screen.getByText('提交工伤认定申请'))
    expect(await screen.findByText('打开工伤认定申请材料PDF')).toBeInTheDocument()
    expect(seen.find((r) => (r.body as { action?: string } | undefined)?.action === 'submitApplication')?.body).toEqual({ action: 'submitApplication', caseId: 'case-1', expectedVersion: 3, note: '' })
  })
})
