/*
 * WeChat subscribe-message template ids, chosen in the mini-program console. The backend maps
 * the same keys through SUBSCRIBE_TEMPLATES; empty ids mean "not configured" and nothing is asked.
 */
/** Template ids by our template key. */
export const SUBSCRIBE_TEMPLATE_IDS: Record<'case_update' | 'new_report', string> = {
  case_update: typeof SUBSCRIBE_CASE_UPDATE === 'string' ? SUBSCRIBE_CASE_UPDATE : '',
  new_report: typeof SUBSCRIBE_NEW_REPORT === 'string' ? SUBSCRIBE_NEW_REPORT : '',
}
