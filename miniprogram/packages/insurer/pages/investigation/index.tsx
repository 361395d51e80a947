import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TMediaItem } from '../../../../../shared/api/evidence.api'
import type { TInvestigationEntry } from '../../../../../shared/insurer/investigation'
import { Notice } from '../../../../components/Notice'
import { StatusTag } from '../../../../components/StatusTag'
import { recordInvestigation, startInvestigation } from '../../../../services/insurer'
import { listCaseMedia } from '../../../../services/insurerRefs'
import { DeskClocks } from '../../components/DeskClocks'
import { DeskGate } from '../../components/DeskGate'
import { AuthenticityForm, NoWitnessForm } from '../../components/InvestigationForms/conclusion'
import { CctvForm, SiteVisitForm } from '../../components/InvestigationForms/evidence'
import { openInsurerPage } from '../../lib/routes'
import { useDeskAction } from '../../lib/useDeskAction'
import { useDeskCase } from '../../lib/useWorkspace'
import '../../styles.css'

/** 现场调查 (`?id=<caseId>`): start it, then the checklist — site photos, witness records, CCTV, authenticity — on the 24-hour clock. */
export default function InsurerInvestigationPage() {
  const { caseId, session, load, reload, patch } = useDeskCase()
  const action = useDeskAction(reload)
  const [media, setMedia] = useState<TMediaItem[]>([])
  const ready = load.status === 'ready'

  useEffect(() => {
    if (!ready) return
    let live = true
    listCaseMedia(caseId).then(
      (list) => live && setMedia(list),
      () => undefined /* the forms still allow uploading */,
    )
    return () => {
      live = false
    }
  }, [ready, caseId])

  return (
    <DeskGate caseId={caseId} session={session} load={load} onRetry={reload}>
      {(ws) => {
        const view = ws.case
        const inv = ws.investigation
        const start = () =>
          void action.run('start', () => startInvestigation(view.id, view.state.version), '已开始现场调查').then((r) => r && reload())
        const record = (entry: TInvestigationEntry) =>
          void action.run('record', () => recordInvestigation(view.id, entry), '已保存').then((r) => r && patch({ investigation: r.investigation }))
        const forms = { caseId: view.id, investigation: inv, busy: action.busy !== null, onRecord: record }
        const evidence = { ...forms, media, onMediaAdded: (m: TMediaItem) => setMedia((list) => [...list, m]) }
        return (
          <View>
            <DeskClocks view={view} investigation={inv} />
            {action.notice ? <Notice message={action.notice} /> : null}
            {!inv.started ? (
              <View className='desk__card'>
                <View className='desk__meta'>{view.state.claim === 'reported' ? '请先核实参保，再开始现场调查。' : '尚未开始现场调查。'}</View>
                <Button type='primary' disabled={view.state.claim !== 'insured_verified' || action.busy !== null} loading={action.busy === 'start'} onClick={start}>
                  开始现场调查
                </Button>
              </View>
            ) : null}
            <View className='desk__card' id='checklist'>
              <View className='desk__card-title'>调查清单{inv.completedAt ? '（已完成）' : ''}</View>
              {inv.items.map((item) => (
                <View key={item.key} className='checklist__row' id={`check-${item.key}`}>
                  <View className='checklist__label'>
                    {item.label}
                    <View className='desk__meta'>{item.detail}</View>
                  </View>
                  <StatusTag tone={item.done ? 'success' : 'warning'}>{item.done ? '已完成' : '待完成'}</StatusTag>
                </View>
              ))}
            </View>
            {inv.started ? (
              <View>
                <SiteVisitForm {...evidence} />
                <View className='desk__card' id='form-interviews'>
                  <View className='desk__card-title'>证人调查笔录</View>
                  {inv.witnesses.length === 0 ? <NoWitnessForm {...forms} /> : null}
                  {inv.witnesses.map((w) => (
                    <View key={w.index} className='checklist__row' id={`witness-${w.index}`}>
                      <View className='checklist__label'>{w.name}</View>
                      <Button size='small' type={w.interviewed ? 'default' : 'primary'} onClick={() => openInsurerPage('interview', { id: view.id, w: w.index })}>
                        {w.interviewed ? '重新制作笔录' : '制作笔录'}
                      </Button>
                    </View>
                  ))}
                </View>
                <CctvForm {...evidence} />
                <AuthenticityForm {...forms} />
              </View>
            ) : null}
          </View>
        )
      }}
    </DeskGate>
  )
}
