import { Button, TextArea } from '@nutui/nutui-react-taro'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { formatShanghai } from '../../../../../shared/time'
import { EmptyState } from '../../../../components/EmptyState'
import { Notice } from '../../../../components/Notice'
import { recordInvestigation } from '../../../../services/insurer'
import { DeskGate } from '../../components/DeskGate'
import { SignaturePad } from '../../components/SignaturePad'
import { useDeskAction } from '../../lib/useDeskAction'
import { useDeskCase } from '../../lib/useWorkspace'
import '../../styles.css'

/** 调查笔录 (`?id=<caseId>&w=<witnessIndex>`): the record typed by the agent, signed on screen by the witness. */
export default function InsurerInterviewPage() {
  const witnessIndex = Number(useRouter().params.w ?? '-1')
  const { caseId, session, load, reload } = useDeskCase()
  const action = useDeskAction(reload)
  const [record, setRecord] = useState('')
  const [signatureFileId, setSignatureFileId] = useState<string | null>(null)

  return (
    <DeskGate caseId={caseId} session={session} load={load} onRetry={reload}>
      {(ws) => {
        const witness = ws.investigation.witnesses.find((w) => w.index === witnessIndex)
        if (!witness) return <EmptyState description='证人不存在，请先在证据中添加证人' />
        const previous = ws.investigation.interviews.find((i) => i.witnessIndex === witnessIndex)
        const save = () =>
          void action
            .run('save', () => recordInvestigation(ws.case.id, { kind: 'interview', witnessIndex, record: record.trim(), signatureFileId: signatureFileId ?? '' }), '笔录已保存')
            .then((r) => r && void Taro.navigateBack())
        return (
          <View>
            <View className='desk__card'>
              <View className='desk__card-title'>证人：{witness.name}</View>
              <View className='desk__meta'>{ws.case.caseNo}　{ws.case.enterpriseName}　受伤职工 {ws.case.worker.name}</View>
              {previous ? (
                <View className='desk__meta'>
                  已有笔录（{previous.interviewedByName} {formatShanghai(previous.interviewedAt)}，签名 SHA-256 {previous.signatureSha256.slice(0, 12)}…）；重新保存将替换。
                </View>
              ) : null}
            </View>
            <View className='desk__card'>
              <View className='field' id='interview-record'>
                <View className='field__label'>调查笔录（问答记录，至少20个字）</View>
                <TextArea value={record} maxLength={5000} autoSize placeholder='问：请陈述你看到的情况。答：……' onChange={setRecord} />
              </View>
              <SignaturePad disabled={action.busy !== null} onSigned={setSignatureFileId} onCleared={() => setSignatureFileId(null)} />
            </View>
            {action.notice ? <Notice message={action.notice} /> : null}
            <View className='page__footer'>
              <Button block type='primary' disabled={!signatureFileId || action.busy !== null} loading={action.busy === 'save'} onClick={save}>
                保存笔录
              </Button>
            </View>
          </View>
        )
      }}
    </DeskGate>
  )
}
