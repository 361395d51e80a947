import type { rosterApi } from '../../shared/api/roster.api'
import { AppError } from '../../shared/errors'
import { requireUser } from '../domain/access'
import { searchRoster } from '../domain/roster'
import type { Handlers } from './context'
import { getEnterprise } from '../domain/directory'
import { confirmRosterImport, previewRosterImport } from '../domain/roster-import/import'
import { assertFileAttachable } from '../domain/uploads/attachable'
import type { UserDoc } from '../domain/users'
import type { Platform } from '../ports/platform'

/**
 * The enterprise an import is for: an officer's own (whatever the event says), or the one the
 * bureau names; and the roster file must be the caller's own upload (the file-ownership rule).
 */
async function importTarget(platform: Platform, user: UserDoc, enterpriseId: string | undefined, fileId: string) {
  const id = user.role === 'officer' ? user.enterpriseId : enterpriseId
  if (!id) throw new AppError('REQUEST.INVALID', '请指定企业')
  const enterprise = await getEnterprise(platform.store, id)
  await assertFileAttachable(platform, user, fileId)
  return enterprise
}

/** Handlers of the `roster` function. */
export const rosterHandlers: Handlers<typeof rosterApi> = {
  async previewImport(input, { platform, caller, now }) {
    const enterprise = await importTarget(platform, requireUser(caller), input.enterpriseId, input.fileId)
    return previewRosterImport(platform, enterprise, input.fileId, now)
  },
  async confirmImport(input, { platform, caller, now }) {
    const user = requireUser(caller)
    const enterprise = await importTarget(platform, user, input.enterpriseId, input.fileId)
    return confirmRosterImport(platform, user, enterprise, input.fileId, input.expectedHash, now)
  },
  async search(input, { platform, caller }) {
    const user = requireUser(caller)
    // An officer's enterprise is their binding; whatever the event names is ignored for them.
    const enterpriseId = user.role === 'officer' ? user.enterpriseId : input.enterpriseId
    if (!enterpriseId) throw new AppError('REQUEST.INVALID', '请指定企业')
    const rows = await searchRoster(platform.store, enterpriseId, input.query)
    return { entries: rows.map((r) => ({ id: r._id, name: r.name, idMasked: r.idMasked, phone: r.phone, enrolmentUnit: r.enrolmentUnit })) }
  },
}
