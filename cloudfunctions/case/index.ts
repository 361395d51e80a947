import { createCloudbasePlatform } from '../../backend/adapters/cloudbase/platform'
import { caseHandlers } from '../../backend/functions/case.handlers'
import { createMain } from '../../backend/functions/main'
import { caseApi } from '../../shared/api/case.api'

/** Cloud function `case`: see docs/API.md. */
export const main = createMain(caseApi, caseHandlers, createCloudbasePlatform)
