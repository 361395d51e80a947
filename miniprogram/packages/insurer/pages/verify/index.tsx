import { Button, Input } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { formatShanghai } from '../../../../../shared/time'
import { Notice } from '../../../../components/Notice'
import { exportSummaryPdf, saveSummary, verifyInsured } from '../../../../services/insurer'
import { openPdf } from '../../../../services/insurerPdf'
import { DeskGate } from '../../components/DeskGate'
import { RosterCheckCard } from '../../components/RosterCheckCard'
import { SummaryForm } from '../../components/SummaryForm'
import { useDeskAction } from '../../lib/useDeskAction'
import { useDeskCase } from '../../lib/useWorkspace'
import '../../styles.css'

/** 核实参保与首跟资料汇总 (`?id=<caseId>`): confirm or correct the roster check, then the fixed-format summary and its PDF. */
export default function InsurerVerifyPage() {
  const { caseId, session, load, reload, patch } = useDeskCase()
  const action = useDeskAction(reload)
  const [note, setNote] = useState('')
  const [pdfUrl, setPdfUrl] = useState<string | null>(null)

  return (
    <DeskGate caseId={caseId} session={session} load={load} onRetry={reload}>
      {(ws) => {
        const view = ws.case
        const canVerify = view.state.claim === 'reported'
        const verify = (insured: boolean) =>
          void action.run('verify', () => verifyInsured(view.id, view.state.version, insured, note.trim()), insured ? '已确认参保' : '已记录更正').then((r) => {
            if (r) patch({ case: r.case, verification: r.verification })
          })
        const save = (summary: Parameters<typeof saveSummary>[1]) =>
          void action.run('summary', () => saveSummary(view.id, summary), '汇总已保存').then((r) => r && patch({ summary: r.summary }))
        const exportPdf = () =>
          void action.run('pdf', () => exportSummaryPdf(view.id)).then(async (pdf) => {
            if (!pdf) return
            setPdfUrl(pdf.url)
            await openPdf(pdf.url).catch((e: Error) => action.setNotice(e.message))
          })
        return (
          <View>
            <RosterCheckCard check={ws.rosterCheck} verification={ws.verification} />
            {canVerify ? (
              <View className='desk__card'>
                <View className='desk__card-title'>核实结果</View>
                <View className='field' id='verify-note'>
                  <Input placeholder='核实说明（如：已电话核实企业人事）' value={note} maxLength={500} onChange={setNote} />
                </View>
                <View className='desk__buttons'>
                  <Button type='primary' loading={action.busy === 'verify'} disabled={action.busy !== null} onClick={() => verify(true)}>
                    确认在该企业参保
                  </Button>
                  <Button type='default' disabled={action.busy !== null} onClick={() => verify(false)}>
                    更正：未在该企业参保
                  </Button>
                </View>
              </View>
            ) : null}
            {action.notice ? <Notice message={action.notice} /> : null}
            <SummaryForm key={ws.summary.savedAt ?? 'draft'} initial={ws.summary.summary} saving={action.busy === 'summary'} onSave={save} />
            <View className='desk__card'>
              <View className='desk__meta' id='summary-state'>
                {ws.summary.saved ? `已保存：${ws.summary.savedByName ?? ''} ${ws.summary.savedAt ? formatShanghai(ws.summary.savedAt) : ''}` : '尚未保存（以上为根据报案信息生成的草稿）'}
              </View>
              <View className='desk__buttons'>
                <Button type='default' disabled={!ws.summary.saved || action.busy !== null} loading={action.busy === 'pdf'} onClick={exportPdf}>
                  导出PDF
                </Button>
              </View>
              {pdfUrl ? (
                <View className='desk__link' id='summary-pdf-link' onClick={() => void openPdf(pdfUrl)}>
                  打开首跟资料汇总PDF
                </View>
              ) : null}
            </View>
          </View>
        )
      }}
    </DeskGate>
  )
}
