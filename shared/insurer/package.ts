import { z } from 'zod'

/** The materials of a 工伤认定 application (条例 §18 plus local practice, DOMAIN.md). */
export const ZPackageItem = z.enum([
  'application_form',
  'employment_proof',
  'diagnosis',
  'id_document',
  'investigation_record',
  'witness_records',
  'cctv_evidence',
])
/** One material of the package. */
export type TPackageItem = z.infer<typeof ZPackageItem>

/** How each material is labelled, whether the law requires it, and where the requirement comes from. */
export const PACKAGE_ITEMS: Record<TPackageItem, { label: string; required: boolean; basis: string; fromInvestigation: boolean }> = {
  application_form: { label: '工伤认定申请表（写明事故时间、地点、原因及伤害程度）', required: true, basis: '《工伤保险条例》第十八条', fromInvestigation: false },
  employment_proof: { label: '劳动关系证明（含事实劳动关系）', required: true, basis: '《工伤保险条例》第十八条', fromInvestigation: false },
  diagnosis: { label: '医疗诊断证明书', required: true, basis: '《工伤保险条例》第十八条', fromInvestigation: false },
  id_document: { label: '受伤职工身份证件', required: false, basis: '当地经办要求', fromInvestigation: false },
  investigation_record: { label: '现场调查记录', required: false, basis: '当地经办要求', fromInvestigation: true },
  witness_records: { label: '证人证言（调查笔录）', required: false, basis: '当地经办要求', fromInvestigation: true },
  cctv_evidence: { label: '监控录像证据', required: false, basis: '当地经办要求', fromInvestigation: true },
}

/** Attached files per package item at most. */
export const MAX_FILES_PER_ITEM = 10

/** A file attached to the package: only its id, type, size and SHA-256 are kept. */
export const ZPackageFile = z.object({
  item: ZPackageItem,
  fileId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  addedAt: z.string(),
  addedByName: z.string(),
})
/** An attached file. */
export type TPackageFile = z.infer<typeof ZPackageFile>

/** The checklist of the package: what is there, what is missing, whether it can be submitted. */
export const ZPackageStatus = z.object({
  items: z.array(z.object({
    item: ZPackageItem,
    label: z.string(),
    required: z.boolean(),
    basis: z.string(),
    present: z.boolean(),
    /** 'attachment' when files are attached, 'investigation' when the checklist supplies it, else null. */
    source: z.enum(['attachment', 'investigation']).nullable(),
    note: z.string(),
    files: z.array(ZPackageFile),
  })),
  missingRequired: z.array(ZPackageItem),
  ready: z.boolean(),
  /** Once submitted: the package PDF, with a temporary URL to open it (filled where storage is at hand). */
  submitted: z.object({ fileId: z.string(), sha256: z.string(), submittedAt: z.string(), url: z.string().optional() }).nullable(),
})
/** The package checklist. */
export type TPackageStatus = z.infer<typeof ZPackageStatus>
