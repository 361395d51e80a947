import { userApi } from '../../shared/api/user.api'
import type { TMe } from '../../shared/api/user.api'
import { callFunction } from './call'

/** 发送绑定验证码（本地环境打印在服务端控制台；小程序中使用微信手机号授权）. */
export async function sendBindCode(phone: string): Promise<void> {
  await callFunction(userApi, 'sendBindCode', { phone })
}

/** How the phone is confirmed: WeChat's getPhoneNumber code, or a one-time code. */
export type PhoneProof = { kind: 'wechat'; code: string } | { kind: 'otp'; phone: string; otp: string }

/** 绑定受伤职工身份：姓名、身份证号与手机号须与参保名册或案件一致. */
export async function bindWorker(name: string, idNumber: string, proof: PhoneProof): Promise<TMe> {
  return (await callFunction(userApi, 'bindWorker', { name, idNumber, proof })).me
}
