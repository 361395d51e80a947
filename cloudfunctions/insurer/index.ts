import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { insurerHandlers } from '../../backend/functions/insurer.handlers'
import { createMain } from '../../backend/functions/main'
import { insurerApi } from '../../shared/api/insurer.api'

/** Cloud function `insurer`: see docs/API.md. */
export const main = createMain(insurerApi, insurerHandlers, createCloudbasePlatform)
