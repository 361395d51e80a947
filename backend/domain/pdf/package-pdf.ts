import { AUTHENTICITY_LABELS, CCTV_STATUS_LABELS } from '../../../shared/insurer/investigation'
import type { TPackageStatus } from '../../../shared/insurer/package'
import { SUMMARY_FIELDS, type TFollowUpSummary } from '../../../shared/insurer/summary'
import { formatShanghai } from '../../../shared/time'
import type { CaseDoc } from '../cases/case-doc'
import type { EvidenceRef, InvestigationRecord } from '../insurer/work-doc'
import { fieldTable, formatSize, pageFooter, PDF_STYLES } from './layout'
import type { PdfDefinition } from './render'
import { summaryValue } from './summary-pdf'

/** A stored file as the package shows it: the embedded image's name (JPEG/PNG) and whether its bytes still match the recorded hash. */
export interface PackageAsset {
  image: string | null
  hashMatches: boolean
}

/** Everything the package PDF prints; assets are looked up by file or media id. */
export interface PackagePdfInput {
  doc: CaseDoc
  summary: TFollowUpSummary
  status: TPackageStatus
  investigation: InvestigationRecord
  agentName: string
  generatedAt: Date
  assets: Record<string, PackageAsset>
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const KIND_LABELS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG图片', 'image/png': 'PNG图片', photo: '照片', video: '视频' }

function heading(n: number, text: string, breakBefore = true): Record<string, unknown> {
  return { text: `${CN_NUMBERS[n] ?? n + 1}、${text}`, style: 'h1', tocItem: true, ...(breakBefore ? { pageBreak: 'before' } : {}) }
}

function hashLine(sha256: string, asset: PackageAsset | undefined): Record<string, unknown> {
  const check = asset ? (asset.hashMatches ? '（文件校验一致）' : '（警告：文件与登记哈希不一致）') : ''
  return { text: `SHA-256：${sha256}${check}`, style: 'muted', margin: [0, 0, 0, 4] }
}

function embed(asset: PackageAsset | undefined, fit: [number, number]): Record<string, unknown>[] {
  return asset?.image ? [{ image: asset.image, fit, margin: [0, 2, 0, 8] }] : []
}

function evidenceList(refs: EvidenceRef[], assets: Record<string, PackageAsset>): Record<string, unknown>[] {
  return refs.flatMap((ref, i) => [
    { text: `${KIND_LABELS[ref.kind] ?? ref.kind}${i + 1}：上传于 ${formatShanghai(ref.addedAt)}${ref.hasLocation ? '，含拍摄位置' : ''}` },
    hashLine(ref.sha256, assets[ref.id]),
    ...embed(assets[ref.id], [420, 300]),
  ])
}

function investigationSection(inv: InvestigationRecord, assets: Record<string, PackageAsset>): Record<string, unknown>[] {
  return [
    { text: '现场勘查', style: 'h2' },
    ...(inv.siteVisit ? [{ text: `勘查时间：${formatShanghai(inv.siteVisit.at)}　${inv.siteVisit.note}` }, ...evidenceList(inv.siteVisit.media, assets)] : [{ text: '未勘查' }]),
    { text: '监控录像', style: 'h2' },
    { text: inv.cctv ? `${CCTV_STATUS_LABELS[inv.cctv.status]}${inv.cctv.detail ? `：${inv.cctv.detail}` : ''}` : '未处理' },
    { text: '事故真实性结论', style: 'h2' },
    ...(inv.authenticity ? [{ text: `${AUTHENTICITY_LABELS[inv.authenticity.conclusion]}（${formatShanghai(inv.authenticity.at)}）` }, { text: `判断依据：${inv.authenticity.reasoning}` }] : [{ text: '未作结论' }]),
    { text: inv.completedAt ? `现场调查完成时间：${formatShanghai(inv.completedAt)}` : '现场调查尚未全部完成', margin: [0, 8, 0, 0] },
  ]
}

function witnessSection(inv: InvestigationRecord, assets: Record<string, PackageAsset>): Record<string, unknown>[] {
  if (inv.interviews.length === 0) return [{ text: inv.noWitnessReason ? `无证人：${inv.noWitnessReason}` : '未提供' }]
  return inv.interviews.flatMap((i, n) => [
    { text: `调查笔录${n + 1}：证人 ${i.witnessName}`, style: 'h2' },
    { text: `询问时间：${formatShanghai(i.interviewedAt)}　询问人：${i.interviewedByName}`, style: 'muted' },
    { text: i.record, margin: [0, 4, 0, 4] },
    { text: '证人签名：' },
    ...embed(assets[i.signature.fileId], [200, 80]),
    hashLine(i.signature.sha256, assets[i.signature.fileId]),
  ])
}

function itemSection(input: PackagePdfInput, entry: TPackageStatus['items'][number], n: number): Record<string, unknown>[] {
  const body: Record<string, unknown>[] = [{ text: `${entry.required ? '必备材料' : '补充材料'}（${entry.basis}）　${entry.note}`, style: 'muted', margin: [0, 0, 0, 6] }]
  for (const [i, file] of entry.files.entries()) {
    const asset = input.assets[file.fileId]
    body.push({ text: `附件${i + 1}：${file.name}（${KIND_LABELS[file.mime] ?? file.mime}，${formatSize(file.size)}，${file.addedByName}上传于 ${formatShanghai(file.addedAt)}）` }, hashLine(file.sha256, asset))
    if (file.mime === 'application/pdf') body.push({ text: '（PDF原件随本材料另附，未并入本文件；以上哈希值可核对原件）', style: 'muted', margin: [0, 0, 0, 6] })
    body.push(...embed(asset, [499, 600]))
  }
  if (entry.source === 'investigation' && entry.item === 'investigation_record') body.push(...investigationSection(input.investigation, input.assets))
  if (entry.source === 'investigation' && entry.item === 'witness_records') body.push(...witnessSection(input.investigation, input.assets))
  if (entry.source === 'investigation' && entry.item === 'cctv_evidence' && input.investigation.cctv) body.push(...evidenceList(input.investigation.cctv.media, input.assets))
  return [heading(n, entry.label), ...body]
}

/** The whole 工伤认定 application package as one PDF: cover, table of contents, the application facts, then every material. */
export function packagePdfDefinition(input: PackagePdfInput): PdfDefinition {
  const { doc, summary, status } = input
  return {
    info: { title: `工伤认定申请材料 ${doc.caseNo}`, author: input.agentName, subject: '武进区工伤诊疗绿色通道' },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    styles: PDF_STYLES,
    footer: pageFooter(`工伤认定申请材料 ${doc.caseNo}`),
    content: [
      { text: '工伤认定申请材料', style: 'title', margin: [0, 80, 0, 6] },
      { text: `武进区工伤诊疗绿色通道　案件编号 ${doc.caseNo}`, style: 'subtitle' },
      fieldTable([
        ['用人单位', doc.enterpriseName],
        ['受伤职工', `${doc.worker.name}（${doc.worker.idMasked}）`],
        ['定点医院', doc.hospitalName],
        ['事故时间', formatShanghai(summary.accidentAt)],
        ['承办人', `${input.agentName}（商保公司）`],
        ['汇编时间', formatShanghai(input.generatedAt)],
        ['必备材料', status.ready ? '齐全（《工伤保险条例》第十八条）' : `缺少${status.missingRequired.length}项`],
      ]),
      { toc: { title: { text: '目录', style: 'h1' } }, pageBreak: 'before' },
      heading(0, '申请信息（事故时间、地点、原因及伤害程度）'),
      fieldTable(SUMMARY_FIELDS.map(([field, label]) => [label, summaryValue(summary, field)] as const)),
      ...status.items.flatMap((entry, i) => itemSection(input, entry, i + 1)),
    ],
  }
}
