import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatShanghai } from '../../../shared/time'
import { reportQueue, type ReportResult } from '../../services/report'
import type { QueuedReport } from '../../services/report-queue'

/** Props of PendingReports. */
export interface PendingReportsProps {
  /** Called with the results after queued reports were sent. */
  onSent: (results: ReportResult[]) => void
}

/** Reports kept on the phone: 待发送 until the network returns (or failed, with the reason); each can be cancelled. */
export function PendingReports({ onSent }: PendingReportsProps) {
  const [entries, setEntries] = useState<QueuedReport[]>(reportQueue.list())
  const refresh = () => setEntries(reportQueue.list())

  useEffect(() => {
    let live = true
    const attempt = () => reportQueue.flush().then((sent) => {
      if (!live) return
      refresh()
      if (sent.length) onSent(sent)
    })
    void attempt()
    const timer = setInterval(() => void attempt(), 5000)
    const online = () => void attempt()
    if (typeof window !== 'undefined') window.addEventListener('online', online)
    return () => {
      live = false
      clearInterval(timer)
      if (typeof window !== 'undefined') window.removeEventListener('online', online)
    }
  }, [])

  if (!entries.length) return null
  return (
    <View className='pending' id='pending-reports'>
      {entries.map((e) => (
        <View key={e.requestId} className='pending__row'>
          <View>
            <View className={e.status === 'waiting' ? 'pending__state' : 'pending__state pending__state--failed'}>{e.status === 'waiting' ? '待发送' : '发送失败'}</View>
            <View className='pending__meta'>{formatShanghai(e.queuedAt)} 保存{e.lastError ? `：${e.lastError}` : '，恢复网络后自动发送'}</View>
          </View>
          <View className='pending__cancel' onClick={() => (reportQueue.cancel(e.requestId), refresh())}>取消</View>
        </View>
      ))}
    </View>
  )
}
