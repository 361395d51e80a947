import type { PhoneProof, PhoneVerifier } from '../../ports/phone'
import { decodeOpenApiResponse, encodeOpenApiRequest } from './openapi-codec'
import { errorCode, errorMessage, type CbWxOpenApi } from './sdk'

/** The cloud-call API name; the function's config.json must list it under `permissions.openapi`. */
export const GET_PHONE_NUMBER_API = 'phonenumber.getPhoneNumber'

/** -1: WeChat's "system busy" (in the answer or the frame), a platform failure rather than a bad code. */
const ERRCODE_BUSY = -1
/** CloudBase: the function lacks `permissions.openapi` for this API. */
const ERRCODE_NO_PERMISSION = -604101

/** The cloud call itself failed (network, CloudBase, WeChat system error): not a verdict on the code. */
export class CloudbasePhoneError extends Error {
  /** `code` is the SDK's error code or the frame's / WeChat's error number, when there is one. */
  constructor(message: string, readonly code?: string | number, cause?: unknown) {
    super(`${GET_PHONE_NUMBER_API}: ${message}`, cause === undefined ? undefined : { cause })
    this.name = 'CloudbasePhoneError'
  }
}

/** The part of WeChat's answer we read (`phone_info.purePhoneNumber`: mainland number, no country code). */
interface WechatPhoneAnswer {
  errcode?: number
  errmsg?: string
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string }
}

/** A non-protobuf answer is a CloudBase JSON error the SDK did not parse (its content type was not JSON). */
function notAFrame(answer: Buffer): CloudbasePhoneError {
  const text = answer.toString('utf8')
  try {
    const json = JSON.parse(text) as { code?: unknown; message?: unknown }
    const code = typeof json.code === 'string' ? json.code : undefined
    return new CloudbasePhoneError(`${code ?? 'error'}: ${String(json.message ?? text.slice(0, 200))}`, code)
  } catch {
    return new CloudbasePhoneError(`unreadable answer: ${text.slice(0, 200)}`)
  }
}

/** WeChat's JSON: the number on errcode 0, null on a code WeChat rejects; throws on busy or an odd answer. */
function fromWechat(respData: Buffer): string | null {
  let body: WechatPhoneAnswer
  try {
    body = JSON.parse(respData.toString('utf8')) as WechatPhoneAnswer
  } catch {
    throw new CloudbasePhoneError(`unreadable WeChat answer: ${respData.toString('utf8').slice(0, 200)}`)
  }
  const errcode = body.errcode ?? 0
  if (errcode === ERRCODE_BUSY) throw new CloudbasePhoneError(`${errcode}: ${body.errmsg ?? 'system busy'}`, errcode)
  if (errcode !== 0) return null
  const phone = body.phone_info?.purePhoneNumber
  if (!phone) throw new CloudbasePhoneError(`answer without phone_info.purePhoneNumber: ${respData.toString('utf8').slice(0, 200)}`)
  return phone
}

/** Unwrap the `CommOpenApiResp` frame; frame-level errors are the platform's, so they throw. */
function fromAnswer(answer: unknown): string | null {
  if (!Buffer.isBuffer(answer)) throw new CloudbasePhoneError(`unexpected answer: ${JSON.stringify(answer)?.slice(0, 200)}`)
  let frame
  try {
    frame = decodeOpenApiResponse(answer)
  } catch {
    throw notAFrame(answer)
  }
  if (frame.errorCode === ERRCODE_NO_PERMISSION) throw new CloudbasePhoneError(`${ERRCODE_NO_PERMISSION}: add "${GET_PHONE_NUMBER_API}" to permissions.openapi in the function's config.json`, ERRCODE_NO_PERMISSION)
  if (frame.errorCode !== 0) throw new CloudbasePhoneError(`wx system error ${frame.errorCode}`, frame.errorCode)
  return fromWechat(frame.respData)
}

/*
 * This is the call wx-server-sdk 4.x's `cloud.openapi.phonenumber.getPhoneNumber({ code })` makes:
 * `callCompatibleWxOpenApi` (action `wx.openApi`) with one protobuf pair `code` = JSON string. The
 * code is the new-style dynamic one from `<button open-type="getPhoneNumber">` (`e.detail.code`),
 * single use, valid five minutes. No access_token or session_key is involved.
 */

/** Confirms phones by exchanging WeChat's getPhoneNumber code by cloud call; no SMS channel. */
export class CloudbasePhoneVerifier implements PhoneVerifier {
  /** `app` is the CloudBase app (only its `callCompatibleWxOpenApi` is used). */
  constructor(private readonly app: CbWxOpenApi) {}

  async sendCode(): Promise<boolean> {
    return false
  }

  async confirm(_openid: string, proof: PhoneProof): Promise<string | null> {
    if (proof.kind !== 'wechat' || !proof.code) return null
    const requestData = encodeOpenApiRequest({ code: proof.code })
    let answer: unknown
    try {
      answer = await this.app.callCompatibleWxOpenApi({ apiName: GET_PHONE_NUMBER_API, requestData })
    } catch (error) {
      throw new CloudbasePhoneError(`${errorCode(error) ?? 'error'}: ${errorMessage(error)}`, errorCode(error), error)
    }
    return fromAnswer(answer)
  }
}
