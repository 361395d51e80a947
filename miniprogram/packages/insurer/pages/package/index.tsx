import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TPackageItem } from '../../../../../shared/insurer/package'
import { Notice } from '../../../../components/Notice'
import { attachPackageItem, submitApplication } from '../../../../services/insurer'
import { openPdf } from '../../../../services/insurerPdf'
import { uploadPicked, type PickedFile } from '../../../../services/upload'
import { DeskGate } from '../../components/DeskGate'
import { PackageChecklist } from '../../components/PackageChecklist'
import { useDeskAction } from '../../lib/useDeskAction'
import { useDeskCase } from '../../lib/useWorkspace'
import '../../styles.css'

/** Claim states in which materials can still be attached (the backend's rule). */
const EDITABLE_STATES = ['insured_verified', 'investigating', 'correction_requested']

/** 工伤认定申请材料 (`?id=<caseId>`): the checklist, attachments and submission with the package PDF. */
export default function InsurerPackagePage() {
  const { caseId, session, load, reload, patch } = useDeskCase()
  const action = useDeskAction(reload)
  const [pdfUrl, setPdfUrl] = useState<string | null>(null)

  return (
    <DeskGate caseId={caseId} session={session} load={load} onRetry={reload}>
      {(ws) => {
        const view = ws.case
        const attach = (item: TPackageItem, file: PickedFile) =>
          void action
            .run(`attach:${item}`, async () => attachPackageItem(view.id, item, await uploadPicked(file), file.name), '已上传')
            .then((r) => r && patch({ package: r.package }))
        const submit = () =>
          void action.run('submit', () => submitApplication(view.id, view.state.version), '申请已提交').then((r) => {
            if (!r) return
            setPdfUrl(r.package.url)
            reload()
          })
        const busyItem = action.busy?.startsWith('attach:') ? (action.busy.slice('attach:'.length) as TPackageItem) : null
        return (
          <View>
            <View className='desk__card'>
              <View className='desk__card-title'>{view.worker.name} · {view.caseNo}</View>
              <View className='desk__meta'>{view.statusLabel}　{view.enterpriseName}</View>
            </View>
            {action.notice ? <Notice message={action.notice} /> : null}
            <PackageChecklist
              status={ws.package}
              editable={!ws.package.submitted && EDITABLE_STATES.includes(view.state.claim)}
              busyItem={busyItem}
              submitting={action.busy === 'submit'}
              pdfUrl={pdfUrl}
              onPicked={attach}
              onSubmit={submit}
              onOpenPdf={(url) => void openPdf(url).catch((e: Error) => action.setNotice(e.message))}
            />
          </View>
        )
      }}
    </DeskGate>
  )
}
