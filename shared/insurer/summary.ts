import { z } from 'zod'
import { text } from '../api/define'
import { ZIsoDateTime } from '../time'

/** A contact phone: mobile or landline (digits, dashes, spaces, a leading +). */
const ZContactPhone = z.string().trim().regex(/^\+?[0-9][0-9\- ]{6,19}$/, '请填写职工联系电话')

/** The first follow-up summary (首跟资料汇总) in its fixed format (seed 1, 商保公司职责). */
export const ZFollowUpSummary = z.object({
  accidentAt: ZIsoDateTime,
  place: text(200).min(2, '请填写事故地点'),
  cause: text(500).min(2, '请填写事故原因'),
  course: text(2000).min(10, '请填写事故经过（至少10个字）'),
  injuryDegree: text(300).min(2, '请填写受伤程度'),
  measures: text(500).min(2, '请填写已采取的措施'),
  workerName: text(30).min(2, '请填写职工姓名'),
  workerContact: ZContactPhone,
})
/** A summary as entered. */
export type TFollowUpSummary = z.output<typeof ZFollowUpSummary>

/** The fixed order and Chinese labels of the summary's fields (the form and the PDF follow it). */
export const SUMMARY_FIELDS: ReadonlyArray<readonly [keyof TFollowUpSummary, string]> = [
  ['accidentAt', '事故时间'],
  ['place', '事故地点'],
  ['cause', '事故原因'],
  ['course', '事故经过'],
  ['injuryDegree', '受伤程度'],
  ['measures', '已采取措施'],
  ['workerName', '职工姓名'],
  ['workerContact', '联系方式'],
]

/** The summary's fields as shown: a draft may still have empty fields the agent must complete. */
export const ZSummaryFields = z.object(Object.fromEntries(SUMMARY_FIELDS.map(([field]) => [field, z.string()])) as Record<keyof TFollowUpSummary, z.ZodString>)

/** A saved summary with who saved it and when, or a draft prefilled from the report. */
export const ZSummaryView = z.object({
  summary: ZSummaryFields,
  saved: z.boolean(),
  savedAt: z.string().nullable(),
  savedByName: z.string().nullable(),
})
/** A summary as the desk shows it. */
export type TSummaryView = z.infer<typeof ZSummaryView>
