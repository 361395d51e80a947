import Taro from '@tarojs/taro'
import { ServiceError } from './errors'
import { isWeapp } from './platform'

/**
 * Open a generated PDF by its temporary URL: H5 opens it in a new tab (the local runtime serves
 * signed /files/ URLs); the mini-program downloads it and opens it with openDocument.
 */
export async function openPdf(url: string): Promise<void> {
  if (!isWeapp()) {
    window.open(url, '_blank')
    return
  }
  try {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
    if (statusCode !== 200) throw new Error(`status ${statusCode}`)
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  } catch {
    throw new ServiceError('NETWORK', 'PDF下载失败，请检查网络后重试')
  }
}
