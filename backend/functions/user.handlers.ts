import type { userApi } from '../../shared/api/user.api'
import { organisationName } from '../domain/organisations'
import type { Handlers } from './context'

/** Handlers of the `user` function. */
export const userHandlers: Handlers<typeof userApi> = {
  async me(_input, { platform, caller }) {
    const user = caller?.user
    if (!user) return { bound: false, me: null }
    return {
      bound: true,
      me: {
        id: user._id,
        role: user.role,
        name: user.name,
        orgName: await organisationName(platform.store, user),
        enterpriseId: user.enterpriseId,
        hospitalId: user.hospitalId,
        demo: user.demo,
      },
    }
  },
}
