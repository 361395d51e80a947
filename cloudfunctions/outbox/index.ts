import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { outboxHandlers } from '../../backend/functions/outbox.handlers'
import { createMain } from '../../backend/functions/main'
import { outboxApi } from '../../shared/api/outbox.api'

/** Cloud function `outbox`: see docs/API.md. */
export const main = createMain(outboxApi, outboxHandlers, createCloudbasePlatform)
