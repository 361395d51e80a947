import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { makePng } from '../support/png'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
/* Read once: every call of this file goes to the same runtime. */
let origin = ''
beforeAll(async () => {
  origin = runtimeUrl().replace(/\/+$/, '')
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

type Reply = { ok: true; data: any } | { ok: false; code: string; message: string }
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'insurer')
const WAIT = { timeout: 30_000 }
const STEPS = ['企业报案', '商保公司认领案件', '核实参保', '开始现场调查', '提交工伤认定申请']
/** Steps that change no state but still show on the timeline the officer and worker follow. */
const NOTES = ['完成首跟资料汇总', '现场走访（已拍照）', '完成证人调查笔录（证人已签名）', '作出事故真实性结论']
const INTERVIEW = '问：请陈述你看到的情况。答：我看到冲床模具下行时陈师傅的左手还在模具下方，随即按下急停并报告班长。'

/** A session token for a demo user, straight from the runtime's dev sign-in. */
async function tokenOf(userId: string): Promise<string> {
  const res = await fetch(`${origin}/dev/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) })
  return ((await res.json()) as { data: { token: string } }).data.token
}

/** Call a cloud function over the runtime's HTTP API as that token's user. */
async function api(token: string, fn: string, event: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${origin}/api/${fn}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(event) })
  return (await res.json()) as Reply
}

/** Report an accident as the ent-01 officer for the demo worker (roster-ent-01-0) with one witness; the new case. */
async function reportAsOfficer(): Promise<{ caseId: string; caseNo: string }> {
  const reply = await api(await tokenOf('u-officer-01'), 'case', {
    action: 'report', requestId: randomUUID(),
    injured: [{ worker: { kind: 'roster', rosterId: 'roster-ent-01-0' }, bodyPart: 'hand', severity: 'serious', hospitalId: 'hosp-demo-1' }],
    witnesses: [{ name: '王班长（演示）', phone: '13811112222', relation: 'supervisor', statement: '' }],
    accidentAt: new Date(Date.now() - 3600_000).toISOString(), place: '二号车间冲压线（演示）',
    description: '（演示）职工在冲床作业时左手被模具夹伤，现场立即停机。', measures: ['sent_to_hospital', 'equipment_stopped'], measuresNote: '',
  })
  if (!reply.ok) throw new Error(`report refused: ${reply.code} ${reply.message}`)
  return reply.data.cases[0]
}

/** Visible text only: Taro's H5 keeps hidden pages and a navigation bar that repeats the title. */
const visible = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()
/** The visible NutUI button with this text (inside a scope, when given). */
const button = (scope: Page | Locator, text: string) => scope.locator('taro-button-core', { hasText: text }).filter({ visible: true }).first()
/** The visible field wrapper with this id; its real <input>/<textarea> inside. */
const field = (page: Page, id: string, tag = 'input') => page.locator(`#${id}`).filter({ visible: true }).locator(tag).first()

async function signInAs(userId: string): Promise<Page> {
  const page = await (await phoneContext(browser)).newPage()
  await page.goto(`${origin}/`)
  await page.locator(`#signin-${userId}`).tap(WAIT)
  return page
}

/** Draw a zigzag signature on the visible canvas with the pointer. */
async function sign(page: Page): Promise<void> {
  const box = (await page.locator('#signature-canvas').filter({ visible: true }).boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? -30 : 30), { steps: 3 })
  await page.mouse.up()
}

/** Tap something that opens a PDF in a new tab; check the tab serves a PDF. */
async function expectPdfOpened(page: Page, trigger: () => Promise<void>): Promise<void> {
  const popup = page.context().waitForEvent('page', WAIT)
  await trigger()
  const tab = await popup
  const res = await fetch(tab.url())
  expect(res.status).toBe(200)
  expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await tab.close()
}

describe('the insurer desk end to end', () => {
  it('claims, verifies, summarises, investigates and submits; officer and worker timelines show each step', async () => {
    const { caseId, caseNo } = await reportAsOfficer()
    const page = await signInAs('u-insurer-01')
    await page.locator('.user-header__title', { hasText: '商保工作台' }).filter({ visible: true }).waitFor(WAIT)

    /* Inbox: the new report with enterprise, worker (masked ID), roster flag and time left; claim it. */
    const line = page.locator(`#inbox-${caseId}`)
    await line.waitFor(WAIT)
    for (const text of [caseNo, '常州东方特钢有限公司', '陈师傅（演示）', '在册参保', /现场调查 剩余/, /\*{10}/]) await line.getByText(text).first().waitFor()
    await button(line, '认领').tap()
    await page.locator(`#inbox-${caseId}.inbox__item--mine`).waitFor(WAIT)
    await visible(page, caseNo).waitFor()
    await page.locator(`#inbox-${caseId} .inbox__main`).tap()

    /* Workspace → verification and the first follow-up summary with its PDF. */
    await page.locator('#desk-assignee', { hasText: '赵调查员（演示）（我）' }).waitFor(WAIT)
    await page.locator('#clock-site', { hasText: '剩余' }).waitFor()
    await page.locator('#clock-filing', { hasText: '剩余' }).waitFor()
    await page.locator('#step-verify').tap()
    await page.locator('#roster-enrolment', { hasText: '常州东方特钢有限公司' }).filter({ visible: true }).waitFor(WAIT)
    await field(page, 'verify-note').fill('已电话核实企业人事，参保单位一致')
    await button(page, '确认在该企业参保').tap()
    await page.locator('#verification-result', { hasText: '已确认：在该企业参保' }).waitFor(WAIT)
    await field(page, 'summary-cause').fill('冲床模具下行时手部未离开危险区域')
    await button(page, '保存汇总').tap()
    await page.locator('#summary-state', { hasText: '已保存' }).waitFor(WAIT)
    await expectPdfOpened(page, () => button(page, '导出PDF').tap())
    await page.goBack()

    /* Investigation: start, site photo, the witness's signed record, CCTV, authenticity. */
    await page.locator('#step-investigation').filter({ visible: true }).tap(WAIT)
    await button(page, '开始现场调查').tap(WAIT)
    await page.locator('#form-site').waitFor(WAIT)
    await page.locator('#site-photo-input').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: makePng(640, 480, 7) })
    await page.locator('#form-site .media-picker__item--on').waitFor(WAIT)
    await field(page, 'site-note').fill('二号车间冲床工位，已拍照')
    await button(page, '保存现场勘查').tap()
    await page.locator('#check-site_visit', { hasText: '已完成' }).waitFor(WAIT)
    await button(page.locator('#witness-0'), '制作笔录').tap()
    await field(page, 'interview-record', 'textarea').fill(INTERVIEW)
    await sign(page)
    await button(page, '确认签名').tap()
    await visible(page, '签名已保存').waitFor(WAIT)
    await button(page, '保存笔录').tap()
    await page.locator('#check-interviews', { hasText: '已完成' }).filter({ visible: true }).waitFor(WAIT)
    await page.locator('#cctv-unavailable').tap()
    await field(page, 'cctv-text').fill('该工位无监控覆盖')
    await button(page, '保存监控情况').tap()
    await page.locator('#check-cctv', { hasText: '已完成' }).waitFor(WAIT)
    await field(page, 'authenticity-reasoning', 'textarea').fill('证人证言与现场痕迹、伤情一致')
    await button(page, '保存结论').tap()
    await visible(page, '调查清单（已完成）').waitFor(WAIT)
    await page.goBack()

    /* Package: required materials gate the submission; then the package PDF. */
    await page.locator('#step-package').filter({ visible: true }).tap(WAIT)
    await page.locator('#package-missing', { hasText: '工伤认定申请表、劳动关系证明、医疗诊断证明书' }).waitFor(WAIT)
    expect(await button(page, '提交工伤认定申请').getAttribute('class')).toContain('nut-button-disabled')
    const uploads: [string, string, Buffer][] = [
      ['application_form', '工伤认定申请表.pdf', readFileSync(path.join(FIXTURES, 'application-form-demo.pdf'))],
      ['employment_proof', '劳动合同.png', makePng(300, 200, 5)],
      ['diagnosis', '诊断证明.jpg', readFileSync(path.join(FIXTURES, 'diagnosis-demo.jpg'))],
    ]
    for (const [item, name, buffer] of uploads) {
      await page.locator(`#package-input-${item}`).setInputFiles({ name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'image/png', buffer })
      await page.locator(`#package-${item}`, { hasText: name }).waitFor(WAIT)
    }
    await page.locator('#package-missing', { hasText: '必备材料已齐全' }).waitFor(WAIT)
    await button(page, '提交工伤认定申请').tap()
    await page.locator('#package-submitted', { hasText: '申请已提交' }).waitFor(WAIT)
    await expectPdfOpened(page, () => page.locator('#package-pdf-link').tap())
    await page.context().close()

    /* The officer (in the browser) and the worker (API and browser) see each step on the timeline. */
    for (const userId of ['u-officer-01', 'u-worker-01']) {
      const reply = await api(await tokenOf(userId), 'case', { action: 'get', caseId })
      if (!reply.ok) throw new Error(`${userId}: ${reply.code}`)
      const titles: string[] = reply.data.timeline.map((e: { title: string }) => e.title)
      expect(titles.filter((t) => STEPS.includes(t))).toEqual(STEPS)
      for (const note of NOTES) expect(titles).toContain(note)
      const viewer = await signInAs(userId)
      await viewer.locator('.user-header__title').filter({ visible: true }).waitFor(WAIT)
      await viewer.goto(`${origin}/#/pages/case/index?id=${encodeURIComponent(caseId)}`)
      for (const step of STEPS) await visible(viewer, step).waitFor(WAIT)
      await viewer.context().close()
    }
  })

  it('tells the slower of two agents the case changed, and shows the case as it now stands', async () => {
    const { caseId } = await reportAsOfficer()
    const page = await signInAs('u-insurer-01')
    const line = page.locator(`#inbox-${caseId}`)
    await line.waitFor(WAIT)
    const supervisor = await tokenOf('u-insurer-02')
    const claimed = await api(supervisor, 'insurer', { action: 'workspace', caseId })
    expect(claimed.ok && (await api(supervisor, 'insurer', { action: 'claim', caseId, expectedVersion: claimed.data.case.state.version })).ok).toBe(true)
    await button(line, '认领').tap()
    await visible(page, '案件已被他人更新，请刷新后重试').waitFor(WAIT)
    await line.waitFor({ state: 'detached', timeout: 30_000 })
    await page.context().close()
  })

  it('enters a phoned-in report: the same case, marked as phoned in, on the officer\'s timeline', async () => {
    const page = await signInAs('u-insurer-01')
    await button(page, '电话报案').tap(WAIT)
    await field(page, 'hotline-enterprise-filter').fill('东方特钢')
    await visible(page, '常州东方特钢有限公司').tap(WAIT)
    await field(page, 'hotline-caller-name').fill('王来电（演示）')
    await field(page, 'hotline-caller-phone').fill('13812345678')
    await field(page, 'injured-0-query').fill('杨')
    await button(page, '查找').tap()
    await visible(page, /杨秀英（演示） 3204/).tap(WAIT)
    for (const chip of ['injured-0-body-hand', 'injured-0-severity-moderate', 'injured-0-hospital-hosp-demo-1', 'hotline-measure-sent_to_hospital']) await page.locator(`#${chip}`).tap()
    await field(page, 'hotline-place').fill('三号车间（演示）')
    await field(page, 'hotline-description', 'textarea').fill('（演示）搬运钢材时脚部被砸伤，已送医。')
    await button(page, '提交电话报案').tap()
    const caseNo = (await page.locator('#hotline-result .checklist__row').first().textContent(WAIT))!.match(/WJ\d{8}-\d{4}/)![0]
    const cases = await api(await tokenOf('u-officer-01'), 'case', { action: 'list', limit: 20 })
    const found = cases.ok && cases.data.cases.find((c: { caseNo: string }) => c.caseNo === caseNo)
    expect(found).toMatchObject({ phonedIn: true, worker: { name: '杨秀英（演示）' } })
    const detail = await api(await tokenOf('u-officer-01'), 'case', { action: 'get', caseId: found.id })
    expect(detail.ok && detail.data.timeline[0].title).toBe('电话报案')
    await page.context().close()
  })

  it('keeps an enterprise officer out of the insurer pages and actions', async () => {
    const { caseId } = await reportAsOfficer()
    const officer = await tokenOf('u-officer-01')
    for (const event of [{ action: 'inbox' }, { action: 'workspace', caseId }, { action: 'claim', caseId, expectedVersion: 1 }]) {
      expect(await api(officer, 'insurer', event)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    }
    const page = await signInAs('u-officer-01')
    await page.locator('.user-header__title', { hasText: '企业工作台' }).filter({ visible: true }).waitFor(WAIT)
    for (const target of ['/packages/insurer/pages/home/index', `/packages/insurer/pages/case/index?id=${caseId}`]) {
      await page.goto(`${origin}/#${target}`)
      await page.locator('.user-header__title', { hasText: '企业工作台' }).filter({ visible: true }).waitFor(WAIT)
      await page.waitForURL(/#\/pages\/home\/index/, WAIT)
      expect(await page.getByText('商保工作台').filter({ visible: true }).count()).toBe(0)
      expect(await page.getByText('认领').filter({ visible: true }).count()).toBe(0)
    }
    await page.context().close()
  })
})
