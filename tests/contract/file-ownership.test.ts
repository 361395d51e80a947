import { CloudbaseFileStore } from '../../backend/adapters/cloudbase/files'
import { assertFileAttachable, linkFileToCase } from '../../backend/domain/uploads/attachable'
import { issueUpload, uploadDocId } from '../../backend/domain/uploads/uploads'
import type { UserDoc } from '../../backend/domain/users'
import { docList, ejson, expectAdminCall, startHarness, TEST_ENV, type Harness } from './harness'
import { tcbOk, type Reply } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

const NOW = new Date('2026-11-22T02:00:00.000Z')
const PATH = 'uploads/20261122/5b0e3c1e-8d4f-4a55-9a51-3f1f0c9a7e21.jpg'
/** A file id as wx.cloud.uploadFile answers it: `cloud://<env>.<bucket>/<cloudPath>`. */
const FILE_ID = `cloud://${TEST_ENV}.636f-${TEST_ENV}-1250000000/${PATH}`
const officer: UserDoc = { _id: 'u-o1', openid: 'o-officer-1', role: 'officer', name: '张安全', enterpriseId: 'ent-01', demo: false, createdAt: NOW.toISOString() }
const record = (owner: string, caseIds: string[] = []) => ({ _id: uploadDocId(PATH), path: PATH, owner, issuedAt: NOW.toISOString(), caseIds })
const started: Reply = { body: { requestId: 'r', transactionId: 'tx-up' } }
const done: Reply = { body: { requestId: 'r' } }

describe('issueUpload on CloudBase (the ticket behind user.prepareUpload)', () => {
  it('inserts the ownership record in a transaction before the client uploads anything', async () => {
    h.server
      .when('database.startTransaction', started)
      .when('database.insertDocument', tcbOk({ insertedIds: ['x'] }))
      .when('database.commitTransaction', done)
    const { path } = await issueUpload(h.platform, 'o-officer-1', 'jpg', NOW)
    expect(path).toMatch(/^uploads\/20261122\/[0-9a-f-]{36}\.jpg$/)
    expect(h.server.actions()).toEqual(['database.startTransaction', 'database.insertDocument', 'database.commitTransaction'])
    const insert = expectAdminCall(h.server.requests[1], 'database.insertDocument')
    expect(insert).toMatchObject({ collectionName: 'uploads', transactionId: 'tx-up' })
    expect(ejson((insert.data as unknown[])[0])).toEqual({ _id: uploadDocId(path), path, owner: 'o-officer-1', issuedAt: NOW.toISOString(), caseIds: [] })
  })
})

describe('assertFileAttachable on CloudBase', () => {
  it('accepts the caller\'s own upload after one read of its record by id, touching no storage', async () => {
    h.server.when('database.getDocument', docList(record('o-officer-1')))
    await expect(assertFileAttachable(h.platform, officer, FILE_ID)).resolves.toEqual({ fileId: FILE_ID, uploadId: uploadDocId(PATH) })
    const body = expectAdminCall(h.server.requests[0], 'database.getDocument')
    expect(body).toMatchObject({ collectionName: 'uploads', queryType: 'DOC' })
    expect(ejson(body.query)).toEqual({ _id: uploadDocId(PATH) })
    expect(h.server.actions()).toEqual(['database.getDocument'])
  })

  it.each([
    ['another user\'s upload', () => h.server.when('database.getDocument', docList(record('o-someone-else')))],
    ['a made-up id (no record)', () => h.server.when('database.getDocument', docList())],
  ])('refuses %s with AUTH.FORBIDDEN, reading no bytes and writing nothing', async (_label, script) => {
    script()
    await expect(assertFileAttachable(h.platform, officer, FILE_ID)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(h.server.actions()).toEqual(['database.getDocument'])
  })

  it('lets a reader of the case reuse one of its files, but not another enterprise\'s case file', async () => {
    h.server
      .when('database.getDocument', docList(record('o-officer-2', ['case-1'])))
      .when('database.getDocument', docList({ _id: 'case-1', enterpriseId: 'ent-01' }))
      .when('database.getDocument', docList(record('o-officer-5', ['case-5'])))
      .when('database.getDocument', docList({ _id: 'case-5', enterpriseId: 'ent-05' }))
    await expect(assertFileAttachable(h.platform, officer, FILE_ID, 'case-1')).resolves.toMatchObject({ fileId: FILE_ID })
    await expect(assertFileAttachable(h.platform, officer, FILE_ID, 'case-5')).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(h.server.withAction('database.getDocument').map((r) => r.json?.collectionName)).toEqual(['uploads', 'cases', 'uploads', 'cases'])
  })

  it.each([
    ['another environment', `cloud://other-env.636f-other-env-1250000000/${PATH}`],
    ['a path that climbs out', `cloud://${TEST_ENV}.636f-${TEST_ENV}-1250000000/uploads/../fonts/x.ttf`],
    ['no cloud:// scheme', `https://636f-${TEST_ENV}-1250000000.tcb.qcloud.la/${PATH}`],
    ['a local file id', `local://${PATH}`],
  ])('refuses a file id of %s without asking CloudBase anything', async (_label, fileId) => {
    await expect(assertFileAttachable(h.platform, officer, fileId)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(h.server.requests).toEqual([])
  })
})

describe('linkFileToCase on CloudBase', () => {
  it('adds the case to the record inside the attachment\'s transaction', async () => {
    h.server
      .when('database.startTransaction', started)
      .when('database.getDocument', docList(record('o-officer-1')))
      .when('database.modifyDocument', tcbOk({ updated: 1 }))
      .when('database.commitTransaction', done)
    await h.platform.store.transaction((tx) => linkFileToCase(tx, { fileId: FILE_ID, uploadId: uploadDocId(PATH) }, 'case-1'))
    const update = h.server.withAction('database.modifyDocument')[0].json!
    expect(update).toMatchObject({ collectionName: 'uploads', transactionId: 'tx-up' })
    expect(ejson(update.data)).toEqual({ $set: { caseIds: ['case-1'] } })
  })
})

describe('CloudbaseFileStore.pathOf', () => {
  it('reads the cloud path of this environment\'s file ids only; without a known environment any', () => {
    expect(new CloudbaseFileStore({} as never, 3600, TEST_ENV).pathOf(FILE_ID)).toBe(PATH)
    expect(new CloudbaseFileStore({} as never, 3600, 'env-b').pathOf(FILE_ID)).toBeNull()
    expect(new CloudbaseFileStore({} as never).pathOf(FILE_ID)).toBe(PATH)
    expect(new CloudbaseFileStore({} as never).pathOf(`cloud://${TEST_ENV}.b/a//b.jpg`)).toBeNull()
  })
})
