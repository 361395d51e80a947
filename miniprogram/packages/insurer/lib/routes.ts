import Taro from '@tarojs/taro'

/** The insurer desk's pages (subpackage `packages/insurer`). */
export const INSURER_PAGES = {
  home: '/packages/insurer/pages/home/index',
  hotline: '/packages/insurer/pages/hotline/index',
  workspace: '/packages/insurer/pages/case/index',
  verify: '/packages/insurer/pages/verify/index',
  investigation: '/packages/insurer/pages/investigation/index',
  interview: '/packages/insurer/pages/interview/index',
  package: '/packages/insurer/pages/package/index',
} as const

/** A desk page. */
export type InsurerPage = keyof typeof INSURER_PAGES

/** The URL of a desk page with its query (values are URI-encoded). */
export function insurerPageUrl(page: InsurerPage, query: Record<string, string | number> = {}): string {
  const pairs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return pairs.length > 0 ? `${INSURER_PAGES[page]}?${pairs.join('&')}` : INSURER_PAGES[page]
}

/** Open a desk page on top of the current one. */
export function openInsurerPage(page: InsurerPage, query: Record<string, string | number> = {}): void {
  void Taro.navigateTo({ url: insurerPageUrl(page, query) })
}
