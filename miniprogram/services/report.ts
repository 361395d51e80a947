import Taro from '@tarojs/taro'
import { caseApi } from '../../shared/api/case.api'
import { directoryApi } from '../../shared/api/directory.api'
import type { TReportInput } from '../../shared/api/report.schema'
import { rosterApi, type TRosterEntry } from '../../shared/api/roster.api'
import type { THospital } from '../../shared/directory/hospital'
import type { Enterprise } from '../../shared/enterprise/schema'
import { callFunction } from './call'
import { createReportQueue } from './report-queue'

/** The reply to a report: case numbers and the 24 h deadline. */
export type ReportResult = Awaited<ReturnType<typeof sendReport>>

/** 提交报案（同一 requestId 重试不会重复立案）. */
export function sendReport(input: TReportInput) {
  return callFunction(caseApi, 'report', input)
}

/** 报案队列：无网络时保存在手机上，恢复网络后自动发送. */
export const reportQueue = createReportQueue<ReportResult>({
  storage: { get: (key) => Taro.getStorageSync(key), set: (key, value) => Taro.setStorageSync(key, value) },
  send: sendReport,
})

/** 搜索本企业参保名册（姓名或身份证后几位）. */
export async function searchRoster(query: string): Promise<TRosterEntry[]> {
  return (await callFunction(rosterApi, 'search', { query })).entries
}

/** 定点医院列表. */
export async function listHospitals(): Promise<THospital[]> {
  return (await callFunction(directoryApi, 'listHospitals', {})).hospitals
}

/** 本企业（报案人绑定的企业）. */
export async function myEnterprise(enterpriseId: string): Promise<Enterprise | null> {
  const { enterprises } = await callFunction(directoryApi, 'listEnterprises', {})
  return enterprises.find((e) => e._id === enterpriseId) ?? null
}

/** A fresh request id for one report (kept across its retries). */
export function newRequestId(): string {
  const c = globalThis.crypto as Crypto | undefined
  if (c?.randomUUID) return c.randomUUID()
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}

/** Send waiting reports whenever the network comes back (call once at app start). */
export function flushReportsOnReconnect(): void {
  Taro.onNetworkStatusChange?.((res) => {
    if (res.isConnected) void reportQueue.flush()
  })
  if (typeof window !== 'undefined') window.addEventListener('online', () => void reportQueue.flush())
}
