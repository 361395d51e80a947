import type { DeliveryResult, Notifier, SubscribeMessage } from '../../ports/notifier'
import { decodeOpenApiResponse, encodeOpenApiRequest } from './openapi-codec'
import { errorCode, errorMessage, type CbWxOpenApi } from './sdk'

/** The cloud-call API name; the function's config.json must list it under `permissions.openapi`. */
export const SUBSCRIBE_SEND_API = 'subscribeMessage.send'

/** Which mini-program version a tap on the message opens (WeChat's default is formal). */
export type MiniprogramState = 'developer' | 'trial' | 'formal'

/** 43101: the user refused, or has no grant left for this template. */
const ERRCODE_NO_GRANT = 43101
/** -1: WeChat's "system busy, try again". */
const ERRCODE_BUSY = -1
/** CloudBase: the function lacks `permissions.openapi` for this API. */
const ERRCODE_NO_PERMISSION = -604101

/** Socket-level failures and the platform's own transient errors are worth another attempt. */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'SYS_ERR', 'SERVER_TIMEOUT'])

function failed(retryable: boolean, reason: string): DeliveryResult {
  return { status: 'failed', retryable, reason }
}

/** Classify what the SDK threw: network errors and HTTP 5xx are retryable, CloudBase error codes are not. */
function fromThrown(error: unknown): DeliveryResult {
  const code = errorCode(error)
  const retryable = (typeof code === 'number' && code >= 500) || (typeof code === 'string' && TRANSIENT_CODES.has(code))
  return failed(retryable, `${code ?? 'error'}: ${errorMessage(error)}`)
}

function fromWechat(respData: Buffer): DeliveryResult {
  let body: { errcode?: number; errmsg?: string }
  try {
    body = JSON.parse(respData.toString('utf8')) as typeof body
  } catch {
    return failed(false, `unreadable WeChat answer: ${respData.toString('utf8').slice(0, 200)}`)
  }
  const errcode = body.errcode ?? 0
  const reason = `${errcode}: ${body.errmsg ?? ''}`
  if (errcode === 0) return { status: 'sent' }
  if (errcode === ERRCODE_NO_GRANT) return { status: 'skipped', reason }
  return failed(errcode === ERRCODE_BUSY, reason)
}

function fromAnswer(answer: unknown): DeliveryResult {
  if (!Buffer.isBuffer(answer)) return failed(false, `unexpected answer: ${JSON.stringify(answer)?.slice(0, 200)}`)
  let frame
  try {
    frame = decodeOpenApiResponse(answer)
  } catch {
    /* Not a protobuf frame: CloudBase answered a JSON error with a content type the SDK did not parse. */
    const text = answer.toString('utf8')
    try {
      const json = JSON.parse(text) as { code?: unknown; message?: unknown }
      return fromThrown({ code: json.code, message: json.message })
    } catch {
      return failed(false, `unreadable answer: ${text.slice(0, 200)}`)
    }
  }
  if (frame.errorCode === ERRCODE_NO_PERMISSION) return failed(false, `${ERRCODE_NO_PERMISSION}: add "${SUBSCRIBE_SEND_API}" to permissions.openapi in the function's config.json`)
  if (frame.errorCode !== 0) return failed(frame.errorCode === ERRCODE_BUSY, `wx system error ${frame.errorCode}`)
  return fromWechat(frame.respData)
}

/*
 * This is the call wx-server-sdk's `cloud.openapi.subscribeMessage.send` makes: `callCompatibleWxOpenApi`
 * (action `wx.openApi`) with a protobuf frame of snake_case parameters. No access_token is needed;
 * CloudBase authorises the call by the function's `permissions.openapi`.
 */

/** Sends WeChat subscribe messages by cloud call (`subscribeMessage.send`). */
export class CloudbaseNotifier implements Notifier {
  /** `miniprogramState` picks the version a tap opens; omit it for the released one. */
  constructor(private readonly app: CbWxOpenApi, private readonly miniprogramState?: MiniprogramState) {}

  async sendSubscribeMessage(message: SubscribeMessage): Promise<DeliveryResult> {
    const requestData = encodeOpenApiRequest({
      touser: message.toOpenid,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
      miniprogram_state: this.miniprogramState,
    })
    let answer: unknown
    try {
      answer = await this.app.callCompatibleWxOpenApi({ apiName: SUBSCRIBE_SEND_API, requestData })
    } catch (error) {
      return fromThrown(error)
    }
    return fromAnswer(answer)
  }
}
