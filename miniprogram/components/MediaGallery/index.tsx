import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TMediaItem } from '../../../shared/api/evidence.api'

/** Props of MediaGallery. */
export interface MediaGalleryProps {
  media: TMediaItem[]
}

/** Thumbnails of the incident's photos and videos; a tap opens the full size. */
export function MediaGallery({ media }: MediaGalleryProps) {
  if (!media.length) return null
  const photos = media.filter((m) => m.kind === 'photo').map((m) => m.url)
  return (
    <View className='media-gallery' id='media-gallery'>
      {media.map((m) =>
        m.kind === 'photo' ? (
          <Image key={m.id} className='media-gallery__thumb' mode='aspectFill' src={m.url} onClick={() => void Taro.previewImage({ urls: photos, current: m.url })} />
        ) : (
          <View key={m.id} className='media-gallery__video' onClick={() => (isWeb() ? window.open(m.url) : void Taro.previewMedia({ sources: [{ url: m.url, type: 'video' }] }))}>▶ 视频</View>
        ),
      )}
    </View>
  )
}

function isWeb(): boolean {
  return typeof window !== 'undefined' && process.env.TARO_ENV !== 'weapp'
}
