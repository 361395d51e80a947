import fc from 'fast-check'
import {
  ACTIVE_REHAB_STATUSES,
  EVENT_LABELS,
  NEXT_STEP_HINT,
  RECOGNISED_CLAIM_STATUSES,
  STATUS_LABELS,
  TRACK_STATUSES,
  TRANSITIONS,
  ZCaseEvent,
  ZCaseState,
  ZCaseStatus,
  ZClaimStatus,
  ZMedicalStatus,
  ZRehabStatus,
  ZStateChange,
  allowedEvents,
  initialCaseState,
  ruleFor,
  statusOnTrack,
  trackOfStatus,
  transition,
  type CaseEvent,
  type CaseState,
  type CaseStatus,
  type Track,
} from '../../shared/case'
import { ZRole, type Role } from '../../shared/roles'

const ROLES = ZRole.options
const EVENTS = ZCaseEvent.options
const NOW = new Date('2024-03-01T02:00:00.000Z')
const actor = (role: Role) => ({ role, id: `u-${role}` })

/* The guards, restated independently of shared/case/guards.ts. */
const TERMINAL: readonly string[] = ['closed', 'withdrawn']
const RECOGNISED_OR_LATER: readonly string[] = ['recognised', 'in_settlement', 'settled', 'payment_due', 'payment_overdue', 'paid']
const REHAB_ACTIVE: readonly string[] = ['rehab_applied', 'rehab_approved', 'rehab_transferred', 'rehab_in_progress']
function guardsPass(state: CaseState, event: CaseEvent): boolean {
  if (TERMINAL.includes(state.claim)) return false
  if (event === 'apply_rehab') return RECOGNISED_OR_LATER.includes(state.claim)
  if (event === 'close') return !REHAB_ACTIVE.includes(state.rehab)
  return true
}
function expectedCode(state: CaseState, event: CaseEvent, role: Role): string | null {
  const rule = ruleFor(event)
  if (!(rule.from as readonly string[]).includes(statusOnTrack(state, rule.track))) return 'CASE.INVALID_TRANSITION'
  if (!rule.roles.includes(role)) return 'CASE.ROLE_NOT_ALLOWED'
  return guardsPass(state, event) ? null : 'CASE.GUARD_FAILED'
}

/* Open baselines for the other two tracks, chosen so that no guard fails on them. */
function withTrack(track: Track, status: CaseStatus): CaseState {
  const base: CaseState = { claim: 'recognised', medical: 'in_treatment', rehab: 'rehab_none', version: 7 }
  return { ...base, [track]: status }
}

const ALL_STATES: CaseState[] = ZClaimStatus.options.flatMap((claim) =>
  ZMedicalStatus.options.flatMap((medical) => ZRehabStatus.options.map((rehab) => ({ claim, medical, rehab, version: 3 }))),
)

