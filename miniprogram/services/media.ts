import Taro from '@tarojs/taro'
import { evidenceApi, type TMediaItem } from '../../shared/api/evidence.api'
import { callFunction } from './call'
import { compressPhotoInBrowser } from './compress-h5'
import { compressPhotoInWeapp } from './compress-weapp'
import { ServiceError } from './errors'
import { isWeapp } from './platform'
import { getToken } from './session'
import { extensionOf, issueCloudPath, type PickedFile } from './upload'

/** A photo or video ready to upload (photos already compressed on the phone). */
export type PreparedMedia = PickedFile & { isVideo: boolean; previewUrl: string }

/** Compress a photo the user picked in the browser; videos go as they are. */
export async function prepareBrowserFile(file: File): Promise<PreparedMedia> {
  if (file.type.startsWith('video/')) return { kind: 'blob', blob: file, name: file.name, ext: extensionOf(file.name), isVideo: true, previewUrl: URL.createObjectURL(file) }
  const photo = await compressPhotoInBrowser(file)
  return { kind: 'blob', blob: photo.blob, name: file.name, ext: 'jpg', isVideo: false, previewUrl: URL.createObjectURL(photo.blob) }
}

/** Mini-program: take photos or short videos (camera or album), photos compressed with compressImage. */
export async function chooseAndPrepare(): Promise<PreparedMedia[]> {
  const { tempFiles } = await Taro.chooseMedia({ count: 9, mediaType: ['image', 'video'], sourceType: ['camera', 'album'], maxDuration: 30, sizeType: ['original'] })
  return Promise.all(tempFiles.map(async (f) => {
    if (f.fileType === 'video') return { kind: 'temp' as const, path: f.tempFilePath, name: f.tempFilePath, ext: extensionOf(f.tempFilePath), isVideo: true, previewUrl: f.thumbTempFilePath ?? f.tempFilePath }
    const photo = await compressPhotoInWeapp(f.tempFilePath)
    return { kind: 'temp' as const, path: photo.tempFilePath, name: f.tempFilePath, ext: 'jpg', isVideo: false, previewUrl: photo.tempFilePath }
  }))
}

/** Upload with progress (0–100): XHR in H5 (fetch reports no upload progress), cloud upload task in weapp. */
export function uploadWithProgress(file: PickedFile, onProgress: (percent: number) => void): Promise<string> {
  if (file.kind === 'temp' && isWeapp()) {
    return issueCloudPath(file.ext).then((cloudPath) => new Promise((resolve, reject) => {
      const task = Taro.cloud.uploadFile({
        cloudPath, filePath: file.path,
        success: (res) => resolve(res.fileID), fail: () => reject(new ServiceError('NETWORK', '文件上传失败，请重试')),
      }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void }
      task.onProgressUpdate?.((p) => onProgress(p.progress))
    }))
  }
  if (file.kind !== 'blob') return Promise.reject(new ServiceError('REQUEST.INVALID', '当前环境不支持该文件'))
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/upload?ext=${file.ext}`)
    const token = getToken()
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    xhr.onerror = () => reject(new ServiceError('NETWORK', '文件上传失败，请重试'))
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || '{}') as { ok?: boolean; data?: { fileId: string }; code?: string; message?: string }
      if (body.ok && body.data) resolve(body.data.fileId)
      else reject(new ServiceError(body.code ?? 'INTERNAL', body.message))
    }
    xhr.send(file.blob)
  })
}

/** 将已上传的照片或视频登记到案件（服务器核对类型、大小并记录 SHA-256）. */
export async function attachMedia(caseId: string, fileId: string, location?: { latitude: number; longitude: number }): Promise<TMediaItem> {
  return (await callFunction(evidenceApi, 'attachMedia', { caseId, fileId, ...(location ? { location } : {}) })).media
}

/** 案件的现场照片和视频. */
export async function listMedia(caseId: string): Promise<TMediaItem[]> {
  return (await callFunction(evidenceApi, 'listMedia', { caseId })).media
}

/** Mini-program: the phone's location when the user already allowed it (never asks here); null otherwise or in H5. */
export async function locationIfGranted(): Promise<{ latitude: number; longitude: number } | null> {
  if (!isWeapp()) return null
  try {
    const { authSetting } = await Taro.getSetting()
    if (!authSetting['scope.userLocation']) return null
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    return null
  }
}
