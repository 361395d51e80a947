import Taro from '@tarojs/taro'
import { rosterApi } from '../../shared/api/roster.api'
import { callFunction } from './call'
import { extensionOf, uploadBlob, uploadTempFile } from './upload'

/** The preview of an import: counts per class, sample rows, the file's hash to confirm with. */
export type RosterPreview = Awaited<ReturnType<typeof previewImport>>

/** 预览名册导入（不写入任何数据）. */
export function previewImport(fileId: string) {
  return callFunction(rosterApi, 'previewImport', { fileId })
}

/** 确认导入：一次性写入所有有效的新增和变更行. */
export function confirmImport(fileId: string, expectedHash: string) {
  return callFunction(rosterApi, 'confirmImport', { fileId, expectedHash })
}

/** Upload a roster file picked in the browser. */
export function uploadBrowserRoster(file: File): Promise<string> {
  return uploadBlob(file, extensionOf(file.name))
}

/** Mini-program: pick an .xlsx or .csv from a WeChat chat (where officers usually have it) and upload it. */
export async function pickAndUploadWeappRoster(): Promise<string> {
  const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
  return uploadTempFile(tempFiles[0].path, extensionOf(tempFiles[0].name))
}
