import Taro from '@tarojs/taro'
import { z } from 'zod'
import { userApi } from '../../shared/api/user.api'
import { callFunction } from './call'
import { ServiceError } from './errors'
import { httpJson, unwrap } from './http'
import { isWeapp } from './platform'
import { getToken } from './session'

/**
 * A file the user picked, before upload: in H5 the browser's bytes, in the mini-program a temp
 * file path. `ext` is a lower-case extension without the dot (the server checks the real type).
 */
export type PickedFile =
  | { kind: 'blob'; blob: Blob; name: string; ext: string }
  | { kind: 'temp'; path: string; name: string; ext: string }

const ZUploaded = z.object({ fileId: z.string().min(1), size: z.number().optional() })
const EXTENSION = /^[a-z0-9]{1,8}$/

/** The lower-case extension of a file name or path ('bin' when there is none). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.split('?')[0])
  return match ? match[1].toLowerCase() : 'bin'
}

/** H5: POST the raw bytes to the local runtime's /upload?ext=<ext> with the session token; returns the file id. */
export async function uploadBlob(blob: Blob, ext: string): Promise<string> {
  const safeExt = EXTENSION.test(ext) ? ext : 'bin'
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const raw = await httpJson(`/upload?ext=${safeExt}`, { method: 'POST', headers, body: blob })
  return unwrap(raw, ZUploaded).fileId
}

/**
 * Mini-program: the cloud path to upload one file to, issued by the server and recorded as the
 * caller's (only files uploaded there can be attached later). Native components that upload by
 * themselves get this path from their page.
 */
export async function issueCloudPath(ext: string): Promise<string> {
  return (await callFunction(userApi, 'prepareUpload', { ext: EXTENSION.test(ext) ? ext : 'bin' })).cloudPath
}

/** Mini-program: upload a temp file to cloud storage with Taro.cloud.uploadFile under an issued path; returns the fileID. */
export async function uploadTempFile(filePath: string, ext: string): Promise<string> {
  const cloudPath = await issueCloudPath(ext)
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath })
    if (!res.fileID) throw new Error('no fileID')
    return res.fileID
  } catch {
    throw new ServiceError('NETWORK', '文件上传失败，请检查网络后重试')
  }
}

/** Upload a picked file the way the platform does (H5 HTTP, weapp cloud storage); returns the file id. */
export function uploadPicked(file: PickedFile): Promise<string> {
  if (file.kind === 'temp') {
    if (!isWeapp()) return Promise.reject(new ServiceError('REQUEST.INVALID', '当前环境不支持该文件'))
    return uploadTempFile(file.path, file.ext)
  }
  return uploadBlob(file.blob, file.ext)
}
