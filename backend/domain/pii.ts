import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

/** Keyed hash (HMAC-SHA256, hex) of an ID number: lets us match without storing it in the clear. */
export function hashIdNumber(key: string, idNumber: string): string {
  return createHmac('sha256', key).update(idNumber.trim().toUpperCase()).digest('hex')
}

function keyBytes(hexKey: string): Buffer {
  const key = Buffer.from(hexKey, 'hex')
  if (key.length !== 32) throw new Error('ID encryption key must be 32 bytes of hex')
  return key
}

/** Encrypt an ID number with AES-256-GCM; the result is `iv.tag.ciphertext` in base64url. */
export function encryptIdNumber(hexKey: string, idNumber: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyBytes(hexKey), iv)
  const data = Buffer.concat([cipher.update(idNumber.trim().toUpperCase(), 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')
}

/** Decrypt what encryptIdNumber produced; throws when it was tampered with. */
export function decryptIdNumber(hexKey: string, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(hexKey), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
}
