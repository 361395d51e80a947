import { z } from 'zod'

/** Which side of a schema to describe: what callers send (`input`) or what they receive (`output`). */
export type SchemaSide = 'input' | 'output'

/**
 * A zod schema as JSON Schema (draft 2020-12) for one side. Types JSON Schema cannot express
 * (dates, transforms without a declared output, custom checks) become `{}` instead of throwing.
 * The `$schema` key is dropped: docs/API.md names the draft once.
 */
export function toJsonSchema(schema: z.ZodType, side: SchemaSide): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: side, unrepresentable: 'any' }) as Record<string, unknown>
  const { $schema: _draft, ...rest } = json
  return rest
}

const INLINE_WIDTH = 100

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/* One line for a leaf: primitives, arrays of primitives, or an object holding only those. */
function flatLeaf(value: unknown): string | undefined {
  if (isPrimitive(value)) return JSON.stringify(value)
  if (Array.isArray(value)) return value.every(isPrimitive) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : undefined
  if (typeof value !== 'object' || value === null) return undefined
  const parts: string[] = []
  for (const [key, item] of Object.entries(value)) {
    const flat = item === undefined || (typeof item === 'object' && item !== null && !Array.isArray(item)) ? undefined : flatLeaf(item)
    if (flat === undefined) return undefined
    parts.push(`${JSON.stringify(key)}: ${flat}`)
  }
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`
}

/**
 * JSON with two-space indentation, except that leaves (e.g. `{ "type": "string", "maxLength": 64 }`,
 * enums, `required` lists) stay on one line while they fit in about 100 characters. Key order is
 * preserved, so the output is deterministic for a given schema.
 */
export function formatJson(value: unknown, indent = '', keyWidth = 0): string {
  const flat = flatLeaf(value)
  if (flat !== undefined && (isPrimitive(value) || indent.length + keyWidth + flat.length <= INLINE_WIDTH)) return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([key, item]) => {
      const label = `${JSON.stringify(key)}: `
      return `${inner}${label}${formatJson(item, inner, label.length)}`
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return 'null'
}
