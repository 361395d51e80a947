import Taro from '@tarojs/taro'

/** What the officer has typed so far, kept while they type so a crash or a call loses nothing. */
export interface ReportDraft {
  requestId: string
  savedAt: string
  fields: Record<string, unknown>
}

const keyOf = (userId: string) => `report-draft:${userId}`

/** The officer's unfinished report, if any. */
export function loadDraft(userId: string): ReportDraft | null {
  const value: unknown = Taro.getStorageSync(keyOf(userId))
  return value && typeof value === 'object' && 'requestId' in value ? (value as ReportDraft) : null
}

/** Keep the unfinished report. */
export function saveDraft(userId: string, draft: ReportDraft): void {
  Taro.setStorageSync(keyOf(userId), draft)
}

/** Forget the draft once the report is sent or queued. */
export function clearDraft(userId: string): void {
  Taro.removeStorageSync(keyOf(userId))
}

/** The hospital this officer chose last time (a sensible default for the next report). */
export function lastHospital(userId: string): string | null {
  const value: unknown = Taro.getStorageSync(`last-hospital:${userId}`)
  return typeof value === 'string' && value ? value : null
}

/** Remember the hospital chosen in a sent report. */
export function rememberHospital(userId: string, hospitalId: string): void {
  Taro.setStorageSync(`last-hospital:${userId}`, hospitalId)
}
