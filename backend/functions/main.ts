import { z } from 'zod'
import '../../shared/api/zod-locale'
import type { FunctionSpec } from '../../shared/api/define'
import type { Envelope } from '../../shared/api/envelope'
import { AppError, isAppError } from '../../shared/errors'
import { checkAccess, resolveCaller } from '../domain/access'
import type { FunctionContext } from '../ports/identity'
import type { Platform } from '../ports/platform'
import type { ActionContext, Handlers } from './context'
import { currentPlatform } from './platform-registry'
import { firstIssueMessage } from './validation'

/** Events larger than this are refused before parsing (CloudBase's own limit is 6 MB). */
export const MAX_EVENT_BYTES = 64 * 1024

const ZActionEvent = z.object({ action: z.string().max(64) }).passthrough()

/** A CloudBase timer trigger event carries Type 'Timer' and the trigger's name. */
function isTimerEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
}

async function dispatch<S extends FunctionSpec>(spec: S, handlers: Handlers<S>, platform: Platform, event: unknown, context: FunctionContext): Promise<unknown> {
  if (JSON.stringify(event ?? null).length > MAX_EVENT_BYTES) throw new AppError('REQUEST.TOO_LARGE')
  const caller = await resolveCaller(platform, context)
  const byTimer = isTimerEvent(event)
  // A timer event from a real user is forged: only the platform (no caller) fires timers.
  if (byTimer && (!spec.timer || caller)) throw new AppError('AUTH.FORBIDDEN')
  const parsedEvent = byTimer ? { action: spec.timer!.action } : ZActionEvent.safeParse(event).data
  if (!parsedEvent) throw new AppError('REQUEST.INVALID', '请求格式不正确：缺少 action')
  const name = parsedEvent.action
  const actionSpec = Object.hasOwn(spec.actions, name) ? spec.actions[name] : undefined
  if (!actionSpec) throw new AppError('REQUEST.UNKNOWN_ACTION', `不支持的操作：${name.slice(0, 32)}`)
  if (!byTimer) checkAccess(actionSpec.access, caller)
  const { action: _omit, ...rest } = (byTimer ? {} : event) as Record<string, unknown>
  const input = actionSpec.input.safeParse(rest)
  if (!input.success) throw new AppError('REQUEST.INVALID', firstIssueMessage(input.error))
  const ctx: ActionContext = { platform, caller, now: platform.clock.now(), requestId: String(context.request_id ?? ''), byTimer }
  const handler = handlers[name as keyof Handlers<S>] as (input: unknown, ctx: ActionContext) => Promise<unknown>
  // Parsing the output strips any field the contract does not name, so nothing leaks by accident.
  return actionSpec.output.parse(await handler(input.data, ctx))
}

/** Build a cloud function's `main(event, context)`: parse, resolve the caller, dispatch, map errors. */
export function createMain<S extends FunctionSpec>(spec: S, handlers: Handlers<S>, platformFactory: () => Platform) {
  return async function main(event: unknown, context: FunctionContext = {}): Promise<Envelope<unknown>> {
    try {
      const data = await dispatch(spec, handlers, currentPlatform(platformFactory), event, context)
      return { ok: true, data }
    } catch (error) {
      if (isAppError(error)) return { ok: false, code: error.code, message: error.message }
      console.error(`[${spec.name}] unexpected error`, error)
      return { ok: false, code: 'INTERNAL', message: new AppError('INTERNAL').message }
    }
  }
}
