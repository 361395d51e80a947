/*
 * The protobuf frames of CloudBase's `wx.openApi` action, as wx-server-sdk 4.x builds them for
 * `cloud.openapi.<category>.<method>(...)` (its src/protobuf/openapi.js). Hand-written because only
 * three small messages are needed and protobufjs is not a dependency:
 *   CommApiData     { 1: int32 apiType (0 = OPEN_API), 2: OpenApiData openapiData, 6: string appid }
 *   OpenApiData     { 1: repeated KeyValuePair pairs }
 *   KeyValuePair    { 1: string key, 2: bytes value }        value = JSON text of the parameter
 *   CommOpenApiResp { 1: bytes respData, 2: string contentType, 3: int32 errorCode, 4: uint32 httpCode, 6: int32 svrkitErrorCode }
 */

function varint(value: number): number[] {
  const out: number[] = []
  let v = value >>> 0
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80)
    v >>>= 7
  }
  out.push(v)
  return out
}

function lengthDelimited(field: number, payload: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([...varint((field << 3) | 2), ...varint(payload.length)]), payload])
}

/** Encode an OPEN_API request: each parameter becomes a key/value pair whose value is its JSON text. */
export function encodeOpenApiRequest(params: Record<string, unknown>): Buffer {
  const pairs = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => lengthDelimited(1, Buffer.concat([lengthDelimited(1, Buffer.from(key)), lengthDelimited(2, Buffer.from(JSON.stringify(value)))])))
  /* apiType OPEN_API is 0; protobufjs still writes it when set, so do the same (tag 0x08, value 0). */
  return Buffer.concat([Buffer.from([0x08, 0x00]), lengthDelimited(2, Buffer.concat(pairs))])
}

/** The decoded `CommOpenApiResp`. */
export interface OpenApiResponse {
  respData: Buffer
  contentType: string
  errorCode: number
  httpCode: number
}

class Reader {
  pos = 0
  constructor(private readonly buf: Buffer) {}
  get done(): boolean {
    return this.pos >= this.buf.length
  }
  varint(): bigint {
    let result = 0n
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint')
      const byte = this.buf[this.pos++]
      result |= BigInt(byte & 0x7f) << shift
      if ((byte & 0x80) === 0) return result
    }
    throw new Error('varint too long')
  }
  bytes(length: number): Buffer {
    if (this.pos + length > this.buf.length) throw new Error('truncated field')
    const out = this.buf.subarray(this.pos, this.pos + length)
    this.pos += length
    return out
  }
}

/** Decode a `CommOpenApiResp`; throws on bytes that are not one (e.g. a JSON error body). */
export function decodeOpenApiResponse(buf: Buffer): OpenApiResponse {
  const out: OpenApiResponse = { respData: Buffer.alloc(0), contentType: '', errorCode: 0, httpCode: 0 }
  const reader = new Reader(buf)
  while (!reader.done) {
    const tag = Number(reader.varint())
    const field = tag >>> 3
    const wire = tag & 7
    if (wire === 0) {
      /* int32 negatives travel as 10-byte two's complement varints; keep the low 32 bits, signed. */
      const value = Number(BigInt.asIntN(32, reader.varint()))
      if (field === 3) out.errorCode = value
      if (field === 4) out.httpCode = value >>> 0
    } else if (wire === 2) {
      const value = reader.bytes(Number(reader.varint()))
      if (field === 1) out.respData = value
      if (field === 2) out.contentType = value.toString('utf8')
    } else if (wire === 1 || wire === 5) {
      reader.bytes(wire === 1 ? 8 : 4)
    } else {
      throw new Error(`unsupported wire type ${wire}`)
    }
  }
  return out
}
