import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { API_DOC_PATH, describeAccess, renderApiDocs } from '../../scripts/gen-api-docs'
import { formatJson, toJsonSchema } from '../../scripts/lib/json-schema'
import { FUNCTION_SPECS } from '../../shared/api/registry'
import { ERROR_MESSAGES } from '../../shared/errors'

describe('docs/API.md', () => {
  const rendered = renderApiDocs()

  it('is up to date with shared/api and shared/errors', () => {
    const current = existsSync(API_DOC_PATH) ? readFileSync(API_DOC_PATH, 'utf8') : ''
    if (current !== rendered) throw new Error('docs/API.md is stale or missing: run npm run docs:api')
  })

  it('is deterministic', () => {
    expect(renderApiDocs()).toBe(rendered)
  })

  it('documents every action of every function and every error code', () => {
    for (const fn of FUNCTION_SPECS) {
      for (const action of Object.keys(fn.actions)) expect(rendered).toContain(`### \`${fn.name}\` · \`${action}\``)
      if (fn.timer) expect(rendered).toContain(fn.timer.cron)
    }
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) expect(rendered).toContain(`| \`${code}\` | ${message} |`)
  })

  it('renders every schema block as valid JSON', () => {
    const blocks = [...rendered.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1])
    const actions = FUNCTION_SPECS.reduce((n, fn) => n + Object.keys(fn.actions).length, 0)
    expect(blocks).toHaveLength(actions * 2)
    for (const block of blocks) expect(() => JSON.parse(block)).not.toThrow()
  })
})

describe('schema rendering', () => {
  it('describes inputs as sent and outputs as received', () => {
    const schema = z.object({ limit: z.number().default(50) })
    expect(toJsonSchema(schema, 'input').required).toBeUndefined()
    expect(toJsonSchema(schema, 'output').required).toEqual(['limit'])
  })

  it('turns unrepresentable types into {} instead of throwing', () => {
    const schema = z.object({ at: z.date(), n: z.bigint() })
    expect(toJsonSchema(schema, 'output').properties).toEqual({ at: {}, n: {} })
  })

  it('keeps short leaves on one line and round-trips', () => {
    const value = { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] }
    const text = formatJson(value)
    expect(text).toContain('"id": { "type": "string", "maxLength": 64 }')
    expect(text).toContain('"required": ["id"]')
    expect(JSON.parse(text)).toEqual(value)
  })

  it('names roles with their Chinese labels', () => {
    expect(describeAccess(['bureau'])).toContain('区人社局')
    expect(describeAccess('anyone')).toMatch(/anyone/)
  })
})
