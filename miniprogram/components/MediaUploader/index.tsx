import { Button, Progress } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { userMessage } from '../../services/errors'
import { attachMedia, chooseAndPrepare, locationIfGranted, prepareBrowserFile, uploadWithProgress, type PreparedMedia } from '../../services/media'
import { isWeapp } from '../../services/platform'
import './index.css'

type Item = { id: number; media: PreparedMedia; percent: number; state: 'uploading' | 'done' | 'failed'; error: string }

/** Props of MediaUploader. */
export interface MediaUploaderProps {
  caseId: string
  onAttached: () => void
}

let nextId = 1

/** Add photos or short videos: compressed on the phone, uploaded with a progress bar each, retried on failure. */
export function MediaUploader({ caseId, onAttached }: MediaUploaderProps) {
  const [items, setItems] = useState<Item[]>([])
  const update = (id: number, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)))

  const send = async (item: Item) => {
    update(item.id, { state: 'uploading', percent: 0, error: '' })
    try {
      const fileId = await uploadWithProgress(item.media, (percent) => update(item.id, { percent }))
      await attachMedia(caseId, fileId, (await locationIfGranted()) ?? undefined)
      update(item.id, { state: 'done', percent: 100 })
      onAttached()
    } catch (e) {
      update(item.id, { state: 'failed', error: userMessage(e) })
    }
  }
  const add = async (prepared: PreparedMedia[]) => {
    const added = prepared.map((media) => ({ id: nextId++, media, percent: 0, state: 'uploading' as const, error: '' }))
    setItems((all) => [...all, ...added])
    for (const item of added) await send(item)
  }
  const pickInBrowser = async (files: FileList | null) => {
    if (files?.length) await add(await Promise.all(Array.from(files).map(prepareBrowserFile)))
  }

  return (
    <View className='media-uploader'>
      {isWeapp() ? (
        <Button block onClick={() => void chooseAndPrepare().then(add, () => undefined)}>拍照 / 选择照片或视频</Button>
      ) : (
        <label className='media-uploader__pick'>
          添加现场照片或视频
          <input id='media-input' type='file' accept='image/*,video/*' multiple onChange={(e) => void pickInBrowser(e.currentTarget.files)} />
        </label>
      )}
      {items.map((item) => (
        <View key={item.id} className='media-uploader__item' id={`upload-${item.id}`}>
          <View className='media-uploader__name'>{item.media.isVideo ? '视频' : '照片'} {item.state === 'done' ? '已上传' : item.state === 'failed' ? '上传失败' : `上传中 ${item.percent}%`}</View>
          <Progress percent={item.percent} />
          {item.state === 'failed' ? (
            <View className='media-uploader__retry' onClick={() => void send(item)}>{item.error}，点击重试</View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
