import { z } from 'zod'
import { action, defineFunction, text, ZId } from './define'

/** A roster entry as the report form shows it: the ID number masked. */
export const ZRosterEntry = z.object({ id: z.string(), name: z.string(), idMasked: z.string(), phone: z.string(), enrolmentUnit: z.string() })
/** A roster entry for display. */
export type TRosterEntry = z.infer<typeof ZRosterEntry>

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
  },
})
