import type { TReportInput, TWitness } from '../../../shared/api/report.schema'
import { isValidIdNumber } from '../../../shared/idcard'
import { formatShanghai } from '../../../shared/time'
import type { InjuredDraft } from '../InjuredEditor'

/** Everything the report form holds; saved as a draft while the officer types. */
export interface ReportFormState {
  requestId: string
  date: string
  time: string
  place: string
  description: string
  measures: string[]
  measuresNote: string
  injured: InjuredDraft[]
  witnesses: TWitness[]
  /** Where the phone was, once the officer allowed location. */
  location: { latitude: number; longitude: number } | null
}

/** A blank injured-worker entry going to the given hospital. */
export function blankInjured(hospitalId: string): InjuredDraft {
  return { worker: null, bodyPart: null, severity: null, hospitalId }
}

/** A new form: now, at the enterprise's address, worker sent to the default hospital, 已送定点医院 ticked. */
export function initialForm(requestId: string, now: Date, place: string, hospitalId: string): ReportFormState {
  return {
    requestId, date: formatShanghai(now, 'YYYY-MM-DD'), time: formatShanghai(now, 'HH:mm'), place, description: '',
    measures: ['sent_to_hospital'], measuresNote: '', injured: [blankInjured(hospitalId)], witnesses: [], location: null,
  }
}

/** The accident instant of the form (entered in Shanghai time). */
export function accidentInstant(form: Pick<ReportFormState, 'date' | 'time'>): Date {
  return new Date(`${form.date}T${form.time}:00+08:00`)
}

/**
 * Turn the form into the report event, or say in Chinese what is missing. Field formats are
 * checked again against the shared schema when sending (same messages on both sides).
 */
export function toReportInput(form: ReportFormState, now: Date): { ok: true; input: TReportInput } | { ok: false; message: string } {
  const at = accidentInstant(form)
  if (Number.isNaN(at.getTime())) return { ok: false, message: '请填写事故时间' }
  if (at.getTime() > now.getTime()) return { ok: false, message: '事故时间不能晚于当前时间' }
  for (const [i, person] of form.injured.entries()) {
    const who = form.injured.length > 1 ? `第${i + 1}名受伤职工：` : ''
    if (!person.worker) return { ok: false, message: `${who}请选择或填写受伤职工` }
    if (person.worker.kind === 'manual' && !isValidIdNumber(person.worker.idNumber)) return { ok: false, message: `${who}身份证号码格式不正确` }
    if (!person.bodyPart) return { ok: false, message: `${who}请选择受伤部位` }
    if (!person.severity) return { ok: false, message: `${who}请选择伤情` }
  }
  const injured = form.injured.map((p) => ({
    worker: p.worker!.kind === 'roster' ? { kind: 'roster' as const, rosterId: p.worker!.rosterId } : { kind: 'manual' as const, name: p.worker!.name, idNumber: p.worker!.idNumber, phone: p.worker!.phone },
    bodyPart: p.bodyPart as TReportInput['injured'][number]['bodyPart'],
    severity: p.severity as TReportInput['injured'][number]['severity'],
    hospitalId: p.hospitalId,
  }))
  return {
    ok: true,
    input: {
      requestId: form.requestId, injured, witnesses: form.witnesses, accidentAt: at.toISOString(), place: form.place, description: form.description,
      measures: form.measures as TReportInput['measures'], measuresNote: form.measuresNote,
      ...(form.location ? { location: form.location } : {}),
    },
  }
}
