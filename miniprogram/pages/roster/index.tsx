import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { useSessionUser } from '../../hooks/useSessionUser'
import { userMessage } from '../../services/errors'
import { isWeapp } from '../../services/platform'
import { confirmImport, pickAndUploadWeappRoster, previewImport, uploadBrowserRoster, type RosterPreview } from '../../services/roster-import'
import '../../components/MediaUploader/index.css'
import '../../components/ReportForm/index.css'

const ROLES = ['officer'] as const
const CLASSES = [['new', '新增'], ['changed', '变更'], ['unchanged', '无变化'], ['invalid', '无效'], ['duplicate', '重复']] as const

/** 导入参保名册: upload .xlsx/CSV, see new/changed/invalid/duplicate rows, then confirm to write them. */
export default function RosterImportPage() {
  useSessionUser(ROLES)
  const [fileId, setFileId] = useState('')
  const [preview, setPreview] = useState<RosterPreview | null>(null)
  const [done, setDone] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError('')
    try {
      await work()
    } catch (e) {
      setError(userMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const load = (upload: () => Promise<string>) => run(async () => {
    setPreview(null)
    setDone('')
    const id = await upload()
    setFileId(id)
    setPreview(await previewImport(id))
  })
  const confirm = () => run(async () => {
    const r = await confirmImport(fileId, preview!.fileHash)
    setDone(`已导入：新增 ${r.added} 人，变更 ${r.changed} 人；跳过无效 ${r.invalid} 行、重复 ${r.duplicate} 行`)
    setPreview(null)
  })

  return (
    <View className='page' id='roster-import'>
      <View className='page__hint'>文件第一行须包含：姓名、身份证号、手机号、参保日期、参保单位。身份证号列请设为文本格式。</View>
      <View className='media-uploader'>
        {isWeapp() ? (
          <Button block loading={busy} onClick={() => void load(pickAndUploadWeappRoster)}>从微信聊天选择名册文件</Button>
        ) : (
          <label className='media-uploader__pick'>
            选择名册文件（.xlsx 或 .csv）
            <input id='roster-file' type='file' accept='.xlsx,.csv' onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void load(() => uploadBrowserRoster(f)) }} />
          </label>
        )}
      </View>
      {preview ? (
        <View id='roster-preview'>
          <View className='form__label'>预览（尚未写入）{preview.unitMismatches ? `，${preview.unitMismatches} 人的参保单位与本企业不一致` : ''}</View>
          {CLASSES.map(([key, label]) => (
            <View key={key} className='media-uploader__item'>
              <View className='media-uploader__name'>{label}：{preview.counts[key]} 行</View>
              {key !== 'unchanged' ? preview.samples[key].slice(0, 20).map((s) => (
                <View key={s.row} className='page__hint'>第{s.row}行 {s.name} {s.idMasked} {s.detail}</View>
              )) : null}
            </View>
          ))}
          <View className='form__actions'>
            <Button block type='primary' id='roster-confirm' loading={busy} disabled={!preview.counts.new && !preview.counts.changed} onClick={() => void confirm()}>确认导入 {preview.counts.new + preview.counts.changed} 人</Button>
          </View>
        </View>
      ) : null}
      {done ? <View className='page__hint' id='roster-done'>{done}</View> : null}
      {error ? <View className='form__error'>{error}</View> : null}
    </View>
  )
}
