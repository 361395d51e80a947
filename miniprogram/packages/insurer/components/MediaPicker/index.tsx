import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TMediaItem } from '../../../../../shared/api/evidence.api'
import { formatShanghai } from '../../../../../shared/time'
import { userMessage } from '../../../../services/errors'
import { attachCaseMedia } from '../../../../services/insurerRefs'
import { uploadPicked, type PickedFile } from '../../../../services/upload'
import { FilePicker } from '../FilePicker'

/** Mini-program: where the agent stands (the photo's place), if the user allows it; H5 sends none. */
async function whereAmI(): Promise<{ latitude: number; longitude: number } | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    return undefined
  }
}

/** Props of MediaPicker. */
export interface MediaPickerProps {
  caseId: string
  /** The incident's media (from evidence.listMedia), of the kind this picker offers. */
  media: readonly TMediaItem[]
  kind: 'photo' | 'video'
  selected: readonly string[]
  onToggle: (id: string) => void
  /** A new file was uploaded and attached to the case's evidence. */
  onAdded: (media: TMediaItem) => void
  inputId: string
}

/** Choose evidence (photos with time and place, or CCTV clips) from the case, or add one: upload, attach, select. */
export function MediaPicker({ caseId, media, kind, selected, onToggle, onAdded, inputId }: MediaPickerProps) {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  const shown = media.filter((m) => m.kind === kind)
  const add = async (file: PickedFile) => {
    setState({ busy: true, message: null })
    try {
      const fileId = await uploadPicked(file)
      const item = await attachCaseMedia(caseId, fileId, await whereAmI())
      onAdded(item)
      setState({ busy: false, message: null })
    } catch (error) {
      setState({ busy: false, message: userMessage(error) })
    }
  }
  return (
    <View className='media-picker'>
      {shown.length === 0 ? <View className='desk__meta'>本案暂无{kind === 'photo' ? '照片' : '视频'}，请上传</View> : null}
      <View className='media-picker__grid'>
        {shown.map((m) => (
          <View key={m.id} id={`media-${m.id}`} className={`media-picker__item ${selected.includes(m.id) ? 'media-picker__item--on' : ''}`} onClick={() => onToggle(m.id)}>
            {m.kind === 'photo' ? <Image className='media-picker__thumb' src={m.url} mode='aspectFill' /> : <View className='media-picker__thumb'>视频</View>}
            <Text className='media-picker__meta'>
              {formatShanghai(m.addedAt, 'MM-DD HH:mm')}
              {m.location ? ' · 有定位' : ''}
            </Text>
          </View>
        ))}
      </View>
      {state.message ? <View className='field__error'>{state.message}</View> : null}
      <FilePicker kind={kind} inputId={inputId} label={state.busy ? '上传中…' : kind === 'photo' ? '上传现场照片' : '上传监控录像'} disabled={state.busy} onPicked={(f) => void add(f)} />
    </View>
  )
}
