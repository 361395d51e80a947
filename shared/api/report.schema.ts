import { z } from 'zod'
import { ZIdNumber } from '../idcard'
import { ZIsoDateTime } from '../time'
import { text, ZId } from './define'

/** Injured body parts offered as choices on the report form. */
export const BODY_PARTS = {
  head: '头部', face: '面部', eye: '眼部', neck: '颈部', chest: '胸部', back: '背部', abdomen: '腹部',
  upper_limb: '上肢', hand: '手部', lower_limb: '下肢', foot: '足部', multiple: '多部位', other: '其他',
} as const
/** Injury severity as an officer on the shop floor can judge it. */
export const SEVERITIES = {
  minor: '轻微（皮外伤）', moderate: '一般（需门诊治疗）', serious: '较重（需住院或手术）', critical: '危重（有生命危险）',
} as const
/** Measures already taken, as choices (free text may add to them). */
export const MEASURES = {
  sent_to_hospital: '已送定点医院', first_aid: '已现场急救', called_120: '已拨打120', site_protected: '已保护现场', equipment_stopped: '已停机断电', other: '其他',
} as const

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

/** A mainland mobile number. */
export const ZMobile = z.string().trim().regex(/^1[3-9]\d{9}$/, '请输入11位手机号码')

/** The injured worker: picked from the roster, or typed in when not on it. */
export const ZReportWorker = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('roster'), rosterId: ZId }),
  z.object({ kind: z.literal('manual'), name: text(30).min(2, '请输入职工姓名'), idNumber: ZIdNumber, phone: ZMobile }),
])

/** Relation of a witness to the injured. */
export const WITNESS_RELATIONS = { coworker: '同事', supervisor: '班组长/主管', other: '其他' } as const

/** Someone who saw the accident; the insurer later turns this into an interview record. */
export const ZWitness = z.object({
  name: text(30).min(2, '请输入证人姓名'),
  phone: ZMobile,
  relation: z.enum(keys(WITNESS_RELATIONS), { error: '请选择证人与伤者的关系' }),
  statement: text(1000).default(''),
})
/** A witness as entered. */
export type TWitness = z.input<typeof ZWitness>

/** One injured worker of the accident: who, which injury, which hospital they were sent to. */
export const ZInjured = z.object({
  worker: ZReportWorker,
  bodyPart: z.enum(keys(BODY_PARTS), { error: '请选择受伤部位' }),
  severity: z.enum(keys(SEVERITIES), { error: '请选择伤情' }),
  hospitalId: ZId,
})
/** One injured worker as entered. */
export type TInjured = z.input<typeof ZInjured>

/** What the officer sends with 一键报案; the enterprise comes from their binding, never from here. */
export const ZReportInput = z.object({
  /** Client-generated id: a double tap, a retry or concurrent copies create one incident. */
  requestId: z.string().trim().min(8, '缺少请求编号').max(64),
  /** Everyone hurt in this accident: one incident, one case per worker. */
  injured: z.array(ZInjured).min(1, '请至少填写一名受伤职工').max(20, '一次最多报20名受伤职工'),
  witnesses: z.array(ZWitness).max(20, '证人最多20名').default([]),
  accidentAt: ZIsoDateTime,
  place: text(200).min(2, '请填写事故地点'),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  description: text(1000).min(10, '请用几句话说明事故原因和经过（至少10个字）'),
  measures: z.array(z.enum(keys(MEASURES))).min(1, '请选择已采取的措施').max(6),
  measuresNote: text(300).default(''),
})
/** The report form's data. */
export type TReportInput = z.input<typeof ZReportInput>

/** What the officer sees at once after submitting: one case number per injured worker. */
export const ZReportResult = z.object({
  incidentId: z.string(),
  investigationDue: z.string(),
  cases: z.array(z.object({ caseId: z.string(), caseNo: z.string(), workerName: z.string(), rosterFlag: z.enum(['insured', 'not_on_roster', 'identity_mismatch', 'unchecked']) })),
  /** True when this request id had already created the incident (a retry). */
  duplicate: z.boolean(),
})
