import type { Browser, Page } from 'playwright-core'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
beforeAll(async () => {
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

/** Visible text only: Taro's H5 keeps hidden pages and a navigation bar that repeats the title. */
const visible = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()

async function signInAs(userId: string): Promise<Page> {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto(runtimeUrl())
  const entry = page.locator(`#signin-${userId}`)
  await entry.waitFor({ state: 'visible', timeout: 30_000 })
  await entry.tap()
  return page
}

describe('sign in as each role and land on that role\'s home', () => {
  it.each([
    ['u-officer-01', '企业工作台', '张安全（演示）', '常州东方特钢有限公司'],
    ['u-worker-01', '我的工伤案件', '陈师傅（演示）', '常州东方特钢有限公司'],
    ['u-insurer-01', '商保工作台', '赵调查员（演示）', '（演示）社商合作商保公司'],
    ['u-hospital-01', '医院工作台', '孙医生（演示）', '（演示）武进区定点医院甲'],
    ['u-bureau-01', '人社局工作台', '周科员（演示）', '常州市武进区人力资源和社会保障局'],
  ])('%s reaches %s', async (userId, heading, name, org) => {
    const page = await signInAs(userId)
    await page.locator('.user-header__title', { hasText: heading }).filter({ visible: true }).waitFor({ timeout: 30_000 })
    await visible(page, name).waitFor()
    await visible(page, org).waitFor()
    await page.context().close()
  })

  it('shows the demo case to its worker but not to another enterprise\'s officer', async () => {
    const worker = await signInAs('u-worker-01')
    await visible(worker, '常州东方特钢有限公司').waitFor({ timeout: 30_000 })
    await visible(worker, /WJ\d{8}-\d{4}/).waitFor({ timeout: 30_000 })
    await worker.context().close()
    const other = await signInAs('u-officer-05')
    await other.locator('.user-header__title', { hasText: '企业工作台' }).filter({ visible: true }).waitFor({ timeout: 30_000 })
    await visible(other, '暂无案件').waitFor({ timeout: 30_000 })
    expect(await other.getByText(/WJ\d{8}-\d{4}/).count()).toBe(0)
    await other.context().close()
  })

  it('signs out back to the sign-in page', async () => {
    const page = await signInAs('u-bureau-01')
    await page.locator('.user-header__title', { hasText: '人社局工作台' }).filter({ visible: true }).waitFor({ timeout: 30_000 })
    await page.locator('taro-button-core', { hasText: '退出登录' }).filter({ visible: true }).tap()
    await page.locator('#signin-u-bureau-01').waitFor({ timeout: 30_000 })
    await page.context().close()
  })
})
