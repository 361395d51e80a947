import { directoryApi } from '../../shared/api/directory.api'
import { evidenceApi, type TMediaItem } from '../../shared/api/evidence.api'
import { rosterApi, type TRosterEntry } from '../../shared/api/roster.api'
import type { Enterprise } from '../../shared/enterprise/schema'
import type { THospital } from '../../shared/directory/hospital'
import { callFunction } from './call'

/* Reference data and evidence the insurer's desk reads besides its own function. */

/** 优质企业名单（仅正常状态）. */
export async function listActiveEnterprises(): Promise<Enterprise[]> {
  const { enterprises } = await callFunction(directoryApi, 'listEnterprises', { status: 'active' })
  return enterprises
}

/** 定点医院. */
export async function listHospitals(): Promise<THospital[]> {
  const { hospitals } = await callFunction(directoryApi, 'listHospitals', {})
  return hospitals
}

/** 在某企业参保名册中查找职工. */
export async function searchRoster(enterpriseId: string, query: string): Promise<TRosterEntry[]> {
  const { entries } = await callFunction(rosterApi, 'search', { enterpriseId, query })
  return entries
}

/** 本案现场照片和视频. */
export async function listCaseMedia(caseId: string): Promise<TMediaItem[]> {
  const { media } = await callFunction(evidenceApi, 'listMedia', { caseId })
  return media
}

/** 把已上传的照片或视频加入本案证据. */
export async function attachCaseMedia(caseId: string, fileId: string, location?: { latitude: number; longitude: number }): Promise<TMediaItem> {
  const { media } = await callFunction(evidenceApi, 'attachMedia', { caseId, fileId, ...(location ? { location } : {}) })
  return media
}
