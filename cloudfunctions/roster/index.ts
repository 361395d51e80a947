import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { rosterHandlers } from '../../backend/functions/roster.handlers'
import { createMain } from '../../backend/functions/main'
import { rosterApi } from '../../shared/api/roster.api'

/** Cloud function `roster`: see docs/API.md. */
export const main = createMain(rosterApi, rosterHandlers, createCloudbasePlatform)
