import { z } from 'zod'

/** The people (and the system itself) who act on a case. */
export const ZRole = z.enum(['officer', 'worker', 'insurer', 'hospital', 'bureau', 'system'])
/** One of the roles of ZRole. */
export type Role = z.infer<typeof ZRole>

/** Roles a human user can hold (the system role is for timers only). */
export const HUMAN_ROLES = ['officer', 'worker', 'insurer', 'hospital', 'bureau'] as const satisfies readonly Role[]
/** A role a signed-in user can hold. */
export type HumanRole = (typeof HUMAN_ROLES)[number]

/** Chinese names shown in the UI for each role. */
export const ROLE_LABELS: Record<Role, string> = {
  officer: '企业专职人员',
  worker: '受伤职工',
  insurer: '商保公司',
  hospital: '定点医院',
  bureau: '区人社局',
  system: '系统',
}
