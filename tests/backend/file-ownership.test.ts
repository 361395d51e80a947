import { main as evidenceMain } from '../../cloudfunctions/evidence/index'
import { main as rosterMain } from '../../cloudfunctions/roster/index'
import { main as userMain } from '../../cloudfunctions/user/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import { assertFileAttachable } from '../../backend/domain/uploads/attachable'
import type { UploadDoc } from '../../backend/domain/uploads/uploads'
import type { UserDoc } from '../../backend/domain/users'
import { demoOpenid } from '../../backend/local/seed-demo'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { makePng } from '../support/png'
import { injured } from '../support/report'
import { uploadAs } from '../support/uploads'
import { AGENT, APPLICATION_PDF, insurer, reportCase, toInvestigating } from '../fixtures/insurer/desk'

let backend: TestBackend
let ownCase: string
let otherCase: string
beforeEach(async () => {
  backend = await openTestBackend()
  ownCase = await reportCase({ witnesses: [{ name: '王班长（演示）', phone: '13811112222', relation: 'supervisor', statement: '' }] })
  otherCase = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-05-1' } })] }, 'u-officer-05')
})
afterEach(() => backend.close())

type Reply = { ok: boolean; code?: string; message?: string; data?: any }
const attachMedia = async (userId: string, caseId: string, fileId: string) => (await evidenceMain({ action: 'attachMedia', caseId, fileId }, contextFor(userId))) as Reply
const photo = (seed = 1) => makePng(24, 16, seed)

/** A photo the ent-05 officer attached to their own enterprise's case. */
async function otherEnterpriseCaseFile(): Promise<string> {
  const fileId = await uploadAs(backend.platform, 'u-officer-05', photo(5), 'png')
  expect(await attachMedia('u-officer-05', otherCase, fileId)).toMatchObject({ ok: true })
  return fileId
}

/** Run a refused call: AUTH.FORBIDDEN with the ownership message, nothing written, the file's bytes never read. */
async function expectForbidden(run: () => Promise<Reply>): Promise<void> {
  const before = backend.snapshot()
  const read = jest.spyOn(backend.platform.files, 'read')
  try {
    expect(await run()).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN', message: expect.stringContaining('只能使用您本人上传的文件') })
    expect(read).not.toHaveBeenCalled()
  } finally {
    read.mockRestore()
  }
  expect(backend.snapshot()).toEqual(before)
}

