import type { Browser } from 'playwright-core'
import { apiAs } from './api'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
beforeAll(async () => {
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

describe('a report made without network', () => {
  it('waits on the phone as 待发送 and, back online, becomes exactly one case', async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const visible = (selector: string) => page.locator(selector).filter({ visible: true }).first()
    await page.goto(runtimeUrl())
    await visible('#signin-u-officer-16').tap()
    const before = (await apiAs('u-officer-16', 'case', { action: 'list' })).data.cases.length
    await visible('#report-button').tap()
    await visible('[id^="roster-roster-ent-16-"]').tap()
    await visible('#chip-body-0-foot').tap()
    await visible('#chip-severity-0-moderate').tap()
    await visible('#report-description textarea').fill('断网测试：职工搬运钢卷时脚部被砸伤。')
    await context.setOffline(true)
    await visible('#report-submit').tap()
    await visible('#pending-reports').waitFor({ timeout: 30_000 })
    expect(await visible('#pending-reports').innerText()).toContain('待发送')
    expect((await apiAs('u-officer-16', 'case', { action: 'list' })).data.cases.length).toBe(before)
    await context.setOffline(false)
    await visible('#report-result').waitFor({ timeout: 30_000 })
    const after = (await apiAs('u-officer-16', 'case', { action: 'list' })).data.cases as Array<{ description: string }>
    expect(after.length).toBe(before + 1)
    expect(after.filter((c) => c.description.startsWith('断网测试'))).toHaveLength(1)
    await page.waitForTimeout(6000)
    expect((await apiAs('u-officer-16', 'case', { action: 'list' })).data.cases.length).toBe(before + 1)
    await context.close()
  })
})
