/*
 * A tiny, generic protobuf reader/writer for the tests, independent of the adapter's codec, so the
 * contract checks the bytes on the wire rather than the adapter agreeing with itself.
 */

/** One decoded field: varints as bigint, length-delimited fields as bytes. */
export interface PbField {
  field: number
  wire: number
  value: bigint | Buffer
}

function readVarint(buf: Buffer, pos: number): [bigint, number] {
  let value = 0n
  let shift = 0n
  for (;;) {
    const byte = buf[pos++]
    value |= BigInt(byte & 0x7f) << shift
    shift += 7n
    if ((byte & 0x80) === 0) return [value, pos]
  }
}

/** Split a message into its fields (wire types 0 and 2 only, which is all these messages use). */
export function pbFields(buf: Buffer): PbField[] {
  const out: PbField[] = []
  let pos = 0
  while (pos < buf.length) {
    let tag: bigint
    ;[tag, pos] = readVarint(buf, pos)
    const field = Number(tag >> 3n)
    const wire = Number(tag & 7n)
    if (wire === 0) {
      let value: bigint
      ;[value, pos] = readVarint(buf, pos)
      out.push({ field, wire, value })
    } else if (wire === 2) {
      let length: bigint
      ;[length, pos] = readVarint(buf, pos)
      out.push({ field, wire, value: buf.subarray(pos, pos + Number(length)) })
      pos += Number(length)
    } else {
      throw new Error(`test decoder: unexpected wire type ${wire}`)
    }
  }
  return out
}

function writeVarint(value: bigint): Buffer {
  const bytes: number[] = []
  let v = BigInt.asUintN(64, value)
  do {
    const low = Number(v & 0x7fn)
    v >>= 7n
    bytes.push(v > 0n ? low | 0x80 : low)
  } while (v > 0n)
  return Buffer.from(bytes)
}

/** Encode a message from (field, value) pairs: numbers as varints (negatives as 10 bytes), the rest as bytes. */
export function pbEncode(fields: Array<[number, number | string | Buffer]>): Buffer {
  return Buffer.concat(
    fields.map(([field, value]) => {
      if (typeof value === 'number') return Buffer.concat([writeVarint(BigInt(field << 3)), writeVarint(BigInt(value))])
      const bytes = typeof value === 'string' ? Buffer.from(value) : value
      return Buffer.concat([writeVarint(BigInt((field << 3) | 2)), writeVarint(BigInt(bytes.length)), bytes])
    }),
  )
}

/** Decode CommApiData{apiType, openapiData{pairs}} into its apiType and JSON-parsed parameters. */
export function readOpenApiRequest(buf: Buffer): { apiType: bigint | undefined; params: Record<string, unknown> } {
  const fields = pbFields(buf)
  const apiType = fields.find((f) => f.field === 1)?.value as bigint | undefined
  const openapiData = fields.find((f) => f.field === 2)?.value as Buffer
  const params: Record<string, unknown> = {}
  for (const pair of pbFields(openapiData)) {
    const kv = pbFields(pair.value as Buffer)
    const key = (kv.find((f) => f.field === 1)?.value as Buffer).toString('utf8')
    params[key] = JSON.parse((kv.find((f) => f.field === 2)?.value as Buffer).toString('utf8'))
  }
  return { apiType, params }
}

/** A CommOpenApiResp as CloudBase sends it back for a cloud call. */
export function openApiResponse(wechatJson: unknown, errorCode = 0): Buffer {
  const fields: Array<[number, number | string | Buffer]> = [[1, JSON.stringify(wechatJson)], [2, 'application/json; encoding=utf-8']]
  if (errorCode !== 0) fields.push([3, errorCode])
  fields.push([4, 200])
  return pbEncode(fields)
}
