import { caseApi } from './case.api'
import { directoryApi } from './directory.api'
import { evidenceApi } from './evidence.api'
import { insurerApi } from './insurer.api'
import { outboxApi } from './outbox.api'
import { rosterApi } from './roster.api'
import { userApi } from './user.api'

/** Every cloud function's contract, in the order docs/API.md lists them. */
export const FUNCTION_SPECS = [userApi, directoryApi, caseApi, evidenceApi, rosterApi, outboxApi, insurerApi] as const
