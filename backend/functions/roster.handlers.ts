import type { rosterApi } from '../../shared/api/roster.api'
import { AppError } from '../../shared/errors'
import { requireUser } from '../domain/access'
import { searchRoster } from '../domain/roster'
import type { Handlers } from './context'

/** Handlers of the `roster` function. */
export const rosterHandlers: Handlers<typeof rosterApi> = {
  async search(input, { platform, caller }) {
    const user = requireUser(caller)
    // An officer's enterprise is their binding; whatever the event names is ignored for them.
    const enterpriseId = user.role === 'officer' ? user.enterpriseId : input.enterpriseId
    if (!enterpriseId) throw new AppError('REQUEST.INVALID', '请指定企业')
    const rows = await searchRoster(platform.store, enterpriseId, input.query)
    return { entries: rows.map((r) => ({ id: r._id, name: r.name, idMasked: r.idMasked, phone: r.phone, enrolmentUnit: r.enrolmentUnit })) }
  },
}
