import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { COLLECTIONS } from '../../domain/collections'
import type { PhoneProof, PhoneVerifier } from '../../ports/phone'
import type { DocumentStore } from '../../ports/store'

const CODE_TTL_MS = 10 * 60_000
const MAX_TRIES = 5

interface OtpDoc {
  _id: string
  phone: string
  codeHash: string
  expiresAt: number
  tries: number
  [key: string]: unknown
}

/** Local phone confirmation: a 6-digit code printed on the server console, valid 10 minutes, 5 tries. */
export class ConsoleOtpVerifier implements PhoneVerifier {
  /** Keep codes (hashed) in the store; print through `print`. */
  constructor(private readonly store: DocumentStore, private readonly secret: string, private readonly print: (line: string) => void = console.log) {}

  private hash(code: string): string {
    return createHmac('sha256', this.secret).update(code).digest('hex')
  }

  async sendCode(openid: string, phone: string, now: Date): Promise<boolean> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    await this.store.set(COLLECTIONS.otp, { _id: `otp:${openid}`, phone, codeHash: this.hash(code), expiresAt: now.getTime() + CODE_TTL_MS, tries: 0 })
    this.print(`[验证码] 手机 ${phone} 的绑定验证码：${code}（10分钟内有效）`)
    return true
  }

  async confirm(openid: string, proof: PhoneProof, now: Date): Promise<string | null> {
    if (proof.kind !== 'otp') return null
    return this.store.transaction(async (tx) => {
      const doc = await tx.get<OtpDoc>(COLLECTIONS.otp, `otp:${openid}`)
      if (!doc || doc.phone !== proof.phone || doc.expiresAt < now.getTime() || doc.tries >= MAX_TRIES) return null
      const given = Buffer.from(this.hash(proof.otp))
      if (!timingSafeEqual(given, Buffer.from(doc.codeHash))) {
        await tx.update(COLLECTIONS.otp, doc._id, { tries: doc.tries + 1 })
        return null
      }
      await tx.remove(COLLECTIONS.otp, doc._id)
      return doc.phone
    })
  }
}
