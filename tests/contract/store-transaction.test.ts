import { StoreConflict, StoreNotFound } from '../../backend/ports/store'
import { docList, ejson, expectAdminCall, startHarness, type Harness } from './harness'
import { tcbError, tcbOk, type Reply } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

/* startTransaction answers the id at the top level, not under `data`. */
const started = (id: string): Reply => ({ body: { requestId: 'r', transactionId: id } })
const ok: Reply = { body: { requestId: 'r' } }

describe('CloudbaseDocumentStore.transaction', () => {
  it('starts, runs every document call under the transaction id, and commits', async () => {
    h.server
      .when('database.startTransaction', started('tx-1'))
      .when('database.getDocument', docList({ _id: 'c1', seq: 1 }))
      .when('database.insertDocument', tcbOk({ insertedIds: ['e1'] }))
      .when('database.modifyDocument', tcbOk({ updated: 1 }), 2)
      .when('database.removeDocument', tcbOk({ deleted: 1 }))
      .when('database.commitTransaction', ok)
    const result = await h.platform.store.transaction(async (tx) => {
      const current = await tx.get<{ _id: string; seq: number }>('cases', 'c1')
      await tx.insert('case_events', { _id: 'e1', caseId: 'c1' })
      await tx.set('outbox', { _id: 'o1', status: 'pending' })
      await tx.update('cases', 'c1', { seq: (current?.seq ?? 0) + 1 })
      await tx.remove('drafts', 'd1')
      return current
    })
    expect(result).toEqual({ _id: 'c1', seq: 1 })
    expect(h.server.actions()).toEqual([
      'database.startTransaction', 'database.getDocument', 'database.insertDocument', 'database.modifyDocument',
      'database.modifyDocument', 'database.removeDocument', 'database.commitTransaction',
    ])
    expectAdminCall(h.server.requests[0], 'database.startTransaction')
    for (const req of h.server.requests.slice(1)) expect(req.json?.transactionId).toBe('tx-1')
    const [, get, insert, set, update, remove] = h.server.requests.map((r) => r.json ?? {})
    expect(get).toMatchObject({ collectionName: 'cases', queryType: 'DOC' })
    expect(ejson(insert.data && (insert.data as unknown[])[0])).toEqual({ _id: 'e1', caseId: 'c1' })
    expect(set).toMatchObject({ collectionName: 'outbox', upsert: true, merge: false })
    expect(ejson(update.data)).toEqual({ $set: { seq: { $numberInt: '2' } } })
    expect(ejson(remove.query)).toEqual({ _id: 'd1' })
  })

  it('aborts and rethrows the work error unchanged', async () => {
    h.server.when('database.startTransaction', started('tx-2')).when('database.abortTransaction', ok)
    const boom = new Error('domain rule broken')
    await expect(h.platform.store.transaction(async () => Promise.reject(boom))).rejects.toBe(boom)
    expect(h.server.actions()).toEqual(['database.startTransaction', 'database.abortTransaction'])
    expect(h.server.requests[1].json?.transactionId).toBe('tx-2')
  })

  it('turns a duplicate insert into StoreConflict and aborts', async () => {
    h.server
      .when('database.startTransaction', started('tx-3'))
      .when('database.insertDocument', tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate'))
      .when('database.abortTransaction', ok)
    await expect(h.platform.store.transaction((tx) => tx.insert('cases', { _id: 'c1' }))).rejects.toBeInstanceOf(StoreConflict)
    expect(h.server.actions()).toEqual(['database.startTransaction', 'database.insertDocument', 'database.abortTransaction'])
  })

  it('checks existence inside the transaction before StoreNotFound', async () => {
    h.server
      .when('database.startTransaction', started('tx-4'))
      .when('database.modifyDocument', tcbOk({ updated: 0 }))
      .when('database.getDocument', docList())
      .when('database.abortTransaction', ok)
    await expect(h.platform.store.transaction((tx) => tx.update('cases', 'gone', { a: 1 }))).rejects.toBeInstanceOf(StoreNotFound)
    expect(h.server.withAction('database.getDocument')[0].json?.transactionId).toBe('tx-4')
  })

  it('runs the work again when the commit reports DATABASE_TRANSACTION_CONFLICT', async () => {
    h.server
      .when('database.startTransaction', started('tx-5'))
      .when('database.commitTransaction', tcbError('DATABASE_TRANSACTION_CONFLICT', 'conflict'))
      .when('database.startTransaction', started('tx-6'))
      .when('database.commitTransaction', ok)
    let runs = 0
    await expect(h.platform.store.transaction(async () => ++runs)).resolves.toBe(2)
    expect(h.server.actions()).toEqual(['database.startTransaction', 'database.commitTransaction', 'database.startTransaction', 'database.commitTransaction'])
    expect(h.server.requests[3].json?.transactionId).toBe('tx-6')
  })
})
