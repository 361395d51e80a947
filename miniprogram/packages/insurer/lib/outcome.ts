import Taro from '@tarojs/taro'
import { ERROR_MESSAGES } from '../../../../shared/errors'
import { ServiceError, userMessage } from '../../../services/errors'

/** The message shown when another agent changed the case first. */
export const CONFLICT_MESSAGE = ERROR_MESSAGES['CASE.VERSION_CONFLICT']

/** True when the refusal means the case changed under us: the page must reload before trying again. */
export function isConflict(error: unknown): boolean {
  return error instanceof ServiceError && (error.code === 'CASE.VERSION_CONFLICT' || error.code === 'INSURER.ALREADY_ASSIGNED')
}

/**
 * Turn a failed desk action into what the page shows. A version conflict always reads
 * 案件已被他人更新，请刷新后重试 and asks for a reload; other refusals keep the backend's message.
 */
export function describeFailure(error: unknown): { message: string; reload: boolean } {
  if (error instanceof ServiceError && error.code === 'CASE.VERSION_CONFLICT') return { message: CONFLICT_MESSAGE, reload: true }
  return { message: userMessage(error), reload: isConflict(error) }
}

/** A short toast (no icon: Chinese messages are longer than the icon toast allows). */
export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
