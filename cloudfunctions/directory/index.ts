import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { directoryHandlers } from '../../backend/functions/directory.handlers'
import { createMain } from '../../backend/functions/main'
import { directoryApi } from '../../shared/api/directory.api'

/** Cloud function `directory`: see docs/API.md. */
export const main = createMain(directoryApi, directoryHandlers, createCloudbasePlatform)