describe('the file-ownership rule on evidence', () => {
  it('attaches the caller\'s own upload and records the file as the case\'s', async () => {
    const fileId = await uploadAs(backend.platform, 'u-officer-01', photo(), 'png')
    expect(await attachMedia('u-officer-01', ownCase, fileId)).toMatchObject({ ok: true, data: { media: { kind: 'photo' } } })
    const [record] = await backend.platform.store.find<UploadDoc>(COLLECTIONS.uploads, { owner: demoOpenid('u-officer-01') })
    expect(record).toMatchObject({ owner: demoOpenid('u-officer-01'), caseIds: [ownCase] })
    expect(fileId).toBe(`local://${record.path}`)
  })

  it.each([
    ['another user\'s upload', () => uploadAs(backend.platform, 'u-insurer-01', photo(), 'png')],
    ['another enterprise\'s case file', otherEnterpriseCaseFile],
    ['a made-up id', async () => 'local://uploads/20261122/00000000-0000-4000-8000-000000000000.png'],
    ['a path outside uploads', async () => 'local://session.key'],
    ['a path that climbs out', async () => 'local://uploads/../session.key'],
    ['an id of another store', async () => 'cloud://other-env.6f74-other-env-1250000000/uploads/20261122/x.png'],
  ])('refuses %s with AUTH.FORBIDDEN and writes nothing', async (_label, make) => {
    const fileId = await make()
    await expectForbidden(() => attachMedia('u-officer-01', ownCase, fileId))
  })

  it('lets whoever may read a case reuse its files there, and nowhere else', async () => {
    const fileId = await uploadAs(backend.platform, 'u-officer-01', photo(), 'png')
    expect(await attachMedia('u-officer-01', ownCase, fileId)).toMatchObject({ ok: true })
    /* The insurer reads every case: the officer's photo may go into this case's package, not into another case. */
    await toInvestigating(backend, ownCase)
    const png = uploadAs(backend.platform, AGENT, photo(9), 'png')
    const attachPackage = async (caseId: string, id: string) => (await insurer(AGENT, { action: 'attachPackageItem', caseId, item: 'id_document', fileId: id })) as Reply
    expect(await attachPackage(ownCase, fileId)).toMatchObject({ ok: true, data: { file: { mime: 'image/png' } } })
    await toInvestigating(backend, otherCase)
    await expectForbidden(() => attachPackage(otherCase, fileId))
    expect(await attachPackage(otherCase, await png)).toMatchObject({ ok: true })
  })

  it('applies one rule to every caller: the domain function itself', async () => {
    const officer = (await backend.platform.store.get<UserDoc>(COLLECTIONS.users, 'u-officer-01'))!
    const worker = (await backend.platform.store.get<UserDoc>(COLLECTIONS.users, 'u-worker-01'))!
    const fileId = await uploadAs(backend.platform, 'u-officer-01', photo(), 'png')
    await expect(assertFileAttachable(backend.platform, officer, fileId)).resolves.toMatchObject({ fileId })
    await expect(assertFileAttachable(backend.platform, worker, fileId)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(await attachMedia('u-officer-01', ownCase, fileId)).toMatchObject({ ok: true })
    /* The worker may read the case: once the file is the case's, the rule lets them name it for that case only. */
    await expect(assertFileAttachable(backend.platform, worker, fileId, ownCase)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
    const workersCase = await reportCase({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-0' } })] })
    const shared = await uploadAs(backend.platform, 'u-officer-01', photo(2), 'png')
    expect(await attachMedia('u-officer-01', workersCase, shared)).toMatchObject({ ok: true })
    await expect(assertFileAttachable(backend.platform, worker, shared, workersCase)).resolves.toMatchObject({ fileId: shared })
    await expect(assertFileAttachable(backend.platform, worker, shared, ownCase)).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' })
  })
})

describe('the file-ownership rule on signatures, package materials and rosters', () => {
  it('refuses another agent\'s upload as a witness signature or a package material', async () => {
    await toInvestigating(backend, ownCase)
    const supervisors = await uploadAs(backend.platform, 'u-insurer-02', makePng(120, 60, 3), 'png')
    const entry = { kind: 'interview', witnessIndex: 0, record: '问：请陈述你看到的情况。答：我看到模具下行时他的右手还在模具下方。', signatureFileId: supervisors }
    await expectForbidden(async () => (await insurer(AGENT, { action: 'recordInvestigation', caseId: ownCase, entry })) as Reply)
    const pdf = await uploadAs(backend.platform, 'u-insurer-02', APPLICATION_PDF, 'pdf')
    await expectForbidden(async () => (await insurer(AGENT, { action: 'attachPackageItem', caseId: ownCase, item: 'application_form', fileId: pdf })) as Reply)
  })

  it('reads a roster file only for the officer or bureau reviewer who uploaded it', async () => {
    const csv = '姓名,身份证号,手机号,参保日期,参保单位\n'
    const bureaus = await uploadAs(backend.platform, 'u-bureau-01', csv, 'csv')
    await expectForbidden(async () => (await rosterMain({ action: 'previewImport', fileId: bureaus }, contextFor('u-officer-01'))) as Reply)
    await expectForbidden(async () => (await rosterMain({ action: 'confirmImport', fileId: bureaus, expectedHash: '0'.repeat(64) }, contextFor('u-officer-01'))) as Reply)
    const officers = await uploadAs(backend.platform, 'u-officer-01', csv, 'csv')
    await expectForbidden(async () => (await rosterMain({ action: 'previewImport', fileId: officers, enterpriseId: 'ent-01' }, contextFor('u-bureau-01'))) as Reply)
  })
})

describe('user.prepareUpload (mini-program uploads)', () => {
  it('issues a fresh path per call, owned by the caller, that only the caller can attach once uploaded', async () => {
    const issue = async (userId: string) => ((await userMain({ action: 'prepareUpload', ext: 'png' }, contextFor(userId))) as Reply).data.cloudPath as string
    const [a, b] = [await issue('u-officer-01'), await issue('u-officer-01')]
    expect(a).not.toBe(b)
    expect(a).toMatch(/^uploads\/20261122\/[0-9a-f-]{36}\.png$/)
    const { fileId } = await backend.platform.files.put(a, photo())
    await expectForbidden(() => attachMedia('u-officer-05', otherCase, fileId))
    expect(await attachMedia('u-officer-01', ownCase, fileId)).toMatchObject({ ok: true })
  })

  it('refuses anonymous and unbound callers and extensions that are not plain', async () => {
    expect(await userMain({ action: 'prepareUpload', ext: 'png' }, contextFor())).toMatchObject({ ok: false, code: 'AUTH.UNAUTHENTICATED' })
    expect(await userMain({ action: 'prepareUpload', ext: 'png' }, { caller: { openid: 'wx-stranger' } })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
    const before = backend.snapshot()
    for (const ext of ['../x', 'PNG', 'p.ng', '', 'averyverylongext']) {
      expect(await userMain({ action: 'prepareUpload', ext }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    }
    expect(backend.snapshot()).toEqual(before)
  })
})
