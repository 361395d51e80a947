import type { CallerIdentity, FunctionContext, IdentityPort } from '../../ports/identity'

/**
 * Locally the runtime verifies the dev session token and puts the caller on the context;
 * the event is never consulted, exactly as in the cloud.
 */
export const contextIdentity: IdentityPort = {
  async resolve(context: FunctionContext): Promise<CallerIdentity | null> {
    const openid = context.caller?.openid
    return openid ? { openid } : null
  },
}
