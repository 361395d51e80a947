import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readLocalConfig } from '../../backend/local/config'
import { startRuntime, type RunningRuntime } from '../../backend/local/runtime'
import { makePng } from '../support/png'
import { reportEvent, type ReportData } from '../support/report'

let dataDir: string
let runtime: RunningRuntime
const tokens: Record<string, string> = {}

async function token(userId: string): Promise<string> {
  if (!tokens[userId]) {
    const res = await fetch(`${runtime.url}dev/sign-in`, { method: 'POST', body: JSON.stringify({ userId }) })
    tokens[userId] = ((await res.json()) as { data: { token: string } }).data.token
  }
  return tokens[userId]
}
async function call(userId: string, fn: string, event: Record<string, unknown>): Promise<{ ok: boolean; code?: string; data?: any; message?: string }> {
  const res = await fetch(`${runtime.url}api/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${await token(userId)}` }, body: JSON.stringify(event) })
  return res.json() as Promise<{ ok: boolean }>
}
async function upload(userId: string, bytes: Buffer, ext: string): Promise<string> {
  const res = await fetch(`${runtime.url}upload?ext=${ext}`, { method: 'POST', headers: { authorization: `Bearer ${await token(userId)}` }, body: new Uint8Array(bytes) })
  return ((await res.json()) as { data: { fileId: string } }).data.fileId
}

let caseId: string
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'gc-evidence-'))
  runtime = await startRuntime(readLocalConfig({ PORT: '0', DATA_DIR: dataDir, SKIP_H5_BUILD: '1', LOCAL_TIMERS: '0' }, path.resolve(__dirname, '../..')), { log: () => undefined })
  const reply = await call('u-officer-01', 'case', reportEvent({ accidentAt: new Date(Date.now() - 3600_000).toISOString() }))
  caseId = (reply.data as ReportData).cases[0].caseId
  /* Loading every function's module graph takes seconds on a busy 2-core machine. */
}, 60_000)
afterAll(async () => {
  await runtime.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('photos and videos through the local runtime', () => {
  it('uploads a real image, attaches it with who/when/where and a SHA-256 that matches the served bytes', async () => {
    const png = makePng(320, 240)
    const fileId = await upload('u-officer-01', png, 'png')
    const attached = await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId, location: { latitude: 31.7, longitude: 119.9 } })
    expect(attached).toMatchObject({ ok: true, data: { media: { kind: 'photo', mime: 'image/png', size: png.length, addedByName: '张安全（演示）', location: { latitude: 31.7 } } } })
    expect(attached.data.media.sha256).toBe(createHash('sha256').update(png).digest('hex'))
    const listed = await call('u-insurer-01', 'evidence', { action: 'listMedia', caseId })
    const served = Buffer.from(await (await fetch(new URL(listed.data.media[0].url, runtime.url))).arrayBuffer())
    expect(createHash('sha256').update(served).digest('hex')).toBe(attached.data.media.sha256)
  })

  it('refuses a file that is not a photo or video, whatever its name says', async () => {
    const fileId = await upload('u-officer-01', Buffer.from('%PDF-1.7 not a photo'), 'jpg')
    expect(await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: false, code: 'MEDIA.UNSUPPORTED_TYPE' })
  })

  it('refuses an oversized photo with a clear message', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024)])
    const fileId = await upload('u-officer-01', big, 'jpg')
    expect(await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: false, code: 'MEDIA.TOO_LARGE', message: expect.stringContaining('5MB') })
  })

  it('keeps the case when an upload never arrives, and refuses ids it never issued', async () => {
    const issued = await call('u-officer-01', 'user', { action: 'prepareUpload', ext: 'jpg' })
    expect(issued).toMatchObject({ ok: true, data: { cloudPath: expect.stringMatching(/^uploads\/\d{8}\/[0-9a-f-]{36}\.jpg$/) } })
    const fileId = `local://${issued.data.cloudPath}`
    expect(await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: false, code: 'MEDIA.NOT_FOUND' })
    expect(await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId: 'local://uploads/nothing/here.jpg' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await call('u-officer-01', 'case', { action: 'get', caseId })).toMatchObject({ ok: true })
  })

  it('lets only the uploader attach an upload made through /upload', async () => {
    const fileId = await upload('u-insurer-01', makePng(12, 12), 'png')
    expect(await call('u-officer-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN', message: expect.stringContaining('本人上传') })
    expect(await call('u-insurer-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: true })
  })

  it('lets neither another enterprise see the media nor a worker or hospital attach', async () => {
    expect(await call('u-officer-05', 'evidence', { action: 'listMedia', caseId })).toMatchObject({ ok: false, code: 'CASE.NOT_FOUND' })
    const fileId = await upload('u-hospital-01', makePng(10, 10), 'png')
    expect(await call('u-hospital-01', 'evidence', { action: 'attachMedia', caseId, fileId })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })

  it('serves stored files only through signed, unexpired URLs', async () => {
    const listed = await call('u-officer-01', 'evidence', { action: 'listMedia', caseId })
    const url = new URL(listed.data.media[0].url, runtime.url)
    url.searchParams.set('sig', 'forged')
    expect((await fetch(url)).status).toBe(403)
    expect((await fetch(new URL(listed.data.media[0].url.split('?')[0], runtime.url))).status).toBe(403)
    expect((await fetch(`${runtime.url}upload?ext=png`, { method: 'POST', body: 'x' })).status).toBe(401)
  })
})

describe('witnesses', () => {
  it('adds a witness later and shows witnesses to officer and insurer, not to the worker, each view audited', async () => {
    const witness = { name: '王班长', phone: '13811112222', relation: 'supervisor', statement: '我看到模具下落' }
    expect(await call('u-insurer-01', 'evidence', { action: 'addWitness', caseId, witness })).toMatchObject({ ok: true, data: { witnesses: [expect.objectContaining({ name: '王班长' })] } })
    expect(await call('u-officer-01', 'evidence', { action: 'listWitnesses', caseId })).toMatchObject({ ok: true, data: { witnesses: [expect.objectContaining({ relation: 'supervisor' })] } })
    expect(await call('u-worker-01', 'evidence', { action: 'listWitnesses', caseId })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await call('u-officer-01', 'evidence', { action: 'addWitness', caseId, witness: { ...witness, phone: '123' } })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const views = await runtime.platform.store.find('audit', { action: 'witness.view', subjectId: caseId })
    expect(views).toHaveLength(1)
  })
})
