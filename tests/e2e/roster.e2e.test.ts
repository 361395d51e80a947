import type { Browser } from 'playwright-core'
import { idCheckChar } from '../../shared/idcard'
import { apiAs } from './api'
import { launchBrowser, phoneContext, runtimeUrl } from './browser'

let browser: Browser
let close: () => Promise<void>
beforeAll(async () => {
  ;({ browser, close } = await launchBrowser())
})
afterAll(async () => close())

describe('roster import in the browser', () => {
  it('previews a file with a bad row, confirms, and the roster check then knows the new employee', async () => {
    const body = '32048319951111333'
    const idNumber = body + idCheckChar(body)
    const csv = `姓名,身份证号,手机号,参保日期,参保单位\n导入测试员,${idNumber},13933334444,2024-06-01,新誉集团有限公司\n坏行,320483199511113330,13933334445,2024-06-01,新誉集团有限公司\n`
    const page = await (await phoneContext(browser)).newPage()
    const visible = (selector: string) => page.locator(selector).filter({ visible: true }).first()
    await page.goto(runtimeUrl())
    await visible('#signin-u-officer-05').tap()
    await visible('#link-roster').tap()
    await page.locator('#roster-file').setInputFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    const preview = visible('#roster-preview')
    await preview.waitFor({ timeout: 30_000 })
    const text = await preview.innerText()
    expect(text).toContain('新增：1 行')
    expect(text).toContain('无效：1 行')
    expect(text).toContain('校验位')
    await visible('#roster-confirm').tap()
    await visible('#roster-done').waitFor({ timeout: 30_000 })
    expect(await visible('#roster-done').innerText()).toContain('新增 1 人')
    const found = await apiAs('u-officer-05', 'roster', { action: 'search', query: '导入测试员' })
    expect(found).toMatchObject({ ok: true, data: { entries: [expect.objectContaining({ name: '导入测试员', idMasked: expect.stringMatching(/^3204\*+/) })] } })
    await page.context().close()
  })
})
