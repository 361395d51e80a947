import { StoreConflict, StoreNotFound } from '../../backend/ports/store'
import { docList, ejson, expectAdminCall, startHarness, type Harness } from './harness'
import { tcbError, tcbOk } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

describe('CloudbaseDocumentStore.get', () => {
  it('sends database.getDocument by _id and restores the document with _id from EJSON', async () => {
    h.server.when('database.getDocument', docList('{"_id":"c1","n":{"$numberInt":"5"},"r":{"$numberDouble":"1.5"},"tags":["a"],"nested":{"x":null}}'))
    const doc = await h.platform.store.get('cases', 'c1')
    expect(doc).toEqual({ _id: 'c1', n: 5, r: 1.5, tags: ['a'], nested: { x: null } })
    const body = expectAdminCall(h.server.requests[0], 'database.getDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'DOC', multi: false })
    expect(ejson(body.query)).toEqual({ _id: 'c1' })
    expect(body.transactionId).toBeUndefined()
  })

  it('answers null for an empty list', async () => {
    h.server.when('database.getDocument', docList())
    await expect(h.platform.store.get('cases', 'missing')).resolves.toBeNull()
  })
})

describe('CloudbaseDocumentStore.insert', () => {
  const doc = { _id: 'c1', n: 5, ratio: 1.5, name: '张三', ok: true, none: null, list: ['x'] }

  it('sends database.insertDocument with _id inside the one EJSON document', async () => {
    h.server.when('database.insertDocument', tcbOk({ insertedIds: ['c1'] }))
    await h.platform.store.insert('cases', doc)
    const body = expectAdminCall(h.server.requests[0], 'database.insertDocument')
    expect(body.collectionName).toBe('cases')
    expect(body.data).toHaveLength(1)
    expect(ejson((body.data as unknown[])[0])).toEqual({
      _id: 'c1', n: { $numberInt: '5' }, ratio: { $numberDouble: '1.5' }, name: '张三', ok: true, none: null, list: ['x'],
    })
  })

  it('maps DATABASE_DUPLICATE_WRITE to StoreConflict', async () => {
    h.server.when('database.insertDocument', tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate write'))
    const error = await h.platform.store.insert('cases', doc).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreConflict)
    expect(error).toMatchObject({ collection: 'cases', id: 'c1' })
  })

  it('maps a generic failure carrying Mongo E11000 text to StoreConflict', async () => {
    h.server.when('database.insertDocument', tcbError('DATABASE_REQUEST_FAILED', '[FailedOperation] E11000 duplicate key error collection: cases index: _id_'))
    await expect(h.platform.store.insert('cases', doc)).rejects.toBeInstanceOf(StoreConflict)
  })

  it('passes other errors through with their code', async () => {
    h.server.when('database.insertDocument', tcbError('DATABASE_PERMISSION_DENIED', 'no permission'))
    const error = await h.platform.store.insert('cases', doc).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(StoreConflict)
    expect(error).toMatchObject({ code: 'DATABASE_PERMISSION_DENIED' })
  })
})

describe('CloudbaseDocumentStore.set', () => {
  it('sends an upserting, non-merging database.modifyDocument with _id only in the query', async () => {
    h.server.when('database.modifyDocument', tcbOk({ updated: 0, upsert_id: 'c1' }))
    await h.platform.store.set('cases', { _id: 'c1', name: 'x', nested: { a: 1 } })
    const body = expectAdminCall(h.server.requests[0], 'database.modifyDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'DOC', multi: false, merge: false, upsert: true })
    expect(ejson(body.query)).toEqual({ _id: 'c1' })
    expect(ejson(body.data)).toEqual({ name: 'x', nested: { a: { $numberInt: '1' } } })
  })
})

describe('CloudbaseDocumentStore.update', () => {
  it('sends $set per top-level field, objects whole (not dotted), and $unset for undefined', async () => {
    h.server.when('database.modifyDocument', tcbOk({ updated: 1 }))
    await h.platform.store.update('cases', 'c1', { status: 'closed', address: { city: '武进' }, meta: {}, list: [1], note: null, gone: undefined })
    const body = expectAdminCall(h.server.requests[0], 'database.modifyDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'DOC', multi: false, merge: true, upsert: false })
    expect(ejson(body.query)).toEqual({ _id: 'c1' })
    expect(ejson(body.data)).toEqual({
      $set: { status: 'closed', address: { city: '武进' }, meta: {}, list: [{ $numberInt: '1' }], note: null },
      $unset: { gone: '' },
    })
    expect(h.server.actions()).toEqual(['database.modifyDocument'])
  })

  it('throws StoreNotFound when nothing was updated and a read finds no document', async () => {
    h.server.when('database.modifyDocument', tcbOk({ updated: 0 })).when('database.getDocument', docList())
    const error = await h.platform.store.update('cases', 'nope', { status: 'x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreNotFound)
    expect(error).toMatchObject({ collection: 'cases', id: 'nope' })
    expect(h.server.actions()).toEqual(['database.modifyDocument', 'database.getDocument'])
  })

  it('accepts updated 0 when the document exists (the patch changed nothing)', async () => {
    h.server.when('database.modifyDocument', tcbOk({ updated: 0 })).when('database.getDocument', docList({ _id: 'c1', status: 'x' }))
    await expect(h.platform.store.update('cases', 'c1', { status: 'x' })).resolves.toBeUndefined()
  })

  it('only checks existence for an empty patch', async () => {
    h.server.when('database.getDocument', docList())
    await expect(h.platform.store.update('cases', 'c1', {})).rejects.toBeInstanceOf(StoreNotFound)
    expect(h.server.actions()).toEqual(['database.getDocument'])
  })
})

describe('CloudbaseDocumentStore.remove', () => {
  it('sends database.removeDocument by _id and ignores deleted 0', async () => {
    h.server.when('database.removeDocument', tcbOk({ deleted: 0 }))
    await h.platform.store.remove('cases', 'c1')
    const body = expectAdminCall(h.server.requests[0], 'database.removeDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'DOC', multi: false })
    expect(ejson(body.query)).toEqual({ _id: 'c1' })
  })
})
