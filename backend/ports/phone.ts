/** How a worker proves a phone number is theirs while binding. */
export type PhoneProof = { kind: 'wechat'; code: string } | { kind: 'otp'; phone: string; otp: string }

/**
 * Phone confirmation. In the mini-program WeChat's getPhoneNumber button yields a code the
 * server exchanges for the number; locally a one-time code is printed on the server console.
 */
export interface PhoneVerifier {
  /** Send a one-time code to the phone (locally: print it); false where this platform has no such channel. */
  sendCode(openid: string, phone: string, now: Date): Promise<boolean>
  /** The phone number the proof confirms, or null when it does not hold. */
  confirm(openid: string, proof: PhoneProof, now: Date): Promise<string | null>
}
