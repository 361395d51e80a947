import { CLOUDBASE_PAGE_SIZE } from '../../backend/adapters/cloudbase/store'
import { docList, ejson, expectAdminCall, startHarness, type Harness } from './harness'
import { tcbOk } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

const docs = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ _id: `d${from + i}` }))

describe('CloudbaseDocumentStore.find', () => {
  it('maps equality, $in, $ne, ranges and paging options onto one database.getDocument', async () => {
    h.server.when('database.getDocument', docList({ _id: 'a', status: 'open' }))
    const found = await h.platform.store.find(
      'cases',
      { status: 'open', enterpriseId: { $in: ['e1', 'e2'] }, hospitalId: { $ne: null }, closedAt: null, reportedAt: { $gte: '2024-01-01', $lt: '2024-02-01' }, seq: { $gt: 3 }, ignored: {} },
      { orderBy: [['reportedAt', 'desc'], ['seq', 'asc']], skip: 20, limit: 10 },
    )
    expect(found).toEqual([{ _id: 'a', status: 'open' }])
    expect(h.server.requests).toHaveLength(1)
    const body = expectAdminCall(h.server.requests[0], 'database.getDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'WHERE', offset: 20, limit: 10 })
    expect(ejson(body.query)).toEqual({
      status: 'open',
      enterpriseId: { $in: ['e1', 'e2'] },
      hospitalId: { $ne: null },
      closedAt: null,
      seq: { $gt: { $numberInt: '3' } },
      $and: [{ reportedAt: { $gte: '2024-01-01' } }, { reportedAt: { $lt: '2024-02-01' } }],
    })
    expect(ejson(body.order)).toEqual({ reportedAt: { $numberInt: '-1' }, seq: { $numberInt: '1' } })
  })

  it('sends no query for an empty filter', async () => {
    h.server.when('database.getDocument', docList())
    await h.platform.store.find('cases', {}, { limit: 5 })
    const body = expectAdminCall(h.server.requests[0], 'database.getDocument')
    expect(body.query).toBeUndefined()
    expect(body.order).toBeUndefined()
    expect(body.limit).toBe(5)
  })

  it('pages through 1000 at a time, ordered by _id, when no limit is given', async () => {
    h.server
      .when('database.getDocument', docList(...docs(0, CLOUDBASE_PAGE_SIZE)))
      .when('database.getDocument', docList(...docs(CLOUDBASE_PAGE_SIZE, 3)))
    const found = await h.platform.store.find('cases', { status: 'open' }, { skip: 5 })
    expect(found).toHaveLength(CLOUDBASE_PAGE_SIZE + 3)
    expect(found[CLOUDBASE_PAGE_SIZE + 2]).toEqual({ _id: `d${CLOUDBASE_PAGE_SIZE + 2}` })
    const [first, second] = h.server.requests.map((r) => r.json ?? {})
    expect(first).toMatchObject({ offset: 5, limit: 1000 })
    expect(second).toMatchObject({ offset: 1005, limit: 1000 })
    expect(ejson(first.order)).toEqual({ _id: { $numberInt: '1' } })
    expect(ejson(second.query)).toEqual({ status: 'open' })
  })

  it('splits a limit above 1000 into pages and keeps an explicit _id order as given', async () => {
    h.server
      .when('database.getDocument', docList(...docs(0, CLOUDBASE_PAGE_SIZE)))
      .when('database.getDocument', docList(...docs(CLOUDBASE_PAGE_SIZE, 500)))
    const found = await h.platform.store.find('cases', {}, { limit: 1500, orderBy: [['_id', 'desc']] })
    expect(found).toHaveLength(1500)
    const [first, second] = h.server.requests.map((r) => r.json ?? {})
    expect(first).toMatchObject({ limit: 1000 })
    expect(first.offset).toBeUndefined()
    expect(second).toMatchObject({ offset: 1000, limit: 500 })
    expect(ejson(first.order)).toEqual({ _id: { $numberInt: '-1' } })
  })

  it('stops after a short page and sends nothing for limit 0', async () => {
    h.server.when('database.getDocument', docList(...docs(0, 2)))
    await expect(h.platform.store.find('cases', {})).resolves.toHaveLength(2)
    expect(h.server.requests).toHaveLength(1)
    await expect(h.platform.store.find('cases', {}, { limit: 0 })).resolves.toEqual([])
    expect(h.server.requests).toHaveLength(1)
  })
})

describe('CloudbaseDocumentStore.count', () => {
  it('sends database.calculateDocument with the filter and reads data.total', async () => {
    h.server.when('database.calculateDocument', tcbOk({ total: 42 }))
    await expect(h.platform.store.count('cases', { enterpriseId: 'e1', status: { $in: ['open'] } })).resolves.toBe(42)
    const body = expectAdminCall(h.server.requests[0], 'database.calculateDocument')
    expect(body).toMatchObject({ collectionName: 'cases', queryType: 'WHERE' })
    expect(ejson(body.query)).toEqual({ enterpriseId: 'e1', status: { $in: ['open'] } })
  })

  it('counts the whole collection without a query', async () => {
    h.server.when('database.calculateDocument', tcbOk({ total: 0 }))
    await expect(h.platform.store.count('cases', {})).resolves.toBe(0)
    expect(h.server.requests[0].json?.query).toBeUndefined()
  })
})
