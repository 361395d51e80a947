import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { userHandlers } from '../../backend/functions/user.handlers'
import { createMain } from '../../backend/functions/main'
import { userApi } from '../../shared/api/user.api'

/** Cloud function `user`: see docs/API.md. */
export const main = createMain(userApi, userHandlers, createCloudbasePlatform)
