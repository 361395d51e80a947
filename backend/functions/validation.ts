import type { z } from 'zod'

/** The first validation problem as one Chinese sentence naming the field. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '请求内容不正确'
  const field = issue.path.length ? `字段「${issue.path.join('.')}」` : '请求'
  return `${field}：${issue.message}`
}
