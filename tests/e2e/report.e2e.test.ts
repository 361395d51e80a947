import type { Browser, Page } from 'playwright-core'
import { apiAs, lastBindCode, receivedMessages } from './api'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
beforeAll(async () => {
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).first()

async function signIn(entryId: string): Promise<Page> {
  const page = await (await phoneContext(browser)).newPage()
  await page.goto(runtimeUrl())
  await visible(page, `#${entryId}`).tap()
  return page
}

/** Taps counted from the moment the report form is open. */
function tapCounter(page: Page) {
  let taps = 0
  return {
    tap: async (selector: string) => {
      taps++
      await visible(page, selector).tap()
    },
    get count() {
      return taps
    },
  }
}

describe('one-tap report, end to end', () => {
  let caseNo = ''

  it('lets an officer report a rostered worker in at most 4 taps plus the description, and shows the case number and deadline', async () => {
    const page = await signIn('signin-u-officer-01')
    await visible(page, '#report-button').tap()
    await visible(page, '#roster-roster-ent-01-1').waitFor({ timeout: 30_000 })
    const user = tapCounter(page)
    await user.tap('#roster-roster-ent-01-1')
    await user.tap('#chip-body-0-hand')
    await user.tap('#chip-severity-0-serious')
    await visible(page, '#report-description textarea').fill('职工在冲床作业时右手被模具夹伤，已停机并送医。')
    await user.tap('#report-submit')
    const result = visible(page, '#report-result')
    await result.waitFor({ timeout: 30_000 })
    expect(user.count).toBeLessThanOrEqual(4)
    const text = await result.innerText()
    caseNo = /WJ\d{8}-\d{4}/.exec(text)![0]
    expect(text).toContain('刘建国（演示）')
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 前完成现场调查（剩余 2[34]小时/)
    await page.context().close()
  })

  it('posts the report to the insurer\'s service group once', async () => {
    expect(await apiAs('u-bureau-01', 'outbox', { action: 'dispatch' })).toMatchObject({ ok: true })
    const messages = (await receivedMessages()).filter((m) => m.markdown.includes(caseNo))
    expect(messages).toHaveLength(1)
    expect(messages[0].markdown).toContain('常州东方特钢有限公司')
    expect(messages[0].markdown).toContain('3204**********1007')
  })

  it('lets the injured worker bind with the phone code and follow the case and its timeline', async () => {
    const page = await signIn('signin-guest')
    await visible(page, '#bind-name input').fill('刘建国（演示）')
    await visible(page, '#bind-id input').fill('320483198501101007')
    await visible(page, '#bind-phone input').fill('13800000000')
    await visible(page, '#bind-send-code').tap()
    let code: string | null = null
    for (let i = 0; i < 50 && !code; i++) {
      code = lastBindCode('13800000000')
      if (!code) await page.waitForTimeout(200)
    }
    expect(code).toMatch(/^\d{6}$/)
    await visible(page, '#bind-otp input').fill(code!)
    await visible(page, '#bind-submit').tap()
    await page.locator('.user-header__title', { hasText: '我的工伤案件' }).filter({ visible: true }).waitFor({ timeout: 30_000 })
    await page.locator('.nut-cell', { hasText: caseNo }).filter({ visible: true }).first().tap()
    await page.getByText('企业报案').filter({ visible: true }).first().waitFor({ timeout: 30_000 })
    await page.getByText('张安全（演示）').filter({ visible: true }).first().waitFor()
    await page.context().close()
  })

  it('hides the case from another enterprise\'s officer', async () => {
    const page = await signIn('signin-u-officer-05')
    await page.locator('.user-header__title', { hasText: '企业工作台' }).filter({ visible: true }).waitFor({ timeout: 30_000 })
    await page.getByText('暂无案件').filter({ visible: true }).first().waitFor({ timeout: 30_000 })
    expect(await page.getByText(caseNo).count()).toBe(0)
    await page.context().close()
  })
})
