import { createHash } from 'node:crypto'
import { COLLECTIONS } from '../../backend/domain/collections'
import { openTestBackend, type TestBackend } from '../support/backend'
import { makePng } from '../support/png'
import { AGENT, attachPhoto, DIAGNOSIS_JPG, insurer, ok, reportCase, toInvestigating, upload, version } from '../fixtures/insurer/desk'
import { issuedButMissing } from '../support/uploads'

let backend: TestBackend
let caseId: string
const WITNESSES = [
  { name: '王班长（演示）', phone: '13811112222', relation: 'supervisor', statement: '看到模具下行' },
  { name: '李同事（演示）', phone: '13811113333', relation: 'coworker', statement: '' },
]
beforeEach(async () => {
  backend = await openTestBackend()
  caseId = await reportCase({ witnesses: WITNESSES })
})
afterEach(() => backend.close())

const record = (entry: Record<string, unknown>) => insurer(AGENT, { action: 'recordInvestigation', caseId, entry })
const RECORD_TEXT = '问：事故发生时你在哪里？答：我在相邻工位，看到冲床模具下行时陈师傅的左手还在模具下方。'

describe('starting the investigation', () => {
  it('fires start_investigation after verification and refuses checklist entries before it', async () => {
    await ok(AGENT, { action: 'claim', caseId, expectedVersion: 1 })
    expect(await record({ kind: 'no_witness', reason: '没有任何目击者在场' })).toMatchObject({ ok: false, code: 'INSURER.NOT_INVESTIGATING' })
    expect(await insurer(AGENT, { action: 'startInvestigation', caseId, expectedVersion: 2 })).toMatchObject({ ok: false, code: 'CASE.INVALID_TRANSITION' })
    await ok(AGENT, { action: 'verify', caseId, expectedVersion: 2, insured: true })
    const data = await ok(AGENT, { action: 'startInvestigation', caseId, expectedVersion: 3, note: '已出发前往现场' })
    expect(data.case.state).toMatchObject({ claim: 'investigating', version: 4 })
  })
})

