import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { HUMAN_ROLES } from '../../../shared/roles'
import { CaseSummary } from '../../components/CaseSummary'
import { CaseTimeline } from '../../components/CaseTimeline'
import { CaseGate, type CaseLoad } from '../../components/CaseGate'
import { useSessionUser } from '../../hooks/useSessionUser'
import { getCase, type CaseDetail } from '../../services/cases'
import { isRetryable, userMessage } from '../../services/errors'
import { listMedia } from '../../services/media'
import type { TMediaItem } from '../../../shared/api/evidence.api'
import { MediaGallery } from '../../components/MediaGallery'
import { MediaUploader } from '../../components/MediaUploader'
import '../../components/MediaUploader/index.css'
import '../../components/ReportForm/index.css'

type Load = { status: 'loading' } | { status: 'ready'; detail: CaseDetail } | { status: 'error'; message: string; retry: boolean }

/** 案件详情: the case's state on each track and its timeline (`?id=<caseId>`). */
export default function CasePage() {
  const caseId = useRouter().params.id ?? ''
  const session = useSessionUser(HUMAN_ROLES)
  const signedIn = session.status === 'ready'
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [media, setMedia] = useState<TMediaItem[]>([])
  const [mediaAttempt, setMediaAttempt] = useState(0)

  useEffect(() => {
    if (!signedIn || !caseId) return
    listMedia(caseId).then(setMedia, () => setMedia([]))
  }, [signedIn, caseId, mediaAttempt])

  useEffect(() => {
    if (!signedIn || !caseId) return
    let live = true
    setLoad({ status: 'loading' })
    getCase(caseId).then(
      (detail) => live && setLoad({ status: 'ready', detail }),
      (error: unknown) => live && setLoad({ status: 'error', message: userMessage(error), retry: isRetryable(error) }),
    )
    return () => {
      live = false
    }
  }, [signedIn, caseId, attempt])

  return (
    <CaseGate caseId={caseId} session={session} load={gateLoad(load)} onRetry={() => setAttempt((n) => n + 1)}>
      {(detail, me) => (
        <>
          <CaseSummary view={detail.case} />
          <View className='form__label'>现场照片和视频</View>
          <MediaGallery media={media} />
          {me.role === 'officer' || me.role === 'insurer' ? <MediaUploader caseId={caseId} onAttached={() => setMediaAttempt((n) => n + 1)} /> : null}
          <CaseTimeline entries={detail.timeline} />
        </>
      )}
    </CaseGate>
  )
}

function gateLoad(load: Load): CaseLoad<CaseDetail> {
  return load.status === 'ready' ? { status: 'ready', data: load.detail } : load
}
