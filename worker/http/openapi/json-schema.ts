/**
 * @module
 * zod → JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) for the document and the docs
 * page. Requests are described by what a client may send (`io: 'input'`), responses by what the
 * server sends (`io: 'output'`).
 */
import * as z from 'zod'

export type JsonSchema = Record<string, unknown>

/** The JSON Schema of one zod schema, without `$schema` (the document declares the dialect). */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A normalizing input (`' tx '` → `'TX'`) loses its enum in input mode; say what it accepts.
      const def = zodSchema._zod.def as { type: string; out?: { _zod: { def: { type: string; entries?: object } } } }
      if (io === 'input' && def.type === 'pipe' && def.out?._zod.def.type === 'enum') {
        const values = Object.values(def.out._zod.def.entries ?? {}).join(', ')
        jsonSchema.description ??= `One of ${values} (case-insensitive, surrounding spaces ignored).`
      }
    },
  }) as JsonSchema
  delete json.$schema
  return json
}
