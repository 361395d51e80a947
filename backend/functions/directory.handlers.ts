import type { directoryApi } from '../../shared/api/directory.api'
import { requireUser } from '../domain/access'
import { listEnterprises, listHospitals, matchEnterprise, setEnterpriseStatus } from '../domain/directory'
import type { Handlers } from './context'

/** Handlers of the `directory` function. */
export const directoryHandlers: Handlers<typeof directoryApi> = {
  async listEnterprises(input, { platform }) {
    return { enterprises: await listEnterprises(platform.store, input) }
  },
  async matchEnterprise(input, { platform }) {
    return { enterprise: await matchEnterprise(platform.store, input.name) }
  },
  async setEnterpriseStatus(input, { platform, caller, now }) {
    const actor = requireUser(caller)
    return { enterprise: await setEnterpriseStatus(platform.store, actor, input.enterpriseId, input.status, input.reason, now) }
  },
  async listHospitals(_input, { platform }) {
    return { hospitals: await listHospitals(platform.store) }
  },
}
