import { z } from 'zod'
import type { Role } from '../roles'

/** Who may call an action: listed roles, any signed-in user, or anyone (even unbound). */
export type ActionAccess = readonly Role[] | 'signed-in' | 'anyone'

/** The contract of one action: its input, its output, who may call it. */
export interface ActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string
  access: ActionAccess
  input: I
  output: O
}

/** A cloud function's contract: its name and its actions, dispatched on `event.action`. */
export interface FunctionSpec<A extends Record<string, ActionSpec> = Record<string, ActionSpec>> {
  name: string
  summary: string
  actions: A
  /** Timer trigger (CloudBase 7-field cron), when the function has one. */
  timer?: { name: string; cron: string; action: string }
}

/** Declare a function contract with its action types preserved. */
export function defineFunction<A extends Record<string, ActionSpec>>(spec: FunctionSpec<A>): FunctionSpec<A> {
  return spec
}

/** Declare one action with its input and output types preserved. */
export function action<I extends z.ZodType, O extends z.ZodType>(spec: ActionSpec<I, O>): ActionSpec<I, O> {
  return spec
}

/** The input type of an action. */
export type InputOf<S> = S extends ActionSpec<infer I, z.ZodType> ? z.input<I> : never
/** The output type of an action. */
export type OutputOf<S> = S extends ActionSpec<z.ZodType, infer O> ? z.output<O> : never

/** Bounded text: every free-text field has a maximum so oversized events are rejected. */
export const text = (max: number) => z.string().trim().max(max, `内容不能超过${max}个字`)
/** A document id as issued by the backend. */
export const ZId = z.string().min(1, '缺少编号').max(64, '编号过长')
