import { readFileSync } from 'node:fs'
import { e2eState, runtimeUrl } from './browser'

/** Call a function of the running runtime as a demo user over HTTP (for arranging and checking). */
export async function apiAs(userId: string, fn: string, event: Record<string, unknown>): Promise<{ ok: boolean; data?: any; code?: string }> {
  const signIn = await fetch(`${runtimeUrl()}dev/sign-in`, { method: 'POST', body: JSON.stringify({ userId }) })
  const { token } = ((await signIn.json()) as { data: { token: string } }).data
  const res = await fetch(`${runtimeUrl()}api/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(event) })
  return res.json() as Promise<{ ok: boolean }>
}

/** What the fake WeCom robot has accepted so far. */
export async function receivedMessages(): Promise<Array<{ key: string; markdown: string }>> {
  return (await fetch(e2eState().receivedUrl)).json() as Promise<Array<{ key: string; markdown: string }>>
}

/** The newest one-time binding code printed on the runtime's console for a phone. */
export function lastBindCode(phone: string): string | null {
  const log = readFileSync(e2eState().logFile, 'utf8')
  const codes = [...log.matchAll(new RegExp(`手机 ${phone} 的绑定验证码：(\\d{6})`, 'g'))]
  return codes.length ? codes[codes.length - 1][1] : null
}
