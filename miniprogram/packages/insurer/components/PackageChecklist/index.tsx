import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { PACKAGE_ITEMS, type TPackageItem, type TPackageStatus } from '../../../../../shared/insurer/package'
import { formatShanghai } from '../../../../../shared/time'
import { StatusTag } from '../../../../components/StatusTag'
import type { PickedFile } from '../../../../services/upload'
import { FilePicker } from '../FilePicker'

/** Props of PackageChecklist. */
export interface PackageChecklistProps {
  status: TPackageStatus
  /** False once submitted or in a state where materials cannot change. */
  editable: boolean
  /** The material being uploaded, if any. */
  busyItem: TPackageItem | null
  submitting: boolean
  /** The package PDF's temporary URL right after submitting (later the status carries a fresh one). */
  pdfUrl: string | null
  onPicked: (item: TPackageItem, file: PickedFile) => void
  onSubmit: () => void
  onOpenPdf: (url: string) => void
}

/** The short name of a material (its label without the bracketed explanation). */
export const shortLabel = (item: TPackageItem) => PACKAGE_ITEMS[item].label.replace(/（.*）$/, '')

/** True when the package may be submitted: every required material present and not yet submitted. */
export function canSubmit(status: TPackageStatus): boolean {
  return status.ready && status.missingRequired.length === 0 && status.submitted === null
}

/** The 工伤认定 package: each material (required per 条例 §18 or not), what is missing, attach files, and submit once complete. */
export function PackageChecklist({ status, editable, busyItem, submitting, pdfUrl, onPicked, onSubmit, onOpenPdf }: PackageChecklistProps) {
  const missing = status.missingRequired.map(shortLabel)
  return (
    <View className='package'>
      {status.items.map((row) => (
        <View key={row.item} className={`desk__card package__item ${row.required && !row.present ? 'package__item--missing' : ''}`} id={`package-${row.item}`}>
          <View className='checklist__row'>
            <View className='checklist__label'>
              {row.label}
              <View className='desk__meta'>
                {row.required ? '必备' : '选填'} · {row.basis}
              </View>
            </View>
            <StatusTag tone={row.present ? 'success' : row.required ? 'danger' : 'info'}>{row.present ? '已具备' : row.required ? '缺少' : '未提供'}</StatusTag>
          </View>
          <View className='desk__meta package__note'>{row.note}</View>
          {row.files.map((f) => (
            <View key={f.sha256} className='package__file'>
              <Text>{f.name}</Text>
              <Text className='desk__meta'>　{f.mime === 'application/pdf' ? 'PDF' : '图片'} · {(f.size / 1024).toFixed(0)} KB · SHA-256 {f.sha256.slice(0, 12)}…</Text>
            </View>
          ))}
          {editable ? (
            <FilePicker kind='document' inputId={`package-input-${row.item}`} label={busyItem === row.item ? '上传中…' : '上传文件'} disabled={busyItem !== null || submitting} onPicked={(file) => onPicked(row.item, file)} />
          ) : null}
        </View>
      ))}
      <View className='desk__card'>
        {missing.length > 0 ? (
          <View className='package__missing' id='package-missing'>
            尚缺必备材料：{missing.join('、')}（《工伤保险条例》第十八条）
          </View>
        ) : (
          <View className='desk__meta' id='package-missing'>必备材料已齐全</View>
        )}
        {status.submitted ? (
          <View className='package__submitted' id='package-submitted'>
            申请已提交 {formatShanghai(status.submitted.submittedAt)}　PDF SHA-256 {status.submitted.sha256.slice(0, 16)}…
          </View>
        ) : null}
        {pdfUrl ?? status.submitted?.url ? (
          <View className='desk__link' id='package-pdf-link' onClick={() => onOpenPdf((pdfUrl ?? status.submitted?.url)!)}>
            打开工伤认定申请材料PDF
          </View>
        ) : null}
        {status.submitted ? null : (
          <Button block type='primary' disabled={!canSubmit(status) || submitting || busyItem !== null} loading={submitting} onClick={onSubmit}>
            提交工伤认定申请
          </Button>
        )}
      </View>
    </View>
  )
}
