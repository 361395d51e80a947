import { z } from 'zod'
import { ZCaseEvent } from '../case'
import { ZCaseView, ZTimelineEntry } from './case.schema'
import { action, defineFunction, text, ZId } from './define'
import { ZReportInput, ZReportResult } from './report.schema'

/** `case`: list, read and move cases through the state machine. */
export const caseApi = defineFunction({
  name: 'case',
  summary: '工伤案件 (cases: list, detail, state transitions)',
  actions: {
    report: action({
      summary: 'One-tap injury report by an enterprise officer; idempotent on requestId. The enterprise comes from the officer\'s binding.',
      access: ['officer'],
      input: ZReportInput,
      output: ZReportResult,
    }),
    list: action({
      summary: 'Cases the caller may see (own enterprise, own cases, own hospital, or all for insurer and bureau), newest first.',
      access: 'signed-in',
      input: z.object({ limit: z.number().int().min(1).max(100).default(50), skip: z.number().int().min(0).max(100000).default(0) }),
      output: z.object({ cases: z.array(ZCaseView) }),
    }),
    get: action({
      summary: 'One case with its timeline; refused with CASE.NOT_FOUND when the caller may not see it.',
      access: 'signed-in',
      input: z.object({ caseId: ZId }),
      output: z.object({ case: ZCaseView, timeline: z.array(ZTimelineEntry) }),
    }),
    transition: action({
      summary: 'Fire a state-machine event; expectedVersion must match the case version (optimistic concurrency).',
      access: ['officer', 'insurer', 'hospital', 'bureau', 'worker'],
      input: z.object({ caseId: ZId, event: ZCaseEvent, expectedVersion: z.number().int().positive(), note: text(500).default('') }),
      output: z.object({ case: ZCaseView }),
    }),
  },
})
