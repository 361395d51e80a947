import { z } from 'zod'

/** A designated hospital (定点医疗机构), maintained by the bureau. */
export const ZHospital = z.object({
  _id: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  /** Demo entries say so: the seeds name no designated hospitals. */
  demo: z.boolean(),
})
/** A designated hospital. */
export type THospital = z.infer<typeof ZHospital>
