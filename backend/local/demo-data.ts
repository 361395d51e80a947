import { idCheckChar } from '../../shared/idcard'
import type { HumanRole } from '../../shared/roles'
import { enterpriseId } from '../domain/seed'

/** A valid demo ID number (correct GB 11643 check digit) from its first 17 digits. */
export function demoIdNumber(first17: string): string {
  return first17 + idCheckChar(first17)
}

/** A demo user of the local default; openids are fake and prefixed `dev-`. */
export interface DemoUser {
  id: string
  role: HumanRole
  name: string
  phone: string
  enterpriseId?: string
  hospitalId?: string
  insurerId?: string
  /** Insurer supervisor: assigns cases and receives escalations. */
  supervisor?: boolean
  idNumber?: string
}

/** The demo worker's ID number (fictional person, valid check digit). */
export const DEMO_WORKER_ID = demoIdNumber('32048319900101123')

/** Demo users of every role; every name says it is demo data. */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'u-officer-01', role: 'officer', name: '张安全（演示）', phone: '13800000001', enterpriseId: enterpriseId(1) },
  { id: 'u-officer-05', role: 'officer', name: '李专员（演示）', phone: '13800000005', enterpriseId: enterpriseId(5) },
  { id: 'u-officer-16', role: 'officer', name: '王主管（演示）', phone: '13800000016', enterpriseId: enterpriseId(16) },
  { id: 'u-worker-01', role: 'worker', name: '陈师傅（演示）', phone: '13900000001', enterpriseId: enterpriseId(1), idNumber: DEMO_WORKER_ID },
  { id: 'u-insurer-01', role: 'insurer', name: '赵调查员（演示）', phone: '13700000001', insurerId: 'insurer-demo' },
  { id: 'u-insurer-02', role: 'insurer', name: '钱主管（演示）', phone: '13700000002', insurerId: 'insurer-demo', supervisor: true },
  { id: 'u-hospital-01', role: 'hospital', name: '孙医生（演示）', phone: '13600000001', hospitalId: 'hosp-demo-1' },
  { id: 'u-bureau-01', role: 'bureau', name: '周科员（演示）', phone: '13500000001' },
]
