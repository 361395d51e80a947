import { z } from 'zod'
import { ZRole } from '../roles'
import { action, defineFunction, text, ZId } from './define'
import { ZIdNumber } from '../idcard'
import { ZMobile } from './report.schema'

/** The signed-in user as the client sees them. */
export const ZMe = z.object({
  id: ZId,
  role: ZRole,
  name: z.string(),
  /** Organisation shown under the name: enterprise, hospital, insurer or bureau. */
  orgName: z.string(),
  enterpriseId: z.string().optional(),
  hospitalId: z.string().optional(),
  demo: z.boolean(),
  /** Insurer supervisors assign cases and receive 24 h escalations. */
  supervisor: z.boolean().default(false),
})
/** The signed-in user. */
export type TMe = z.infer<typeof ZMe>

/** `user`: who am I. */
export const userApi = defineFunction({
  name: 'user',
  summary: '当前用户 (who the caller is)',
  actions: {
    me: action({
      summary: 'The caller\'s bound profile, or bound=false for a WeChat user not yet bound.',
      access: 'anyone',
      input: z.object({}),
      output: z.object({ bound: z.boolean(), me: ZMe.nullable() }),
    }),
    messages: action({
      summary: 'The caller\'s 消息 feed: subscribe messages as delivered locally (in WeChat they arrive as service notifications).',
      access: 'signed-in',
      input: z.object({ limit: z.number().int().min(1).max(100).default(50) }),
      output: z.object({ messages: z.array(z.object({ id: z.string(), templateKey: z.string(), page: z.string().nullable(), data: z.record(z.string(), z.string()), sentAt: z.string() })) }),
    }),
    ping: action({
      summary: 'Does nothing but answer: the baseline for latency benchmarks.',
      access: 'anyone',
      input: z.object({}),
      output: z.object({ pong: z.literal(true) }),
    }),
    sendBindCode: action({
      summary: 'Local runtime only: print a one-time code for confirming the phone while binding (in WeChat the getPhoneNumber button is used instead).',
      access: 'anyone',
      input: z.object({ phone: ZMobile }),
      output: z.object({ sent: z.boolean() }),
    }),
    bindWorker: action({
      summary: 'Bind the caller\'s WeChat account to an injured worker: name and ID number must match a roster entry or a case with the confirmed phone.',
      access: 'anyone',
      input: z.object({
        name: text(30).min(2, '请输入姓名'),
        idNumber: ZIdNumber,
        proof: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('wechat'), code: z.string().min(1).max(256) }),
          z.object({ kind: z.literal('otp'), phone: ZMobile, otp: z.string().regex(/^\d{6}$/, '请输入6位验证码') }),
        ]),
      }),
      output: z.object({ me: ZMe }),
    }),
    prepareUpload: action({
      summary: 'Mini-program uploads: a fresh cloud path for one file, recorded as the caller\'s, to pass to wx.cloud.uploadFile. Only files uploaded to a path issued to the caller (or already on a case the caller may read) can be attached anywhere.',
      access: 'signed-in',
      input: z.object({ ext: z.string().regex(/^[a-z0-9]{1,8}$/, '文件扩展名不正确') }),
      output: z.object({ cloudPath: z.string() }),
    }),
  },
})
