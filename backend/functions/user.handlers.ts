import type { userApi } from '../../shared/api/user.api'
import { AppError } from '../../shared/errors'
import { bindWorker } from '../domain/bind-worker'
import { organisationName } from '../domain/organisations'
import type { UserDoc } from '../domain/users'
import type { Platform } from '../ports/platform'
import type { Handlers } from './context'
import { requireUser } from '../domain/access'
import { COLLECTIONS } from '../domain/collections'
import { issueUpload } from '../domain/uploads/uploads'

/** A subscribe message as the local notifier stored it. */
interface FeedMessage {
  _id: string
  templateKey: string
  page: string | null
  data: Record<string, { value: string }>
  sentAt: string
  [key: string]: unknown
}

async function profile(platform: Platform, user: UserDoc) {
  return {
    id: user._id, role: user.role, name: user.name, orgName: await organisationName(platform.store, user),
    enterpriseId: user.enterpriseId, hospitalId: user.hospitalId, demo: user.demo, supervisor: user.supervisor === true,
  }
}

/** Handlers of the `user` function. */
export const userHandlers: Handlers<typeof userApi> = {
  async me(_input, { platform, caller }) {
    const user = caller?.user
    return user ? { bound: true, me: await profile(platform, user) } : { bound: false, me: null }
  },
  async messages(input, { platform, caller }) {
    requireUser(caller)
    const rows = await platform.store.find<FeedMessage>(COLLECTIONS.messages, { toOpenid: caller!.openid }, { orderBy: [['sentAt', 'desc']], limit: input.limit })
    return { messages: rows.map((m) => ({ id: m._id, templateKey: m.templateKey, page: m.page, sentAt: m.sentAt, data: Object.fromEntries(Object.entries(m.data).map(([k, v]) => [k, v.value])) })) }
  },
  async ping() {
    return { pong: true as const }
  },
  async sendBindCode(input, { platform, caller, now }) {
    if (!caller) throw new AppError('AUTH.UNAUTHENTICATED')
    if (caller.user) throw new AppError('BIND.ALREADY_BOUND')
    const sent = await platform.phone.sendCode(caller.openid, input.phone, now)
    if (!sent) throw new AppError('BIND.USE_WECHAT')
    return { sent }
  },
  async bindWorker(input, { platform, caller, now }) {
    if (!caller) throw new AppError('AUTH.UNAUTHENTICATED')
    const user = await bindWorker(platform, caller.openid, input, now)
    return { me: await profile(platform, user) }
  },
  async prepareUpload(input, { platform, caller, now }) {
    requireUser(caller)
    return { cloudPath: (await issueUpload(platform, caller!.openid, input.ext, now)).path }
  },
}
