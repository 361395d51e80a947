import { CloudbaseFileError } from '../../backend/adapters/cloudbase/files'
import { expectAdminCall, startHarness, type Harness } from './harness'
import { tcbOk } from './recording-server'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.stop())
beforeEach(() => h.server.reset())
afterEach(() => expect(h.server.unmatched).toEqual([]))

const FILE_ID = 'cloud://contract-env.bucket-1/cases/c1/photo.jpg'
const isPath = (method: string, path: string) => (r: { method: string; path: string }) => r.method === method && r.path === path

/* Every byte value, as a view into a larger buffer, so offsets and binary safety are both exercised. */
function sampleBytes(): Uint8Array {
  const backing = new Uint8Array(300)
  for (let i = 0; i < 256; i++) backing[10 + i] = i
  return backing.subarray(10, 266)
}

describe('CloudbaseFileStore.put', () => {
  it('asks storage.getUploadMetadata, then PUTs the bytes to the signed URL with its headers', async () => {
    h.server
      .when('storage.getUploadMetadata', tcbOk({ url: `${h.server.origin}/cos/cases/c1/photo.jpg`, token: 'cos-token', authorization: 'cos-auth', fileId: FILE_ID, cosFileId: 'cos-file-id' }))
      .when(isPath('PUT', '/cos/cases/c1/photo.jpg'), { body: '' })
    const bytes = sampleBytes()
    await expect(h.platform.files.put('cases/c1/photo.jpg', bytes)).resolves.toEqual({ fileId: FILE_ID })
    const body = expectAdminCall(h.server.requests[0], 'storage.getUploadMetadata')
    expect(body).toMatchObject({ path: 'cases/c1/photo.jpg', method: 'put' })
    const upload = h.server.requests[1]
    expect(upload.method).toBe('PUT')
    expect(upload.headers).toMatchObject({ authorization: 'cos-auth', 'x-cos-security-token': 'cos-token', 'x-cos-meta-fileid': 'cos-file-id', key: 'cases%2Fc1%2Fphoto.jpg' })
    expect(Buffer.compare(upload.raw, Buffer.from(bytes))).toBe(0)
  })

  it('fails with the COS error code when the upload answers an XML error', async () => {
    const xml = '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>denied</Message><RequestId>cos-1</RequestId><TraceId>t-1</TraceId></Error>'
    h.server
      .when('storage.getUploadMetadata', tcbOk({ url: `${h.server.origin}/cos/x`, token: 't', authorization: 'a', fileId: 'cloud://x', cosFileId: 'c' }))
      .when(isPath('PUT', '/cos/x'), { status: 403, body: xml })
    await expect(h.platform.files.put('x', new Uint8Array([1]))).rejects.toMatchObject({ code: 'STORAGE_REQUEST_FAIL', message: expect.stringContaining('AccessDenied') })
  })
})

describe('CloudbaseFileStore.read', () => {
  it('gets a temporary URL (storage.batchGetDownloadUrl) and downloads the bytes from it', async () => {
    h.server
      .when('storage.batchGetDownloadUrl', tcbOk({ download_list: [{ code: 'SUCCESS', fileID: FILE_ID, tempFileURL: `${h.server.origin}/tmp/photo.jpg?sign=s1` }] }))
      .when(isPath('GET', '/tmp/photo.jpg'), { body: Buffer.from(sampleBytes()) })
    const bytes = await h.platform.files.read(FILE_ID)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(Array.from(bytes)).toEqual(Array.from(sampleBytes()))
    const body = expectAdminCall(h.server.requests[0], 'storage.batchGetDownloadUrl')
    expect(body.file_list).toEqual([{ fileid: FILE_ID, max_age: 600 }])
    expect(h.server.requests[1].query).toEqual({ sign: 's1' })
  })

  it('rejects with the per-file code and downloads nothing when the file is missing', async () => {
    h.server.when('storage.batchGetDownloadUrl', tcbOk({ download_list: [{ code: 'STORAGE_FILE_NONEXIST', fileID: FILE_ID, tempFileURL: '' }] }))
    await expect(h.platform.files.read(FILE_ID)).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
    expect(h.server.requests).toHaveLength(1)
  })
})

describe('CloudbaseFileStore.url', () => {
  it('asks for one file with maxAge 3600 and returns its tempFileURL', async () => {
    h.server.when('storage.batchGetDownloadUrl', tcbOk({ download_list: [{ code: 'SUCCESS', fileID: FILE_ID, tempFileURL: 'https://bucket.tcb.qcloud.la/cases/c1/photo.jpg?sign=x' }] }))
    await expect(h.platform.files.url(FILE_ID)).resolves.toBe('https://bucket.tcb.qcloud.la/cases/c1/photo.jpg?sign=x')
    expect(h.server.requests[0].json?.file_list).toEqual([{ fileid: FILE_ID, max_age: 3600 }])
  })

  it('throws CloudbaseFileError with the per-file code when it is not SUCCESS', async () => {
    h.server.when('storage.batchGetDownloadUrl', tcbOk({ download_list: [{ code: 'STORAGE_FILE_NONEXIST', fileID: FILE_ID, tempFileURL: '' }] }))
    const error = await h.platform.files.url(FILE_ID).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CloudbaseFileError)
    expect(error).toMatchObject({ operation: 'url', fileId: FILE_ID, code: 'STORAGE_FILE_NONEXIST' })
  })
})

describe('CloudbaseFileStore.remove', () => {
  it('sends storage.batchDeleteFile with the one file id', async () => {
    h.server.when('storage.batchDeleteFile', tcbOk({ delete_list: [{ code: 'SUCCESS', fileID: FILE_ID }] }))
    await h.platform.files.remove(FILE_ID)
    const body = expectAdminCall(h.server.requests[0], 'storage.batchDeleteFile')
    expect(body.fileid_list).toEqual([FILE_ID])
  })

  it('treats an already missing file as removed, and other codes as errors', async () => {
    h.server
      .when('storage.batchDeleteFile', tcbOk({ delete_list: [{ code: 'STORAGE_FILE_NONEXIST', fileID: FILE_ID }] }))
      .when('storage.batchDeleteFile', tcbOk({ delete_list: [{ code: 'PERMISSION_DENIED', fileID: FILE_ID }] }))
    await expect(h.platform.files.remove(FILE_ID)).resolves.toBeUndefined()
    await expect(h.platform.files.remove(FILE_ID)).rejects.toMatchObject({ name: 'CloudbaseFileError', code: 'PERMISSION_DENIED' })
  })
})
