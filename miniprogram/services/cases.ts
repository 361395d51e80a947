import { caseApi } from '../../shared/api/case.api'
import type { TCaseView, TTimelineEntry } from '../../shared/api/case.schema'
import { callFunction } from './call'

/** A case with its timeline, as the detail page shows it. */
export interface CaseDetail {
  case: TCaseView
  timeline: TTimelineEntry[]
}

/** 我可见的案件（最新在前）. */
export async function listCases(limit = 50): Promise<TCaseView[]> {
  const { cases } = await callFunction(caseApi, 'list', { limit })
  return cases
}

/** 案件详情及时间线. */
export function getCase(caseId: string): Promise<CaseDetail> {
  return callFunction(caseApi, 'get', { caseId })
}
