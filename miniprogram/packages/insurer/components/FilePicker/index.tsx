import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useRef, type ChangeEvent } from 'react'
import { compressPhotoInBrowser } from '../../../../services/compress-h5'
import { compressPhotoInWeapp } from '../../../../services/compress-weapp'
import { extensionOf, type PickedFile } from '../../../../services/upload'

/** What may be picked: a photo (compressed before upload), a video clip, or a document (PDF or image, sent as is). */
export type PickKind = 'photo' | 'video' | 'document'

/** Props of FilePicker. */
export interface FilePickerProps {
  kind: PickKind
  /** The id of the H5 <input type=file> (tests set files on it). */
  inputId: string
  label: string
  disabled?: boolean
  onPicked: (file: PickedFile) => void
}

const ACCEPT: Record<PickKind, string> = { photo: 'image/*', video: 'video/*', document: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png' }

/** H5: a photo re-encoded to the upload budget; the original when the browser cannot (e.g. no createImageBitmap). */
async function browserFile(file: File, kind: PickKind): Promise<PickedFile> {
  if (kind === 'photo' && file.type.startsWith('image/')) {
    try {
      const out = await compressPhotoInBrowser(file)
      return { kind: 'blob', blob: out.blob, name: file.name.replace(/\.[^.]*$/, '') + '.jpg', ext: 'jpg' }
    } catch {
      /* Fall through: the server checks type and size itself. */
    }
  }
  return { kind: 'blob', blob: file, name: file.name, ext: extensionOf(file.name) }
}

/** Mini-program: a photo (compressed) or video from camera or album, or a file from a chat (PDF or image). */
async function weappFile(kind: PickKind): Promise<PickedFile | null> {
  try {
    if (kind === 'photo') {
      const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['original'] })
      if (!tempFiles[0]) return null
      const out = await compressPhotoInWeapp(tempFiles[0].tempFilePath)
      return { kind: 'temp', path: out.tempFilePath, name: 'photo.jpg', ext: extensionOf(out.tempFilePath) }
    }
    if (kind === 'video') {
      const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album', 'camera'] })
      return tempFiles[0] ? { kind: 'temp', path: tempFiles[0].tempFilePath, name: 'video.mp4', ext: extensionOf(tempFiles[0].tempFilePath) } : null
    }
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'all', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
    const file = tempFiles[0]
    return file ? { kind: 'temp', path: file.path, name: file.name, ext: extensionOf(file.name || file.path) } : null
  } catch {
    return null /* cancelled */
  }
}

/** Pick one file: a real <input type=file> in H5, chooseMedia / chooseMessageFile in the mini-program. */
export function FilePicker({ kind, inputId, label, disabled = false, onPicked }: FilePickerProps) {
  const input = useRef<HTMLInputElement | null>(null)
  const weapp = process.env.TARO_ENV === 'weapp'
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (file) onPicked(await browserFile(file, kind))
  }
  const tap = async () => {
    if (!weapp) return input.current?.click()
    const file = await weappFile(kind)
    if (file) onPicked(file)
  }
  return (
    <View className='file-picker'>
      <Button size='small' type='default' disabled={disabled} onClick={() => void tap()}>
        {label}
      </Button>
      {weapp ? null : <input ref={input} id={inputId} className='file-picker__input' type='file' accept={ACCEPT[kind]} disabled={disabled} onChange={(e) => void onChange(e)} />}
    </View>
  )
}
