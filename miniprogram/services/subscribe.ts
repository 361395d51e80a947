import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATE_IDS } from './subscribe-templates'

async function ask(keys: Array<keyof typeof SUBSCRIBE_TEMPLATE_IDS>): Promise<void> {
  const tmplIds = keys.map((k) => SUBSCRIBE_TEMPLATE_IDS[k]).filter(Boolean)
  if (!tmplIds.length) return
  try {
    await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)
  } catch {
    /* Declined or unsupported: the case page still shows every update. */
  }
}

/** Ask for case-update notices (call only inside a tap: WeChat's rule). */
export function askCaseUpdates(): Promise<void> {
  return ask(['case_update'])
}

/** Ask an insurer agent for new-report notices (inside a tap on their workspace). */
export function askNewReports(): Promise<void> {
  return ask(['new_report', 'case_update'])
}
