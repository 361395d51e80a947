import { z } from 'zod'
import { ZIsoDateTime } from '../time'

/** Whitelist standing of an enterprise; the bureau suspends or removes (e.g. for unpaid costs). */
export const ZEnterpriseStatus = z.enum(['active', 'suspended', 'removed'])
/** One of ZEnterpriseStatus. */
export type EnterpriseStatus = z.infer<typeof ZEnterpriseStatus>

/** Chinese labels of the enterprise statuses. */
export const ENTERPRISE_STATUS_LABELS: Record<EnterpriseStatus, string> = {
  active: '正常',
  suspended: '已暂停',
  removed: '已移出名单',
}

/** A whitelisted enterprise as stored; nameKey is normalizeEnterpriseName(name), used for lookups. */
export const ZEnterprise = z.object({
  _id: z.string().min(1),
  seq: z.number().int().positive(),
  town: z.string().min(1).max(20),
  name: z.string().min(1).max(100),
  nameKey: z.string().min(1).max(100),
  address: z.string().max(200),
  status: ZEnterpriseStatus,
  updatedAt: ZIsoDateTime,
})
/** A whitelisted enterprise. */
export type Enterprise = z.infer<typeof ZEnterprise>
