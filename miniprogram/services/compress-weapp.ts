import Taro from '@tarojs/taro'
import { encodeWithinBudget, scaledSize } from './image-plan'

/** A compressed photo in the mini-program's temp files. */
export interface CompressedTempPhoto {
  tempFilePath: string
  width: number
  height: number
  size: number
  quality: number
}

async function sizeOf(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (res) => resolve(res.size), fail: reject })
  })
}

/** Mini-program: compressImage at the target width, lowering quality until within the byte budget. */
export async function compressPhotoInWeapp(src: string): Promise<CompressedTempPhoto> {
  const info = await Taro.getImageInfo({ src })
  const { width, height } = scaledSize(info.width, info.height)
  const out = await encodeWithinBudget(async (quality) => {
    const res = await Taro.compressImage({ src, quality: Math.round(quality * 100), compressedWidth: width, compressedHeight: height })
    return { tempFilePath: res.tempFilePath, size: await sizeOf(res.tempFilePath) }
  })
  return { tempFilePath: out.tempFilePath, width, height, size: out.size, quality: out.quality }
}
