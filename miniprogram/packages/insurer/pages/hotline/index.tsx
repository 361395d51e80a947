import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MEASURES } from '../../../../../shared/api/report.schema'
import type { THospital } from '../../../../../shared/directory/hospital'
import type { Enterprise } from '../../../../../shared/enterprise/schema'
import { Notice } from '../../../../components/Notice'
import { useSessionUser } from '../../../../hooks/useSessionUser'
import { userMessage } from '../../../../services/errors'
import { reportByHotline, type HotlineResult } from '../../../../services/insurer'
import { listActiveEnterprises, listHospitals } from '../../../../services/insurerRefs'
import { Chips } from '../../components/Chips'
import { InjuredEditor } from '../../components/HotlineForm/injured'
import { WitnessesEditor } from '../../components/HotlineForm/witnesses'
import { toWallText } from '../../lib/datetime'
import { emptyHotline, emptyInjured, toHotlineInput, type HotlineDraft } from '../../lib/hotline'
import { openInsurerPage } from '../../lib/routes'
import { INSURER_ROLES } from '../../lib/useWorkspace'
import '../../styles.css'

/** 电话报案 (hotline intake): an agent enters a phoned-in report for a whitelisted enterprise; same checks and case as the officer's report. */
export default function InsurerHotlinePage() {
  const session = useSessionUser(INSURER_ROLES)
  const signedIn = session.status === 'ready'
  const [enterprises, setEnterprises] = useState<Enterprise[]>([])
  const [hospitals, setHospitals] = useState<THospital[]>([])
  const [filter, setFilter] = useState('')
  const [draft, setDraft] = useState<HotlineDraft>(() => emptyHotline(toWallText(new Date().toISOString())))
  const [state, setState] = useState<{ busy: boolean; message: string | null; result: HotlineResult | null }>({ busy: false, message: null, result: null })

  useEffect(() => {
    if (!signedIn) return
    Promise.all([listActiveEnterprises(), listHospitals()]).then(
      ([e, h]) => {
        setEnterprises(e)
        setHospitals(h)
      },
      (error: unknown) => setState((s) => ({ ...s, message: userMessage(error) })),
    )
  }, [signedIn])

  if (session.status === 'loading') return <View className='page page--center'>加载中…</View>
  if (session.status === 'error') return <View className='page'><Notice message={session.message} onRetry={session.reload} /></View>

  const set = <K extends keyof HotlineDraft>(key: K, v: HotlineDraft[K]) => setDraft((d) => ({ ...d, [key]: v }))
  const picked = enterprises.find((e) => e._id === draft.enterpriseId)
  const shown = enterprises.filter((e) => !filter.trim() || e.name.includes(filter.trim()) || e.town.includes(filter.trim())).slice(0, 12)
  const submit = async () => {
    const built = toHotlineInput(draft)
    if (!built.ok) return setState((s) => ({ ...s, message: built.message }))
    setState({ busy: true, message: null, result: null })
    try {
      const result = await reportByHotline(built.input)
      setState({ busy: false, message: null, result })
    } catch (error) {
      /* The same request id is kept, so submitting again never makes a second incident. */
      setState({ busy: false, message: userMessage(error), result: null })
    }
  }

  if (state.result) {
    const result = state.result
    return (
      <View className='page desk'>
        <View className='desk__card' id='hotline-result'>
          <View className='desk__card-title'>电话报案已登记{result.duplicate ? '（重复提交，未新建）' : ''}</View>
          {result.cases.map((c) => (
            <View key={c.caseId} className='checklist__row'>
              <Text>{c.caseNo}　{c.workerName}</Text>
              <Button size='small' type='primary' onClick={() => openInsurerPage('workspace', { id: c.caseId })}>办理</Button>
            </View>
          ))}
          <View className='desk__meta'>已通知企业专职人员核对并补充照片和证人。</View>
        </View>
        <View className='page__footer'>
          <Button block type='default' onClick={() => {
            setDraft(emptyHotline(toWallText(new Date().toISOString())))
            setState({ busy: false, message: null, result: null })
          }}>继续登记</Button>
        </View>
      </View>
    )
  }
  return (
    <View className='page desk'>
      <View className='desk__card'>
        <View className='desk__card-title'>报案企业（优质企业名单）</View>
        <View className='field' id='hotline-enterprise-filter'><Input placeholder='输入企业名称或镇街筛选' value={filter} onChange={setFilter} /></View>
        <View className='chips'>
          {shown.map((e) => (
            <Text key={e._id} className={`chip ${draft.enterpriseId === e._id ? 'chip--on' : ''}`} onClick={() => set('enterpriseId', e._id)}>{e.name}</Text>
          ))}
        </View>
        <View className='desk__meta'>已选：{picked ? `${picked.name}（${picked.town}）` : '未选择'}</View>
        <View className='field' id='hotline-caller-name'><Input placeholder='来电人姓名' value={draft.callerName} onChange={(v) => set('callerName', v)} /></View>
        <View className='field' id='hotline-caller-phone'><Input placeholder='来电人手机号' type='digit' maxLength={11} value={draft.callerPhone} onChange={(v) => set('callerPhone', v)} /></View>
      </View>
      {draft.injured.map((inj, i) => (
        <InjuredEditor key={i} index={i} value={inj} enterpriseId={draft.enterpriseId} hospitals={hospitals}
          onChange={(next) => set('injured', draft.injured.map((x, j) => (j === i ? next : x)))}
          onRemove={draft.injured.length > 1 ? () => set('injured', draft.injured.filter((_, j) => j !== i)) : undefined} />
      ))}
      {draft.injured.length < 20 ? <View className='desk__link' onClick={() => set('injured', [...draft.injured, emptyInjured()])}>再添加一名受伤职工</View> : null}
      <View className='desk__card'>
        <View className='desk__card-title'>事故情况</View>
        <View className='field' id='hotline-accidentAt'><View className='field__label'>事故时间</View><Input placeholder='YYYY-MM-DD HH:mm' value={draft.accidentAt} onChange={(v) => set('accidentAt', v)} /></View>
        <View className='field' id='hotline-place'><Input placeholder='事故地点（如：二号车间冲压线）' value={draft.place} maxLength={200} onChange={(v) => set('place', v)} /></View>
        <View className='field' id='hotline-description'><TextArea placeholder='事故原因和经过（至少10个字）' value={draft.description} maxLength={1000} autoSize onChange={(v) => set('description', v)} /></View>
        <View className='field__label'>已采取的措施</View>
        <Chips options={MEASURES} value={draft.measures} idPrefix='hotline-measure'
          onToggle={(k) => set('measures', draft.measures.includes(k) ? draft.measures.filter((m) => m !== k) : [...draft.measures, k])} />
        <View className='field' id='hotline-measuresNote'><Input placeholder='措施补充说明（可不填）' value={draft.measuresNote} maxLength={300} onChange={(v) => set('measuresNote', v)} /></View>
      </View>
      <WitnessesEditor value={draft.witnesses} onChange={(w) => set('witnesses', w)} />
      {state.message ? <Notice message={state.message} /> : null}
      <View className='page__footer'>
        <Button block type='primary' loading={state.busy} disabled={state.busy} onClick={() => void submit()}>提交电话报案</Button>
      </View>
    </View>
  )
}
