import type { z } from 'zod'
import type { ActionSpec, FunctionSpec } from '../../shared/api/define'
import type { Caller } from '../domain/access'
import type { Platform } from '../ports/platform'

/** What an action handler receives besides its parsed input. */
export interface ActionContext {
  platform: Platform
  caller: Caller | null
  now: Date
  requestId: string
  /** True when the platform's timer trigger invoked the function. */
  byTimer: boolean
}

/** One handler per action of a function spec, typed from the shared zod schemas. */
export type Handlers<S extends FunctionSpec> = {
  [K in keyof S['actions']]: S['actions'][K] extends ActionSpec<infer I, infer O>
    ? (input: z.output<I>, ctx: ActionContext) => Promise<z.input<O>>
    : never
}
