import { z } from 'zod'
import { action, defineFunction, text, ZId } from './define'

/** A roster entry as the report form shows it: the ID number masked. */
export const ZRosterEntry = z.object({ id: z.string(), name: z.string(), idMasked: z.string(), phone: z.string(), enrolmentUnit: z.string() })
/** A roster entry for display. */
export type TRosterEntry = z.infer<typeof ZRosterEntry>

const ZSample = z.object({ row: z.number(), name: z.string(), idMasked: z.string(), detail: z.string() })
const ZCounts = z.object({ new: z.number(), changed: z.number(), unchanged: z.number(), invalid: z.number(), duplicate: z.number() })
const ZImportTarget = { fileId: z.string().min(1).max(512), enterpriseId: ZId.optional() }

/** `roster`: the enterprises' rosters of insured employees. */
export const rosterApi = defineFunction({
  name: 'roster',
  summary: '参保职工名册 (enterprise rosters)',
  actions: {
    search: action({
      summary: 'Search a roster by part of a name or the last digits of the ID number. Officers search their own enterprise only; insurer and bureau name one.',
      access: ['officer', 'insurer', 'bureau'],
      input: z.object({ query: text(30).default(''), enterpriseId: ZId.optional() }),
      output: z.object({ entries: z.array(ZRosterEntry) }),
    }),
    previewImport: action({
      summary: 'Read an uploaded roster (.xlsx, or CSV in UTF-8 or GBK: 姓名, 身份证号, 手机号, 参保日期, 参保单位) and say which rows are new, changed, unchanged, invalid (with the reason) or duplicates; writes nothing. Officers import for their own enterprise; the bureau names one.',
      access: ['officer', 'bureau'],
      input: z.object(ZImportTarget),
      output: z.object({ fileHash: z.string(), counts: ZCounts, samples: z.object({ new: z.array(ZSample), changed: z.array(ZSample), unchanged: z.array(ZSample), invalid: z.array(ZSample), duplicate: z.array(ZSample) }), unitMismatches: z.number() }),
    }),
    confirmImport: action({
      summary: 'Write all new and changed valid rows in one transaction; refused when the file differs from the previewed one (expectedHash).',
      access: ['officer', 'bureau'],
      input: z.object({ ...ZImportTarget, expectedHash: z.string().regex(/^[0-9a-f]{64}$/, '文件校验值不正确') }),
      output: z.object({ written: z.number(), added: z.number(), changed: z.number(), unchanged: z.number(), invalid: z.number(), duplicate: z.number() }),
    }),
  },
})