describe('transition table', () => {
  test('every event has exactly one row, and every row stays on its own track', () => {
    expect(TRANSITIONS.map((r) => r.event).sort()).toEqual([...EVENTS].sort())
    for (const rule of TRANSITIONS) {
      expect(rule.from.length).toBeGreaterThan(0)
      expect(rule.roles.length).toBeGreaterThan(0)
      for (const s of [...rule.from, rule.to]) expect(trackOfStatus(s)).toBe(rule.track)
    }
  })

  test('state values are distinct across the tracks and ZCaseStatus is their union', () => {
    const all = [...ZClaimStatus.options, ...ZMedicalStatus.options, ...ZRehabStatus.options]
    expect(new Set(all).size).toBe(all.length)
    expect([...ZCaseStatus.options].sort()).toEqual([...all].sort())
  })

  test('every state, event and claim state has a Chinese label or hint', () => {
    for (const s of ZCaseStatus.options) expect(STATUS_LABELS[s]).toMatch(/[\u4e00-\u9fff]/)
    for (const e of EVENTS) expect(EVENT_LABELS[e]).toMatch(/[\u4e00-\u9fff]/)
    for (const s of ZClaimStatus.options) expect(NEXT_STEP_HINT[s]).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe.each(EVENTS)('event %s', (event) => {
  const rule = ruleFor(event)
  const rows = (TRACK_STATUSES[rule.track] as readonly CaseStatus[]).flatMap((status) => ROLES.map((role) => [status, role] as const))

  test.each(rows)('from %s by %s', (status, role) => {
    const state = withTrack(rule.track, status)
    const result = transition(state, event, actor(role), NOW)
    const code = expectedCode(state, event, role)
    if (code === null) {
      if (!result.ok) throw result.error
      expect(statusOnTrack(result.state, rule.track)).toBe(rule.to)
      expect(result.state.version).toBe(state.version + 1)
      expect(result.change).toEqual({ event, track: rule.track, from: status, to: rule.to, at: NOW.toISOString(), actorRole: role, actorId: `u-${role}` })
      expect(ZStateChange.parse(result.change)).toEqual(result.change)
      expect(allowedEvents(state, role)).toContain(event)
    } else {
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe(code)
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(allowedEvents(state, role)).not.toContain(event)
    }
  })

  test('matches the rules on every combination of the three tracks', () => {
    const mismatches: string[] = []
    for (const state of ALL_STATES) {
      for (const role of ROLES) {
        const result = transition(state, event, actor(role), NOW)
        const got = result.ok ? null : result.error.code
        const want = expectedCode(state, event, role)
        if (got !== want) mismatches.push(`${JSON.stringify(state)} ${role}: got ${got}, want ${want}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('messages and guards', () => {
  test('an invalid transition names the current state in Chinese', () => {
    const result = transition(initialCaseState(), 'recognise', actor('bureau'), NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('已报案')
  })

  test('state is checked before role', () => {
    const result = transition(initialCaseState(), 'recognise', actor('worker'), NOW)
    expect(!result.ok && result.error.code).toBe('CASE.INVALID_TRANSITION')
  })

  test.each(['reported', 'investigating', 'under_review', 'not_recognised'] as const)('rehabilitation cannot be applied for while the claim is %s', (claim) => {
    const result = transition({ ...initialCaseState(), claim }, 'apply_rehab', actor('worker'), NOW)
    expect(!result.ok && result.error.code).toBe('CASE.GUARD_FAILED')
  })

  test.each(RECOGNISED_CLAIM_STATUSES)('rehabilitation can be applied for once the claim is %s', (claim) => {
    expect(transition({ ...initialCaseState(), claim }, 'apply_rehab', actor('insurer'), NOW).ok).toBe(true)
  })

  test.each(ACTIVE_REHAB_STATUSES)('a case cannot be closed while rehabilitation is %s', (rehab) => {
    const result = transition({ ...initialCaseState(), claim: 'paid', rehab }, 'close', actor('bureau'), NOW)
    expect(!result.ok && result.error.code).toBe('CASE.GUARD_FAILED')
  })

  test.each(['closed', 'withdrawn'] as const)('a %s case takes no event on any track, for any role', (claim) => {
    for (const medical of ZMedicalStatus.options) {
      for (const rehab of ZRehabStatus.options) {
        const state: CaseState = { claim, medical, rehab, version: 9 }
        for (const role of ROLES) {
          expect(allowedEvents(state, role)).toEqual([])
          for (const event of EVENTS) expect(transition(state, event, actor(role), NOW).ok).toBe(false)
        }
      }
    }
  })

  test('version increments by one per applied event and the input is not mutated', () => {
    const s0 = initialCaseState()
    const r1 = transition(s0, 'verify_insured', actor('insurer'), NOW)
    if (!r1.ok) throw r1.error
    const r2 = transition(r1.state, 'admit', actor('hospital'), NOW)
    if (!r2.ok) throw r2.error
    expect([s0.version, r1.state.version, r2.state.version]).toEqual([1, 2, 3])
    expect(s0).toEqual(initialCaseState())
    expect(r2.state).toEqual({ claim: 'insured_verified', medical: 'inpatient', rehab: 'rehab_none', version: 3 })
  })

  test('allowedEvents lists what each role can do on a new case', () => {
    const s = initialCaseState()
    expect(allowedEvents(s, 'insurer')).toEqual(['verify_insured', 'withdraw'])
    expect(allowedEvents(s, 'officer')).toEqual(['withdraw'])
    expect(allowedEvents(s, 'hospital')).toEqual(['admit', 'register_outpatient'])
    expect(allowedEvents(s, 'worker')).toEqual([])
  })
})

describe('a whole case', () => {
  test('report to closing, with treatment and rehabilitation in parallel', () => {
    const script: [CaseEvent, Role][] = [
      ['register_outpatient', 'hospital'],
      ['verify_insured', 'insurer'],
      ['admit', 'hospital'],
      ['issue_diagnosis', 'hospital'], // the diagnosis arrives before the investigation ends
      ['start_investigation', 'insurer'],
      ['submit_application', 'insurer'],
      ['request_correction', 'bureau'],
      ['resubmit', 'insurer'],
      ['accept_application', 'bureau'],
      ['pause_review', 'bureau'],
      ['resume_review', 'bureau'],
      ['recognise', 'bureau'],
      ['begin_treatment', 'hospital'],
      ['apply_rehab', 'worker'],
      ['start_settlement', 'insurer'],
      ['bill_enterprise', 'hospital'],
      ['mark_overdue', 'system'],
      ['record_payment', 'hospital'],
      ['discharge', 'hospital'],
      ['approve_rehab', 'bureau'],
      ['transfer_rehab', 'insurer'],
      ['start_rehab', 'hospital'],
      ['evaluate_rehab', 'hospital'],
      ['close', 'bureau'],
    ]
    let state = initialCaseState()
    for (const [event, role] of script) {
      const result = transition(state, event, actor(role), NOW)
      if (!result.ok) throw new Error(`${event} by ${role}: ${result.error.message}`)
      state = result.state
    }
    expect(state).toEqual({ claim: 'closed', medical: 'discharged', rehab: 'rehab_evaluated', version: script.length + 1 })
  })
})

describe('reachability', () => {
  test('every state of every track is reachable from the initial state', () => {
    const key = (s: CaseState) => `${s.claim}/${s.medical}/${s.rehab}`
    const seen = new Map<string, CaseState>([[key(initialCaseState()), initialCaseState()]])
    const queue: CaseState[] = [initialCaseState()]
    while (queue.length > 0) {
      const state = queue.shift() as CaseState
      for (const event of EVENTS) {
        for (const role of ROLES) {
          const result = transition(state, event, actor(role), NOW)
          if (result.ok && !seen.has(key(result.state))) {
            seen.set(key(result.state), result.state)
            queue.push(result.state)
          }
        }
      }
    }
    const reached = new Set([...seen.values()].flatMap((s) => [s.claim, s.medical, s.rehab]))
    expect(ZCaseStatus.options.filter((s) => !reached.has(s))).toEqual([])
  })
})

describe('property: random event sequences', () => {
  test('keep the state valid, versions monotonic, and failed events change nothing', () => {
    const step = fc.record({ event: fc.constantFrom(...EVENTS), role: fc.constantFrom(...ROLES) })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state = initialCaseState()
        for (const { event, role } of steps) {
          const result = transition(state, event, actor(role), NOW)
          if (result.ok) {
            expect(ZCaseState.parse(result.state)).toEqual(result.state)
            expect(result.state.version).toBe(state.version + 1)
            if (TERMINAL.includes(state.claim)) throw new Error('event applied to a terminal case')
            state = result.state
          } else {
            expect(['CASE.INVALID_TRANSITION', 'CASE.ROLE_NOT_ALLOWED', 'CASE.GUARD_FAILED']).toContain(result.error.code)
          }
        }
        expect(ZCaseState.safeParse(state).success).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  test('sequences of allowed events always apply', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (picks) => {
        let state = initialCaseState()
        for (const pick of picks) {
          const options = ROLES.flatMap((role) => allowedEvents(state, role).map((event) => ({ role, event })))
          if (options.length === 0) break
          const { role, event } = options[pick % options.length]
          const result = transition(state, event, actor(role), NOW)
          if (!result.ok) throw result.error
          expect(result.state.version).toBeGreaterThan(state.version)
          state = result.state
        }
      }),
      { numRuns: 300 },
    )
  })
})
