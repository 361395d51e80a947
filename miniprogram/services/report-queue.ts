import type { TReportInput } from '../../shared/api/report.schema'
import { ServiceError, userMessage } from './errors'

/** Key-value storage the queue persists in (Taro storage in the app, a Map in tests). */
export interface QueueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

/** A report waiting on the phone: 待发送 until the network returns, or failed with the server's reason. */
export interface QueuedReport {
  requestId: string
  input: TReportInput
  queuedAt: string
  status: 'waiting' | 'failed'
  lastError: string
}

/** The outcome of submitting: sent now, or kept on the phone to send later. */
export type SubmitOutcome<R> = { kind: 'sent'; result: R } | { kind: 'queued'; entry: QueuedReport }

const KEY = 'report-queue'

/**
 * Reports typed without network are kept on the phone and sent when it returns, always with the
 * request id they were first submitted with, so the server makes each into exactly one incident
 * however many times it arrives.
 */
export function createReportQueue<R>(deps: { storage: QueueStorage; send: (input: TReportInput) => Promise<R>; now?: () => Date }) {
  const now = deps.now ?? (() => new Date())
  const read = (): QueuedReport[] => (Array.isArray(deps.storage.get(KEY)) ? (deps.storage.get(KEY) as QueuedReport[]) : [])
  const write = (entries: QueuedReport[]) => deps.storage.set(KEY, entries)
  let flushing: Promise<R[]> | null = null

  function put(entry: QueuedReport): void {
    write([...read().filter((e) => e.requestId !== entry.requestId), entry])
  }

  return {
    /** Everything waiting or failed, oldest first. */
    list: read,
    /** Drop a queued report (the officer cancels it). */
    cancel(requestId: string): void {
      write(read().filter((e) => e.requestId !== requestId))
    },
    /** Send now; on a network failure keep it as 待发送 instead of losing it. Other refusals are thrown. */
    async submit(input: TReportInput): Promise<SubmitOutcome<R>> {
      try {
        const result = await deps.send(input)
        this.cancel(input.requestId)
        return { kind: 'sent', result }
      } catch (error) {
        if (!(error instanceof ServiceError) || error.code !== 'NETWORK') throw error
        const entry: QueuedReport = { requestId: input.requestId, input, queuedAt: now().toISOString(), status: 'waiting', lastError: '' }
        put(entry)
        return { kind: 'queued', entry }
      }
    },
    /** Try every waiting report once (one flush at a time); returns the results of those sent. */
    flush(): Promise<R[]> {
      flushing ??= (async () => {
        const sent: R[] = []
        for (const entry of read().filter((e) => e.status === 'waiting')) {
          try {
            sent.push(await deps.send(entry.input))
            this.cancel(entry.requestId)
          } catch (error) {
            if (error instanceof ServiceError && error.code === 'NETWORK') break
            put({ ...entry, status: 'failed', lastError: userMessage(error) })
          }
        }
        return sent
      })().finally(() => {
        flushing = null
      })
      return flushing
    },
  }
}

/** The queue's type. */
export type ReportQueue<R> = ReturnType<typeof createReportQueue<R>>
