import { z } from 'zod'
import type { ErrorCode } from '../errors'

/** A successful reply from a cloud function. */
export type OkEnvelope<T> = { ok: true; data: T }
/** A failed reply from a cloud function. */
export type ErrEnvelope = { ok: false; code: ErrorCode; message: string }
/** What every cloud function returns. */
export type Envelope<T> = OkEnvelope<T> | ErrEnvelope

/** The envelope's shape, checked by the client before reading data. */
export const ZEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
])
