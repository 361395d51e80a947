import type { BODY_PARTS, MEASURES, SEVERITIES, TInjured, TWitness, WITNESS_RELATIONS } from '../../../../shared/api/report.schema'
import type { HotlineInput } from '../../../services/insurer'
import { fromWallText } from './datetime'

/** One injured worker as the hotline form holds it: picked from the roster or typed in. */
export interface InjuredDraft {
  mode: 'roster' | 'manual'
  rosterId: string
  rosterLabel: string
  name: string
  idNumber: string
  phone: string
  bodyPart: keyof typeof BODY_PARTS | ''
  severity: keyof typeof SEVERITIES | ''
  hospitalId: string
}

/** A witness as the form holds it. */
export interface WitnessDraft {
  name: string
  phone: string
  relation: keyof typeof WITNESS_RELATIONS | ''
  statement: string
}

/** The whole hotline form. */
export interface HotlineDraft {
  requestId: string
  enterpriseId: string
  callerName: string
  callerPhone: string
  injured: InjuredDraft[]
  witnesses: WitnessDraft[]
  accidentAt: string
  place: string
  description: string
  measures: (keyof typeof MEASURES)[]
  measuresNote: string
}

/** A request id for idempotency: a retry of the same form creates no second incident. */
export function newRequestId(): string {
  return `hotline-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** An empty injured entry (roster pick by default). */
export const emptyInjured = (): InjuredDraft => ({ mode: 'roster', rosterId: '', rosterLabel: '', name: '', idNumber: '', phone: '', bodyPart: '', severity: '', hospitalId: '' })
/** An empty witness entry. */
export const emptyWitness = (): WitnessDraft => ({ name: '', phone: '', relation: '', statement: '' })

/** A fresh form; the accident time defaults to the given wall-clock text (now). */
export function emptyHotline(nowWall: string): HotlineDraft {
  return { requestId: newRequestId(), enterpriseId: '', callerName: '', callerPhone: '', injured: [emptyInjured()], witnesses: [], accidentAt: nowWall, place: '', description: '', measures: [], measuresNote: '' }
}

function toInjured(d: InjuredDraft): TInjured {
  const worker: TInjured['worker'] = d.mode === 'roster' ? { kind: 'roster', rosterId: d.rosterId } : { kind: 'manual', name: d.name.trim(), idNumber: d.idNumber.trim().toUpperCase(), phone: d.phone.trim() }
  /* Empty choices go through as '' so the shared schema answers with its own Chinese message. */
  return { worker, bodyPart: d.bodyPart as TInjured['bodyPart'], severity: d.severity as TInjured['severity'], hospitalId: d.hospitalId }
}

/** The form as the hotlineReport input, or the first problem in Chinese (the shared schema checks the rest). */
export function toHotlineInput(d: HotlineDraft): { ok: true; input: HotlineInput } | { ok: false; message: string } {
  if (!d.enterpriseId) return { ok: false, message: '请选择报案企业' }
  const accidentAt = fromWallText(d.accidentAt)
  if (!accidentAt) return { ok: false, message: '请按“2025-03-01 09:30”的格式填写事故时间' }
  if (d.injured.some((i) => i.mode === 'roster' && !i.rosterId)) return { ok: false, message: '请在参保名册中选择受伤职工，或改为手工填写' }
  const witnesses: TWitness[] = d.witnesses.map((w) => ({ name: w.name.trim(), phone: w.phone.trim(), relation: w.relation as TWitness['relation'], statement: w.statement.trim() }))
  return {
    ok: true,
    input: {
      requestId: d.requestId, enterpriseId: d.enterpriseId, callerName: d.callerName.trim(), callerPhone: d.callerPhone.trim(),
      injured: d.injured.map(toInjured), witnesses, accidentAt, place: d.place.trim(), description: d.description.trim(),
      measures: d.measures, measuresNote: d.measuresNote.trim(),
    },
  }
}
