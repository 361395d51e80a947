import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

/** An agent the supervisor may pick. */
export interface AgentChoice {
  id: string
  name: string
}

/** Props of AssignPanel. */
export interface AssignPanelProps {
  caseNo: string
  /** Agents known to the desk (quick picks); any agent id can also be typed. */
  agents: readonly AgentChoice[]
  busy: boolean
  onAssign: (agentId: string, note: string) => void
  onCancel: () => void
}

/** Supervisor: assign or reassign one case to an agent, with an optional note for the timeline. */
export function AssignPanel({ caseNo, agents, busy, onAssign, onCancel }: AssignPanelProps) {
  const [agentId, setAgentId] = useState('')
  const [note, setNote] = useState('')
  const id = agentId.trim()
  return (
    <View className='desk__card assign-panel'>
      <View className='desk__card-title'>指派案件 {caseNo}</View>
      <View className='chips'>
        {agents.map((a) => (
          <Text key={a.id} className={`chip ${id === a.id ? 'chip--on' : ''}`} onClick={() => setAgentId(a.id)}>
            {a.name}
          </Text>
        ))}
      </View>
      <View className='field' id='assign-agent'>
        <Input placeholder='调查员编号' value={agentId} onChange={setAgentId} />
      </View>
      <View className='field' id='assign-note'>
        <Input placeholder='指派说明（可不填）' value={note} maxLength={200} onChange={setNote} />
      </View>
      <View className='desk__buttons'>
        <Button type='primary' disabled={!id || busy} loading={busy} onClick={() => onAssign(id, note.trim())}>
          确认指派
        </Button>
        <Button type='default' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
