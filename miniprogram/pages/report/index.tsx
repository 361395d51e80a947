import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { THospital } from '../../../shared/directory/hospital'
import type { Enterprise } from '../../../shared/enterprise/schema'
import { initialForm, type ReportFormState } from '../../components/ReportForm/model'
import { Notice } from '../../components/Notice'
import { ReportForm } from '../../components/ReportForm'
import { ReportResult } from '../../components/ReportResult'
import { PendingReports } from '../../components/PendingReports'
import '../../components/OfficerPanel/index.css'
import { useSessionUser } from '../../hooks/useSessionUser'
import { userMessage } from '../../services/errors'
import { listHospitals, myEnterprise, newRequestId, type ReportResult as Result } from '../../services/report'
import { lastHospital, loadDraft } from '../../services/report-draft'
import { goHome } from '../../utils/routes'

const ROLES = ['officer'] as const

type Loaded = { enterprise: Enterprise; hospitals: THospital[]; initial: ReportFormState }

/** 一键报案: the prefilled report form, then the case numbers and the 24 h deadline. */
export default function ReportPage() {
  const session = useSessionUser(ROLES)
  const me = session.status === 'ready' ? session.me : null
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [queued, setQueued] = useState(false)

  useEffect(() => {
    if (!me?.enterpriseId) return
    Promise.all([myEnterprise(me.enterpriseId), listHospitals()]).then(([enterprise, hospitals]) => {
      if (!enterprise || !hospitals.length) return setError('未找到本企业或定点医院，请联系商保公司')
      const remembered = lastHospital(me.id)
      const hospitalId = hospitals.some((h) => h._id === remembered) ? remembered! : hospitals[0]._id
      const draft = loadDraft(me.id)
      const initial = draft ? (draft.fields as unknown as ReportFormState) : initialForm(newRequestId(), new Date(), enterprise.address, hospitalId)
      setLoaded({ enterprise, hospitals, initial })
    }, (e: unknown) => setError(userMessage(e)))
  }, [me?.id])

  if (session.status === 'error') return <View className='page'><Notice message={session.message} onRetry={session.reload} /></View>
  if (error) return <View className='page'><Notice message={error} /></View>
  if (!me || !loaded) return <View className='page page--center'>加载中…</View>
  if (result) return <View className='page'><ReportResult result={result} onDone={() => goHome('officer')} /></View>
  /* Offline: stay here (the home page needs the network) and show the case numbers once it is sent. */
  if (queued) {
    return (
      <View className='page' id='report-queued'>
        <View className='page__hint'>网络不可用，报案已保存在手机上，恢复网络后自动发送，请勿重复报案。</View>
        <View className='officer-panel'><PendingReports onSent={([first]) => setResult(first)} /></View>
      </View>
    )
  }
  return (
    <View className='page'>
      <ReportForm userId={me.id} enterpriseName={loaded.enterprise.name} hospitals={loaded.hospitals} initial={loaded.initial} onSent={setResult} onQueued={() => setQueued(true)} />
    </View>
  )
}
