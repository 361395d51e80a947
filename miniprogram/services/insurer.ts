import { insurerApi } from '../../shared/api/insurer.api'
import type { InputOf, OutputOf } from '../../shared/api/define'
import type { TInvestigationEntry } from '../../shared/insurer/investigation'
import type { TPackageItem } from '../../shared/insurer/package'
import type { TFollowUpSummary } from '../../shared/insurer/summary'
import { callFunction } from './call'

type Actions = typeof insurerApi.actions

/** The inbox: new reports, then the caller's open cases by nearest deadline. */
export type InsurerInbox = OutputOf<Actions['inbox']>
/** Everything the desk shows for one case. */
export type InsurerWorkspace = OutputOf<Actions['workspace']>
/** A generated PDF: file id, temporary URL, SHA-256, size. */
export type InsurerPdf = OutputOf<Actions['summaryPdf']>
/** What a hotline report sends. */
export type HotlineInput = InputOf<Actions['hotlineReport']>
/** What a hotline report answers. */
export type HotlineResult = OutputOf<Actions['hotlineReport']>

/** 商保收件箱. */
export function fetchInbox(): Promise<InsurerInbox> {
  return callFunction(insurerApi, 'inbox', {})
}

/** 认领案件（版本号防并发）. */
export function claimCase(caseId: string, expectedVersion: number) {
  return callFunction(insurerApi, 'claim', { caseId, expectedVersion })
}

/** 主管指派或改派案件. */
export function assignCase(caseId: string, agentId: string, expectedVersion: number, note = '') {
  return callFunction(insurerApi, 'assign', { caseId, agentId, expectedVersion, note })
}

/** 电话报案登记. */
export function reportByHotline(input: HotlineInput): Promise<HotlineResult> {
  return callFunction(insurerApi, 'hotlineReport', input)
}

/** 案件工作台数据. */
export function fetchWorkspace(caseId: string): Promise<InsurerWorkspace> {
  return callFunction(insurerApi, 'workspace', { caseId })
}

/** 核实参保（确认或更正）. */
export function verifyInsured(caseId: string, expectedVersion: number, insured: boolean, note: string) {
  return callFunction(insurerApi, 'verify', { caseId, expectedVersion, insured, note })
}

/** 保存首跟资料汇总. */
export function saveSummary(caseId: string, summary: TFollowUpSummary) {
  return callFunction(insurerApi, 'saveSummary', { caseId, summary })
}

/** 导出首跟资料汇总PDF. */
export function exportSummaryPdf(caseId: string): Promise<InsurerPdf> {
  return callFunction(insurerApi, 'summaryPdf', { caseId })
}

/** 开始现场调查. */
export function startInvestigation(caseId: string, expectedVersion: number, note = '') {
  return callFunction(insurerApi, 'startInvestigation', { caseId, expectedVersion, note })
}

/** 记录调查清单的一项. */
export function recordInvestigation(caseId: string, entry: TInvestigationEntry) {
  return callFunction(insurerApi, 'recordInvestigation', { caseId, entry })
}

/** 申请材料清单. */
export function fetchPackageStatus(caseId: string) {
  return callFunction(insurerApi, 'packageStatus', { caseId })
}

/** 上传申请材料. */
export function attachPackageItem(caseId: string, item: TPackageItem, fileId: string, name: string) {
  return callFunction(insurerApi, 'attachPackageItem', { caseId, item, fileId, name: name.slice(0, 100) })
}

/** 提交工伤认定申请. */
export function submitApplication(caseId: string, expectedVersion: number, note = '') {
  return callFunction(insurerApi, 'submitApplication', { caseId, expectedVersion, note })
}
