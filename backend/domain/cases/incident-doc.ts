import type { TWitness } from '../../../shared/api/report.schema'

/** One accident as reported: shared facts, its witnesses, and the case of each injured worker. */
export interface IncidentDoc {
  _id: string
  enterpriseId: string
  enterpriseName: string
  town: string
  accidentAt: string
  reportedAt: string
  place: string
  location: { latitude: number; longitude: number } | null
  description: string
  measures: string[]
  measuresNote: string
  witnesses: Array<Required<TWitness>>
  caseIds: string[]
  caseNos: string[]
  reporterId: string
  [key: string]: unknown
}
