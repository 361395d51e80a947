import { AppError } from '../errors'
import { ROLE_LABELS, type Role } from '../roles'
import { EVENT_LABELS, ZCaseEvent, type CaseEvent } from './events'
import { checkGuards } from './guards'
import type { Actor, CaseState, StateChange } from './state'
import { STATUS_LABELS, type CaseStatus, type Track } from './status'
import { ruleFor, type TransitionRule } from './transitions'

/** The outcome of firing an event: the new state and the change to record, or why it was refused. */
export type TransitionResult = { ok: true; state: CaseState; change: StateChange } | { ok: false; error: AppError }

/** The current value of one track of a case. */
export function statusOnTrack(state: CaseState, track: Track): CaseStatus {
  switch (track) {
    case 'claim':
      return state.claim
    case 'medical':
      return state.medical
    case 'rehab':
      return state.rehab
    default: {
      const _never: never = track
      return _never
    }
  }
}

function moveTrack(state: CaseState, rule: TransitionRule): CaseState {
  const version = state.version + 1
  switch (rule.track) {
    case 'claim':
      return { ...state, claim: rule.to, version }
    case 'medical':
      return { ...state, medical: rule.to, version }
    case 'rehab':
      return { ...state, rehab: rule.to, version }
    default: {
      const _never: never = rule
      return _never
    }
  }
}

/**
 * Why the event cannot fire now, or null. Checked in a fixed order so clients can rely on the
 * code: the track's current state first, then the actor's role, then the cross-track guards.
 */
export function refusal(state: CaseState, event: CaseEvent, role: Role): AppError | null {
  const rule = ruleFor(event)
  const current = statusOnTrack(state, rule.track)
  if (!(rule.from as readonly CaseStatus[]).includes(current)) {
    return new AppError(
      'CASE.INVALID_TRANSITION',
      `当前状态为「${STATUS_LABELS[current]}」，不能${EVENT_LABELS[event]}`,
      { event, track: rule.track, current },
    )
  }
  if (!rule.roles.includes(role)) {
    return new AppError('CASE.ROLE_NOT_ALLOWED', `${ROLE_LABELS[role]}不能${EVENT_LABELS[event]}`, { event, role })
  }
  return checkGuards(state, event)
}

/** Fire an event on a case (pure): the new state with version + 1 and the change record, or an AppError. */
export function transition(state: CaseState, event: CaseEvent, actor: Actor, now: Date): TransitionResult {
  const error = refusal(state, event, actor.role)
  if (error) return { ok: false, error }
  const rule = ruleFor(event)
  const change: StateChange = {
    event,
    track: rule.track,
    from: statusOnTrack(state, rule.track),
    to: rule.to,
    at: now.toISOString(),
    actorRole: actor.role,
    actorId: actor.id,
  }
  return { ok: true, state: moveTrack(state, rule), change }
}

/** The events the role may fire on the case right now, in event order (for the UI's buttons). */
export function allowedEvents(state: CaseState, role: Role): CaseEvent[] {
  return ZCaseEvent.options.filter((event) => refusal(state, event, role) === null)
}

/** True when the role may fire the event on the case right now. */
export function canFire(state: CaseState, event: CaseEvent, role: Role): boolean {
  return refusal(state, event, role) === null
}
