import { z } from 'zod'
import { text, ZId } from '../api/define'

/** The items of the 24-hour site investigation checklist (seed 1, flow step 4). */
export const ZInvestigationItemKey = z.enum(['site_visit', 'interviews', 'cctv', 'authenticity'])
/** One checklist item. */
export type TInvestigationItemKey = z.infer<typeof ZInvestigationItemKey>

/** Chinese labels of the checklist items. */
export const INVESTIGATION_ITEM_LABELS: Record<TInvestigationItemKey, string> = {
  site_visit: '现场勘查（照片含时间、地点）',
  interviews: '证人调查笔录（证人当面签名）',
  cctv: '调取监控录像',
  authenticity: '事故真实性结论',
}

/** Where a CCTV request stands. */
export const CCTV_STATUS_LABELS = { requested: '已申请调取', retrieved: '已调取', unavailable: '无法调取' } as const
/** The agent's conclusion on whether the accident happened as reported (seed 2, task 41). */
export const AUTHENTICITY_LABELS = { authentic: '事故真实', doubtful: '存疑，需进一步核实', not_authentic: '不属实' } as const

const ZMediaIds = z.array(ZId).max(30, '最多选择30个文件')

/** One checklist entry as the agent records it; each kind carries its evidence. */
export const ZInvestigationEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('site_visit'), mediaIds: ZMediaIds.min(1, '请至少选择一张现场照片'), note: text(1000).default('') }),
  z.object({
    kind: z.literal('interview'),
    witnessIndex: z.number().int().min(0).max(19),
    record: text(5000).min(20, '请填写调查笔录（至少20个字）'),
    signatureFileId: z.string().min(1, '缺少证人签名').max(512),
  }),
  z.object({ kind: z.literal('no_witness'), reason: text(500).min(5, '请说明没有证人的原因') }),
  z.discriminatedUnion('status', [
    z.object({ kind: z.literal('cctv'), status: z.literal('requested'), note: text(500).min(2, '请说明向谁申请调取') }),
    z.object({ kind: z.literal('cctv'), status: z.literal('retrieved'), mediaIds: ZMediaIds.min(1, '请选择调取到的监控录像'), note: text(500).default('') }),
    z.object({ kind: z.literal('cctv'), status: z.literal('unavailable'), reason: text(500).min(5, '请说明无法调取监控的原因') }),
  ]),
  z.object({ kind: z.literal('authenticity'), conclusion: z.enum(['authentic', 'doubtful', 'not_authentic']), reasoning: text(2000).min(10, '请写明判断依据（至少10个字）') }),
])
/** A checklist entry as sent. */
export type TInvestigationEntry = z.output<typeof ZInvestigationEntry>

/** A piece of evidence on the checklist: a media file or a signature, with its hash. */
export const ZEvidenceRef = z.object({ id: z.string(), kind: z.string(), sha256: z.string(), addedAt: z.string(), hasLocation: z.boolean() })

/** One witness's interview as kept: the record, the signature's file id and SHA-256. */
export const ZInterviewView = z.object({
  witnessIndex: z.number(),
  witnessName: z.string(),
  record: z.string(),
  signatureSha256: z.string(),
  interviewedAt: z.string(),
  interviewedByName: z.string(),
})

/** The checklist as the desk shows it: each item's evidence and whether it is done. */
export const ZInvestigationView = z.object({
  started: z.boolean(),
  items: z.array(z.object({ key: ZInvestigationItemKey, label: z.string(), done: z.boolean(), detail: z.string() })),
  siteVisit: z.object({ media: z.array(ZEvidenceRef), note: z.string(), at: z.string() }).nullable(),
  witnesses: z.array(z.object({ index: z.number(), name: z.string(), interviewed: z.boolean() })),
  interviews: z.array(ZInterviewView),
  noWitnessReason: z.string().nullable(),
  cctv: z.object({ status: z.enum(['requested', 'retrieved', 'unavailable']), detail: z.string(), media: z.array(ZEvidenceRef), at: z.string() }).nullable(),
  authenticity: z.object({ conclusion: z.enum(['authentic', 'doubtful', 'not_authentic']), reasoning: z.string(), at: z.string() }).nullable(),
  completedAt: z.string().nullable(),
  deadline: z.object({ due: z.string(), remainingLabel: z.string(), overdue: z.boolean(), warning: z.boolean() }),
})
/** The checklist for display. */
export type TInvestigationView = z.infer<typeof ZInvestigationView>
