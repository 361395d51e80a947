import Taro from '@tarojs/taro'
import type { ActionSpec, FunctionSpec, InputOf, OutputOf } from '../../shared/api/define'
import { ServiceError } from './errors'
import { postJson, unwrap } from './http'
import { isWeapp } from './platform'
import { getToken } from './session'

/** WeChat's code when a cloud function ran but threw: a server fault, not the network's. */
const FUNCTION_FAILED = -504002

/** Call one action of a cloud function (weapp: Taro.cloud; H5: POST /api/<fn>) and return its checked data, or throw ServiceError. */
export async function callFunction<A extends Record<string, ActionSpec>, K extends keyof A & string>(
  spec: FunctionSpec<A>,
  action: K,
  input: InputOf<A[K]>,
): Promise<OutputOf<A[K]>> {
  const contract = spec.actions[action]
  /* Check input locally first: the shared schemas carry the Chinese messages users should see. */
  const checked = contract.input.safeParse(input)
  if (!checked.success) throw new ServiceError('REQUEST.INVALID', checked.error.issues[0]?.message)
  const event = { action, ...(input as object) }
  const raw = isWeapp() ? await viaCloud(spec.name, event) : await postJson(`/api/${spec.name}`, event, getToken())
  return unwrap(raw, contract.output) as OutputOf<A[K]>
}

async function viaCloud(name: string, data: Record<string, unknown>): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name, data })
    return res.result
  } catch (error) {
    const code = (error as { errCode?: number } | null)?.errCode
    throw new ServiceError(code === FUNCTION_FAILED ? 'INTERNAL' : 'NETWORK')
  }
}
