import { ServiceError } from '../../miniprogram/services/errors'
import { createReportQueue } from '../../miniprogram/services/report-queue'
import type { TReportInput } from '../../shared/api/report.schema'

const input = (requestId: string) => ({ requestId, injured: [], accidentAt: '2026-11-22T01:00:00.000Z', place: '车间', description: '职工手部受伤需要送医治疗', measures: ['first_aid'] }) as unknown as TReportInput

function setup() {
  const store = new Map<string, unknown>()
  let online = false
  const received: string[] = []
  const send = jest.fn(async (i: TReportInput) => {
    if (!online) throw new ServiceError('NETWORK')
    received.push(i.requestId)
    return { caseNo: `WJ-${i.requestId}` }
  })
  const queue = createReportQueue({ storage: { get: (k) => store.get(k), set: (k, v) => store.set(k, v) }, send })
  return { queue, store, send, received, goOnline: () => (online = true) }
}

describe('report queue (weak or no network)', () => {
  it('keeps a report submitted offline as 待发送 and sends it once with the same request id when back online', async () => {
    const { queue, received, goOnline } = setup()
    expect(await queue.submit(input('r-1'))).toMatchObject({ kind: 'queued', entry: { requestId: 'r-1', status: 'waiting' } })
    expect(await queue.flush()).toEqual([])
    goOnline()
    expect(await queue.flush()).toEqual([{ caseNo: 'WJ-r-1' }])
    expect(await queue.flush()).toEqual([])
    expect(received).toEqual(['r-1'])
    expect(queue.list()).toEqual([])
  })

  it('survives a restart of the app (it lives in storage)', async () => {
    const { queue, store, send } = setup()
    await queue.submit(input('r-2'))
    const again = createReportQueue({ storage: { get: (k) => store.get(k), set: (k, v) => store.set(k, v) }, send })
    expect(again.list().map((e) => e.requestId)).toEqual(['r-2'])
  })

  it('lets the officer cancel a waiting report', async () => {
    const { queue, goOnline, received } = setup()
    await queue.submit(input('r-3'))
    queue.cancel('r-3')
    goOnline()
    await queue.flush()
    expect(received).toEqual([])
  })

  it('never sends twice when two flushes overlap', async () => {
    const { queue, goOnline, received } = setup()
    await queue.submit(input('r-4'))
    goOnline()
    await Promise.all([queue.flush(), queue.flush()])
    expect(received).toEqual(['r-4'])
  })

  it('marks a report the server refuses as failed with its reason, and throws refusals at once when online', async () => {
    const store = new Map<string, unknown>()
    let mode: 'offline' | 'refuse' = 'offline'
    const queue = createReportQueue({
      storage: { get: (k) => store.get(k), set: (k, v) => store.set(k, v) },
      send: async () => {
        throw mode === 'offline' ? new ServiceError('NETWORK') : new ServiceError('ENTERPRISE.NOT_ACTIVE')
      },
    })
    await queue.submit(input('r-5'))
    mode = 'refuse'
    await queue.flush()
    expect(queue.list()).toEqual([expect.objectContaining({ requestId: 'r-5', status: 'failed', lastError: '企业已暂停或移出优质企业名单' })])
    await expect(queue.submit(input('r-6'))).rejects.toMatchObject({ code: 'ENTERPRISE.NOT_ACTIVE' })
  })
})
