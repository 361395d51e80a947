import { z } from 'zod'
import { ZAssignee, ZInboxItem, ZPdfFile, ZRosterCheck, ZVerificationView } from '../insurer/desk'
import { ZInvestigationEntry, ZInvestigationView } from '../insurer/investigation'
import { ZPackageFile, ZPackageItem, ZPackageStatus } from '../insurer/package'
import { ZFollowUpSummary, ZSummaryView } from '../insurer/summary'
import { ZCaseView } from './case.schema'
import { action, defineFunction, text, ZId } from './define'
import { ZMobile, ZReportInput, ZReportResult } from './report.schema'

const ZVersion = z.number().int().positive()
const ZCaseRef = z.object({ caseId: ZId })
const ZCaseWithAssignee = z.object({ case: ZCaseView, assignee: ZAssignee.nullable() })
const INSURER = ['insurer'] as const

/** `insurer`: the insurer's desk, from the push message to the 工伤认定 application. */
export const insurerApi = defineFunction({
  name: 'insurer',
  summary: '商保工作台 (inbox, assignment, hotline intake, insured-status verification, 首跟资料汇总, 24 h site investigation, 工伤认定 package). PDFs embed a CJK font: locally Debian\'s Noto Sans CJK (PDF_FONT_PATH overrides), in CloudBase the file whose storage id is in PDF_FONT_FILE_ID (PDF_FONT_FACE names the face of a .ttc).',
  timer: { name: 'clocks-every-minute', cron: '0 * * * * * *', action: 'runClocks' },
  actions: {
    inbox: action({
      summary: 'New reports (unassigned, state reported) oldest first, then the caller\'s open cases by nearest deadline.',
      access: INSURER, input: z.object({}),
      output: z.object({ newCases: z.array(ZInboxItem), myCases: z.array(ZInboxItem) }),
    }),
    claim: action({
      summary: 'Take an unassigned case; versioned (a stale expectedVersion gets CASE.VERSION_CONFLICT). Recorded on the timeline and audit.',
      access: INSURER, input: z.object({ caseId: ZId, expectedVersion: ZVersion }), output: ZCaseWithAssignee,
    }),
    assign: action({
      summary: 'Supervisor only: assign or reassign a case to an agent; versioned, recorded on the timeline and audit.',
      access: INSURER, input: z.object({ caseId: ZId, agentId: ZId, expectedVersion: ZVersion, note: text(200).default('') }), output: ZCaseWithAssignee,
    }),
    hotlineReport: action({
      summary: 'Enter a report phoned in to the hotline for a whitelisted enterprise: the same validation and case as case.report, marked phoned in; the enterprise\'s officers are notified. Idempotent on requestId.',
      access: INSURER,
      input: ZReportInput.extend({ enterpriseId: ZId, callerName: text(30).min(2, '请填写来电人姓名'), callerPhone: ZMobile }),
      output: ZReportResult,
    }),
    workspace: action({
      summary: 'Everything the desk shows for one case: the case, assignee, roster check, verification, summary (or a draft from the report), investigation checklist and package checklist. The view is audited.',
      access: INSURER, input: ZCaseRef,
      output: z.object({
        case: ZCaseView, assignee: ZAssignee.nullable(), rosterCheck: ZRosterCheck, verification: ZVerificationView.nullable(),
        summary: ZSummaryView, investigation: ZInvestigationView, package: ZPackageStatus,
      }),
    }),
    verify: action({
      summary: 'Confirm or correct the roster check. insured=true fires verify_insured; insured=false records the correction and keeps the case reported. Versioned.',
      access: INSURER, input: z.object({ caseId: ZId, expectedVersion: ZVersion, insured: z.boolean(), note: text(500).default('') }),
      output: z.object({ case: ZCaseView, verification: ZVerificationView }),
    }),
    saveSummary: action({
      summary: 'Save the first follow-up summary (首跟资料汇总) in its fixed format.',
      access: INSURER, input: z.object({ caseId: ZId, summary: ZFollowUpSummary }), output: z.object({ summary: ZSummaryView }),
    }),
    summaryPdf: action({
      summary: 'Render the saved summary as a PDF (CJK font embedded), store it and return a temporary URL.',
      access: INSURER, input: ZCaseRef, output: ZPdfFile,
    }),
    startInvestigation: action({
      summary: 'Fire start_investigation (from insured_verified). Versioned.',
      access: INSURER, input: z.object({ caseId: ZId, expectedVersion: ZVersion, note: text(500).default('') }), output: z.object({ case: ZCaseView }),
    }),
    recordInvestigation: action({
      summary: 'Record one checklist entry with its evidence: site visit (media ids), a witness interview (record + signature PNG, hashed), no witness, CCTV requested/retrieved/unavailable, authenticity conclusion.',
      access: INSURER, input: z.object({ caseId: ZId, entry: ZInvestigationEntry }), output: z.object({ investigation: ZInvestigationView }),
    }),
    packageStatus: action({
      summary: 'The 工伤认定 package checklist: each material, whether it is required (条例 §18) and present, and what is missing.',
      access: INSURER, input: ZCaseRef, output: ZPackageStatus,
    }),
    attachPackageItem: action({
      summary: 'Attach an uploaded PDF or image (JPEG/PNG, type checked by magic bytes, SHA-256 kept) to a package material.',
      access: INSURER, input: z.object({ caseId: ZId, item: ZPackageItem, fileId: z.string().min(1).max(512), name: text(100).default('') }),
      output: z.object({ file: ZPackageFile, package: ZPackageStatus }),
    }),
    submitApplication: action({
      summary: 'Submit the application: refused with INSURER.PACKAGE_INCOMPLETE until the required materials are present; then fires submit_application, notifies officer and worker, and stores one PDF of the package with a table of contents. Versioned.',
      access: INSURER, input: z.object({ caseId: ZId, expectedVersion: ZVersion, note: text(500).default('') }),
      output: z.object({ case: ZCaseView, package: ZPdfFile }),
    }),
    runClocks: action({
      summary: 'Run by the minute timer: 20 h reminder to the agent, 24 h escalation to the supervisor and service group, day-20 employer filing warning; each once per case, catching up after downtime.',
      access: INSURER, input: z.object({}),
      output: z.object({ reminded: z.number(), escalated: z.number(), filingWarned: z.number() }),
    }),
  },
})
