import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { evidenceHandlers } from '../../backend/functions/evidence.handlers'
import { createMain } from '../../backend/functions/main'
import { evidenceApi } from '../../shared/api/evidence.api'

/** Cloud function `evidence`: see docs/API.md. */
export const main = createMain(evidenceApi, evidenceHandlers, createCloudbasePlatform)
