import { Button, Input } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TMediaItem } from '../../../../../shared/api/evidence.api'
import { CCTV_STATUS_LABELS, type TInvestigationEntry, type TInvestigationView } from '../../../../../shared/insurer/investigation'
import { Chips } from '../Chips'
import { MediaPicker } from '../MediaPicker'

/** Shared props of the checklist's forms. */
export interface EntryFormProps {
  caseId: string
  investigation: TInvestigationView
  busy: boolean
  onRecord: (entry: TInvestigationEntry) => void
}

/** Props of the forms that pick evidence. */
export interface EvidenceFormProps extends EntryFormProps {
  media: readonly TMediaItem[]
  onMediaAdded: (media: TMediaItem) => void
}

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])

/** 现场勘查: pick the site photos (with time and place) from the case's evidence or upload new ones, and a note. */
export function SiteVisitForm({ caseId, investigation, busy, onRecord, media, onMediaAdded }: EvidenceFormProps) {
  const [selected, setSelected] = useState<string[]>(investigation.siteVisit?.media.map((m) => m.id) ?? [])
  const [note, setNote] = useState(investigation.siteVisit?.note ?? '')
  return (
    <View className='desk__card' id='form-site'>
      <View className='desk__card-title'>现场勘查</View>
      <MediaPicker
        caseId={caseId}
        media={media}
        kind='photo'
        selected={selected}
        inputId='site-photo-input'
        onToggle={(id) => setSelected((s) => toggle(s, id))}
        onAdded={(m) => {
          onMediaAdded(m)
          setSelected((s) => [...s, m.id])
        }}
      />
      <View className='field' id='site-note'>
        <Input placeholder='勘查说明（如：冲床工位，已拍照）' value={note} maxLength={1000} onChange={setNote} />
      </View>
      <View className='desk__meta'>已选择照片 {selected.length} 张</View>
      <Button type='primary' disabled={busy || selected.length === 0} onClick={() => onRecord({ kind: 'site_visit', mediaIds: selected, note: note.trim() })}>
        保存现场勘查
      </Button>
    </View>
  )
}

type CctvStatus = keyof typeof CCTV_STATUS_LABELS

/** 调取监控: requested (from whom), retrieved (the clips), or unavailable (why). */
export function CctvForm({ caseId, investigation, busy, onRecord, media, onMediaAdded }: EvidenceFormProps) {
  const [status, setStatus] = useState<CctvStatus>(investigation.cctv?.status ?? 'requested')
  const [text, setText] = useState(investigation.cctv?.detail ?? '')
  const [clips, setClips] = useState<string[]>(investigation.cctv?.media.map((m) => m.id) ?? [])
  const save = () => {
    const detail = text.trim()
    if (status === 'requested') onRecord({ kind: 'cctv', status, note: detail })
    else if (status === 'retrieved') onRecord({ kind: 'cctv', status, mediaIds: clips, note: detail })
    else onRecord({ kind: 'cctv', status, reason: detail })
  }
  const placeholder = { requested: '向谁申请调取（如：企业安保部）', retrieved: '说明（可不填）', unavailable: '无法调取的原因（如：该工位无监控覆盖）' }[status]
  return (
    <View className='desk__card' id='form-cctv'>
      <View className='desk__card-title'>调取监控录像</View>
      <Chips options={CCTV_STATUS_LABELS} value={[status]} idPrefix='cctv' onToggle={setStatus} />
      {status === 'retrieved' ? (
        <MediaPicker
          caseId={caseId}
          media={media}
          kind='video'
          selected={clips}
          inputId='cctv-video-input'
          onToggle={(id) => setClips((s) => toggle(s, id))}
          onAdded={(m) => {
            onMediaAdded(m)
            setClips((s) => [...s, m.id])
          }}
        />
      ) : null}
      <View className='field' id='cctv-text'>
        <Input placeholder={placeholder} value={text} maxLength={500} onChange={setText} />
      </View>
      <Button type='primary' disabled={busy} onClick={save}>
        保存监控情况
      </Button>
    </View>
  )
}
