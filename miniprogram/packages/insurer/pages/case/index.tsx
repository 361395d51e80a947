import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatShanghai } from '../../../../../shared/time'
import { Notice } from '../../../../components/Notice'
import { StatusTag } from '../../../../components/StatusTag'
import { assignCase, claimCase } from '../../../../services/insurer'
import { casePageOf } from '../../../../utils/routes'
import { AssignPanel, type AgentChoice } from '../../components/AssignPanel'
import { knownAgents } from '../../lib/agents'
import { DeskClocks } from '../../components/DeskClocks'
import { DeskGate } from '../../components/DeskGate'
import { openInsurerPage } from '../../lib/routes'
import { deskSteps } from '../../lib/steps'
import { isSupervisor } from '../../lib/supervisor'
import { useDeskAction } from '../../lib/useDeskAction'
import { useDeskCase } from '../../lib/useWorkspace'
import '../../styles.css'

/** 案件工作台 (`?id=<caseId>`): the case, who works it, its clocks and the desk's three steps. */
export default function InsurerCasePage() {
  const { caseId, session, load, reload } = useDeskCase()
  const action = useDeskAction(reload)
  const [assigning, setAssigning] = useState(false)
  const [agents, setAgents] = useState<AgentChoice[]>([])

  useEffect(() => {
    if (!assigning) return
    let live = true
    void knownAgents(null).then((list) => live && setAgents(list))
    return () => {
      live = false
    }
  }, [assigning])

  return (
    <DeskGate caseId={caseId} session={session} load={load} onRetry={reload}>
      {(ws, me) => {
        const view = ws.case
        const mine = ws.assignee?.id === me.id
        const supervisor = isSupervisor(me)
        const claim = () => void action.run('claim', () => claimCase(view.id, view.state.version), '已认领').then((r) => r && reload())
        const assign = (agentId: string, note: string) =>
          void action.run('assign', () => assignCase(view.id, agentId, view.state.version, note), '已指派').then((r) => {
            if (!r) return
            setAssigning(false)
            reload()
          })
        return (
          <View>
            <View className='desk__card'>
              <View className='desk__title-line'>
                <Text className='desk__title'>{view.worker.name}</Text>
                <StatusTag>{view.statusLabel}</StatusTag>
                {view.phonedIn ? <StatusTag tone='warning'>电话报案</StatusTag> : null}
              </View>
              <View className='desk__meta'>{view.caseNo}　{view.enterpriseName}（{view.town}）</View>
              <View className='desk__meta'>身份证 {view.worker.idMasked}　{view.injury.bodyPartLabel} · {view.injury.severityLabel}</View>
              <View className='desk__meta'>事故 {formatShanghai(view.accidentAt)}　{view.place}</View>
              <View className='desk__meta' id='desk-assignee'>
                承办人：{ws.assignee ? `${ws.assignee.name}${mine ? '（我）' : ''}` : '未认领'}
              </View>
              <View className='desk__buttons'>
                {!ws.assignee ? (
                  <Button type='primary' loading={action.busy === 'claim'} onClick={claim}>
                    认领
                  </Button>
                ) : null}
                {supervisor ? (
                  <Button type='default' onClick={() => setAssigning(true)}>
                    {ws.assignee ? '改派' : '指派'}
                  </Button>
                ) : null}
              </View>
            </View>
            {action.notice ? <Notice message={action.notice} /> : null}
            {assigning ? (
              <AssignPanel caseNo={view.caseNo} agents={agents.filter((a) => a.id !== ws.assignee?.id)} busy={action.busy === 'assign'} onAssign={assign} onCancel={() => setAssigning(false)} />
            ) : null}
            <DeskClocks view={view} investigation={ws.investigation} />
            {deskSteps(ws).map((step) => (
              <View key={step.key} className='desk__card desk__step' id={`step-${step.key}`} onClick={() => openInsurerPage(step.key, { id: view.id })}>
                <View className='desk__step-main'>
                  <View className='desk__card-title'>{step.title}</View>
                  <View className='desk__meta'>{step.status}</View>
                </View>
                <StatusTag tone={step.done ? 'success' : 'info'}>{step.done ? '已完成' : '去办理'}</StatusTag>
              </View>
            ))}
            <View className='desk__link' onClick={() => void Taro.navigateTo({ url: casePageOf(view.id) })}>
              查看案件详情与办理记录
            </View>
          </View>
        )
      }}
    </DeskGate>
  )
}
