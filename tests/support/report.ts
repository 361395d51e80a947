import { randomUUID } from 'node:crypto'

/** One injured worker entry, overridable (defaults: rostered 刘建国 of ent-01, hand, serious, demo hospital 1). */
export function injured(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { worker: { kind: 'roster', rosterId: 'roster-ent-01-1' }, bodyPart: 'hand', severity: 'serious', hospitalId: 'hosp-demo-1', ...overrides }
}

/** A valid report event for the demo officer of ent-01, overridable field by field. */
export function reportEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'report',
    requestId: randomUUID(),
    injured: [injured()],
    witnesses: [],
    accidentAt: '2026-11-22T01:30:00.000Z',
    place: '武进区湟里镇东方路5号 二号车间',
    description: '职工在冲床作业时右手被模具夹伤，现场立即停机。',
    measures: ['sent_to_hospital', 'equipment_stopped'],
    measuresNote: '',
    ...overrides,
  }
}

/** The report's reply data. */
export type ReportData = { incidentId: string; investigationDue: string; duplicate: boolean; cases: Array<{ caseId: string; caseNo: string; workerName: string; rosterFlag: string }> }
