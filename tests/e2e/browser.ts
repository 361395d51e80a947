import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Fail loudly, with the fix, when Chromium is not installed: a browser test never skips silently. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`)
  }
}

/** What global-setup started: the runtime's URL, the receiver's read-back URL, the runtime's log file. */
export function e2eState(): { url: string; receivedUrl: string; logFile: string } {
  return JSON.parse(readFileSync(path.join(__dirname, '..', '..', '.tmp', 'e2e-runtime.json'), 'utf8')) as { url: string; receivedUrl: string; logFile: string }
}

/** The running runtime's base URL, written by global-setup. */
export function runtimeUrl(): string {
  return e2eState().url
}

/** A headless Chromium with the flags this closed network needs, and a fresh profile. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  assertChromiumInstalled()
  // Playwright refuses --user-data-dir in args; it gives every launch a fresh temporary profile itself.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  })
  return {
    browser,
    close: () => browser.close(),
  }
}

/** A phone-sized context with touch, as Taro's H5 form components expect. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
}