describe('the checklist, each item with its evidence', () => {
  beforeEach(() => toInvestigating(backend, caseId))

  it('keeps site photos by media id with their hashes, and refuses media of another incident', async () => {
    const mediaId = await attachPhoto(backend, caseId)
    const data = (await record({ kind: 'site_visit', mediaIds: [mediaId], note: '二号车间冲床工位' })) as { ok: true; data: any }
    expect(data.data.investigation.siteVisit).toMatchObject({ media: [{ id: mediaId, kind: 'photo', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), hasLocation: true }] })
    expect(data.data.investigation.items[0]).toMatchObject({ key: 'site_visit', done: true })
    const otherCase = await reportCase()
    const foreign = await attachPhoto(backend, otherCase, 'u-officer-01', 7)
    expect(await record({ kind: 'site_visit', mediaIds: [foreign] })).toMatchObject({ ok: false, code: 'INSURER.EVIDENCE_NOT_FOUND' })
  })

  it('keeps each witness\'s interview record with the signature PNG\'s file id and SHA-256', async () => {
    const png = makePng(200, 80, 3)
    const signatureFileId = await upload(backend, png, 'png')
    const reply = await record({ kind: 'interview', witnessIndex: 0, record: RECORD_TEXT, signatureFileId })
    if (!reply.ok) throw new Error(reply.code)
    const sha = createHash('sha256').update(png).digest('hex')
    expect(reply.data.investigation.interviews).toEqual([expect.objectContaining({ witnessIndex: 0, witnessName: '王班长（演示）', record: RECORD_TEXT, signatureSha256: sha })])
    expect(reply.data.investigation.items[1]).toMatchObject({ key: 'interviews', done: false, detail: '已完成1/2名证人笔录' })
    const [work] = await backend.platform.store.find<{ _id: string; investigation: { interviews: Array<{ signature: { fileId: string; sha256: string } }> } }>(COLLECTIONS.insurerWork, {})
    expect(work.investigation.interviews[0].signature).toEqual({ fileId: signatureFileId, sha256: sha, size: png.length })
    const [audit] = await backend.platform.store.find<{ _id: string; detail: Record<string, unknown> }>(COLLECTIONS.audit, { action: 'insurer.investigation.interview' })
    expect(audit.detail).toMatchObject({ signatureSha256: sha })
  })

  it.each([
    ['a JPEG posing as a signature', async () => upload(backend, DIAGNOSIS_JPG, 'png'), 'INSURER.SIGNATURE_INVALID'],
    ['a text file', async () => upload(backend, Buffer.from('not an image at all'), 'png'), 'INSURER.SIGNATURE_INVALID'],
    ['an issued upload that never arrived', async () => issuedButMissing(backend.platform, AGENT, 'png'), 'MEDIA.NOT_FOUND'],
    ['a made-up file id', async () => 'local://uploads/test/missing.png', 'AUTH.FORBIDDEN'],
    ['another agent\'s upload', async () => upload(backend, makePng(20, 10), 'png', 'u-insurer-02'), 'AUTH.FORBIDDEN'],
  ])('refuses %s, writing nothing', async (_label, fileId, code) => {
    const signatureFileId = await fileId()
    const before = backend.snapshot()
    expect(await record({ kind: 'interview', witnessIndex: 1, record: RECORD_TEXT, signatureFileId })).toMatchObject({ ok: false, code })
    expect(backend.snapshot()).toEqual(before)
  })

  it('refuses an interview of a witness the incident does not have, and "no witness" when there are witnesses', async () => {
    const signatureFileId = await upload(backend, makePng(20, 10), 'png')
    expect(await record({ kind: 'interview', witnessIndex: 5, record: RECORD_TEXT, signatureFileId })).toMatchObject({ ok: false, code: 'INSURER.WITNESS_NOT_FOUND' })
    expect(await record({ kind: 'no_witness', reason: '没有任何目击者在场' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
  })

  it('completes when every item is done: photos, both interviews, CCTV retrieved, authenticity concluded', async () => {
    const photo = await attachPhoto(backend, caseId)
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'site_visit', mediaIds: [photo] } })
    for (const witnessIndex of [0, 1]) {
      const signatureFileId = await upload(backend, makePng(120, 60, witnessIndex + 10), 'png')
      await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'interview', witnessIndex, record: RECORD_TEXT, signatureFileId } })
    }
    const requested = await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'requested', note: '已向企业保卫科申请调取' } })
    expect(requested.investigation.items[2]).toMatchObject({ key: 'cctv', done: false, detail: '已申请调取：已向企业保卫科申请调取' })
    const clip = await attachPhoto(backend, caseId, AGENT, 9)
    await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'retrieved', mediaIds: [clip] } })
    backend.clock.advance(5 * 3600_000)
    const done = await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'authenticity', conclusion: 'authentic', reasoning: '监控画面、证人证言与伤情一致' } })
    expect(done.investigation.items.every((i: { done: boolean }) => i.done)).toBe(true)
    expect(done.investigation.completedAt).toBe(backend.clock.now().toISOString())
    expect(done.investigation.deadline).toMatchObject({ remainingLabel: '已完成', overdue: false })
    const { myCases } = await ok(AGENT, { action: 'inbox' })
    expect(myCases[0].nextDeadline).toMatchObject({ clock: 'employer_filing' })
  })

  it('records CCTV as unavailable only with a reason', async () => {
    expect(await record({ kind: 'cctv', status: 'unavailable' })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const data = await ok(AGENT, { action: 'recordInvestigation', caseId, entry: { kind: 'cctv', status: 'unavailable', reason: '监控硬盘已循环覆盖' } })
    expect(data.investigation.cctv).toMatchObject({ status: 'unavailable', detail: '监控硬盘已循环覆盖' })
    expect(await version(backend, caseId)).toBe(4)
  })
})
