/** The context a cloud function receives; locally the runtime adds `caller` from its signed session. */
export interface FunctionContext {
  request_id?: string
  function_name?: string
  environment?: string
  /** Set only by the local runtime after verifying the dev session; CloudBase never sets it. */
  caller?: { openid: string }
  [key: string]: unknown
}

/** Who called, as the platform vouches for it (never read from the event). */
export interface CallerIdentity {
  openid: string
  appid?: string
}

/** Resolves the caller from the platform. */
export interface IdentityPort {
  /** The verified caller, or null when anonymous. */
  resolve(context: FunctionContext): Promise<CallerIdentity | null>
}
