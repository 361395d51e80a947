import Taro from '@tarojs/taro'
import { askCaseUpdates } from '../../services/subscribe'

/** Ask for the case-update notices; must run inside the submit tap (WeChat's rule). Refusal is fine. */
export const askReportSubscriptions = askCaseUpdates

/** The phone's location after the privacy guide was agreed; null when refused. */
export async function askLocation(): Promise<{ latitude: number; longitude: number } | null> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch {
    await Taro.showToast({ title: '未获得定位授权，请手动填写地点', icon: 'none' })
    return null
  }
}
