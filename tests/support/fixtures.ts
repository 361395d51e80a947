import type { TMe } from '../../shared/api/user.api'
import type { TCaseView, TTimelineEntry } from '../../shared/api/case.schema'

/* Test data for component tests only; pages never carry user data of their own. */

/** A signed-in user of the given role. */
export function makeMe(overrides: Partial<TMe> = {}): TMe {
  return { id: 'u-officer-1', role: 'officer', name: '王安全', orgName: '常州示例机械有限公司', demo: true, supervisor: false, ...overrides }
}

/** The dev user list the local runtime would answer. */
export const DEV_USERS = [
  { id: 'u-officer-1', name: '王安全', role: 'officer', roleLabel: '企业专职人员', orgName: '常州示例机械有限公司' },
  { id: 'u-worker-1', name: '李职工', role: 'worker', roleLabel: '受伤职工', orgName: '常州示例机械有限公司' },
  { id: 'u-insurer-1', name: '赵商保', role: 'insurer', roleLabel: '商保公司', orgName: '示例商保公司' },
  { id: 'u-hospital-1', name: '钱医生', role: 'hospital', roleLabel: '定点医院', orgName: '示例定点医院' },
  { id: 'u-bureau-1', name: '孙审核', role: 'bureau', roleLabel: '区人社局', orgName: '武进区人社局' },
  { id: 'u-officer-2', name: '周专员', role: 'officer', roleLabel: '企业专职人员', orgName: '常州示例电子有限公司' },
] as const

/** A case as the backend would show it (validated against ZCaseView by the service layer). */
export function makeCase(overrides: Partial<TCaseView> = {}): TCaseView {
  return {
    id: 'case-1',
    caseNo: 'GS-2025-0001',
    incidentId: 'inc-1',
    enterpriseId: 'ent-1',
    enterpriseName: '常州示例机械有限公司',
    town: '湖塘镇',
    hospitalId: 'h-1',
    hospitalName: '示例定点医院',
    worker: { name: '李职工', idMasked: '3204**********1234', phone: '138****0000' },
    accidentAt: '2025-03-01T01:30:00.000Z',
    reportedAt: '2025-03-01T02:00:00.000Z',
    place: '二号车间冲压线',
    description: '冲压时右手被压伤',
    injury: { bodyPart: 'hand', bodyPartLabel: '手部', severity: 'moderate', severityLabel: '中度', measureLabels: ['已送医'], measuresNote: '' },
    rosterFlag: 'insured',
    rosterFlagLabel: '在册参保',
    phonedIn: false,
    state: { claim: 'investigating', medical: 'inpatient', rehab: 'rehab_none', version: 3 },
    statusLabel: '现场调查中',
    nextStep: '商保公司正在现场调查取证，完成后提交工伤认定申请',
    deadlines: [
      { clock: 'site_investigation', label: '现场调查', due: '2025-03-02T02:00:00.000Z', remainingLabel: '剩余5小时', overdue: false, warning: true },
    ],
    allowedEvents: ['submit_application'],
    ...overrides,
  }
}

/** A timeline entry. */
export function makeTimelineEntry(overrides: Partial<TTimelineEntry> = {}): TTimelineEntry {
  return {
    seq: 1,
    at: '2025-03-01T02:00:00.000Z',
    kind: 'reported',
    title: '企业报案',
    track: null,
    from: null,
    to: null,
    actorRole: 'officer',
    actorName: '王安全',
    note: '',
    ...overrides,
  }
}
