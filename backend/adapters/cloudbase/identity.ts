import * as tcb from '@cloudbase/node-sdk'
import type { CallerIdentity, FunctionContext, IdentityPort } from '../../ports/identity'

/** The caller variables CloudBase sets for a function invoked from the mini-program. */
export interface WxCallerContext {
  WX_OPENID?: string
  WX_APPID?: string
}

/** `tcb.getCloudbaseContext`: reads process.env, plus `context.environment` when given. */
export type CloudbaseContextReader = (context?: FunctionContext) => WxCallerContext

/* The SDK types the context with every SCF field required, but reads only `environment`/`environ`. */
const sdkReader: CloudbaseContextReader = (context) =>
  tcb.getCloudbaseContext(context as unknown as tcb.IContextParam | undefined)

/*
 * The SDK's parseContext throws INVALID_CONTEXT unless the context carries `environment` (a JSON
 * string, current runtime) or `environ` (legacy), so only such a context is passed on.
 */
function platformContext(context: FunctionContext): FunctionContext | undefined {
  return typeof context.environment === 'string' || typeof context.environ === 'string' ? context : undefined
}

/*
 * WX_OPENID / WX_APPID come from the function's environment (what `app.auth().getUserInfo()` reads)
 * or from `context.environment`. The event is never read, and `context.caller`, which only the local
 * runtime sets, is ignored: in the cloud only the platform may vouch for the caller.
 */

/** The caller as CloudBase vouches for it, or null when the openid is empty. */
export class CloudbaseIdentity implements IdentityPort {
  /** `read` defaults to the SDK's getCloudbaseContext. */
  constructor(private readonly read: CloudbaseContextReader = sdkReader) {}

  async resolve(context: FunctionContext): Promise<CallerIdentity | null> {
    let caller: WxCallerContext
    try {
      caller = this.read(platformContext(context))
    } catch {
      /* A malformed `environment` string: fall back to the process environment alone. */
      caller = this.read(undefined)
    }
    const openid = caller.WX_OPENID ?? ''
    if (!openid) return null
    return caller.WX_APPID ? { openid, appid: caller.WX_APPID } : { openid }
  }
}
