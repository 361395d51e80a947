import { ERROR_MESSAGES } from '../../shared/errors'

/** A failure the UI can show: a stable code (from shared/errors or 'NETWORK') and a Chinese message. */
export class ServiceError extends Error {
  /** Create an error; the message defaults to the code's standard Chinese text. */
  constructor(
    readonly code: string,
    message: string = messageOf(code),
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

/** The standard Chinese message of a code, or the generic one for unknown codes. */
export function messageOf(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL
}

/** The Chinese text to show for any thrown value. */
export function userMessage(error: unknown): string {
  return error instanceof ServiceError ? error.message : ERROR_MESSAGES.INTERNAL
}

/** True when the error means the caller has no usable session. */
export function isSessionError(error: unknown): boolean {
  return error instanceof ServiceError && (error.code === 'AUTH.UNAUTHENTICATED' || error.code === 'AUTH.NOT_BOUND')
}

/** True when trying again may help (network or server faults, not refusals). */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ServiceError) || error.code === 'NETWORK' || error.code === 'INTERNAL'
}
