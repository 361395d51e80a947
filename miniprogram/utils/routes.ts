import Taro from '@tarojs/taro'
import type { HumanRole, Role } from '../../shared/roles'

/** Where an injured worker binds their WeChat account to their identity. */
export const BIND_PAGE = '/pages/bind/index'

/** The first page, where every session starts. */
export const SIGN_IN_PAGE = '/pages/sign-in/index'

/** Each role's home: officers and workers in the main package, desk roles in their subpackage. */
export const HOME_PAGES: Record<HumanRole, string> = {
  officer: '/pages/home/index',
  worker: '/pages/home/index',
  insurer: '/packages/insurer/pages/home/index',
  hospital: '/packages/hospital/pages/home/index',
  bureau: '/packages/bureau/pages/home/index',
}

/** The heading of each role's home page. */
export const HOME_TITLES: Record<HumanRole, string> = {
  officer: '企业工作台',
  worker: '我的工伤案件',
  insurer: '商保工作台',
  hospital: '医院工作台',
  bureau: '人社局工作台',
}

/** True for roles a person can sign in as (not the timer-only 'system'). */
export function isHumanRole(role: Role): role is HumanRole {
  return role in HOME_PAGES
}

/** The home page of a role, or null for roles without one. */
export function homePageOf(role: Role): string | null {
  return isHumanRole(role) ? HOME_PAGES[role] : null
}

/** The case detail page of one case. */
export function casePageOf(caseId: string): string {
  return `/pages/case/index?id=${encodeURIComponent(caseId)}`
}

/** Start over at sign-in, dropping the page stack. */
export function goSignIn(): void {
  void Taro.reLaunch({ url: SIGN_IN_PAGE })
}

/** Open the role's home as the only page on the stack; false when the role has no home. */
export function goHome(role: Role): boolean {
  const url = homePageOf(role)
  if (!url) return false
  void Taro.reLaunch({ url })
  return true
}
