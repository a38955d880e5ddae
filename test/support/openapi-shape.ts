// Our own JSON Schema (draft 2020-12) for the parts of an OpenAPI 3.1 document that clients and
// tools rely on: the root, path items, operations, parameters, bodies, responses, media types,
// examples and security schemes. It is deliberately strict where the spec is (required fields,
// enums, key patterns) and leaves Schema Objects to the JSON Schema dialect.

const ref = (name: string) => ({ $ref: `#/$defs/${name}` })
const extensions = { '^x-': {} }

const mediaType = {
  type: 'object',
  properties: {
    schema: { type: ['object', 'boolean'] },
    example: {},
    examples: { type: 'object', additionalProperties: ref('example') },
  },
  patternProperties: extensions,
  additionalProperties: false,
}

export const OPENAPI_31_SHAPE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: {
      type: 'object',
      required: ['title', 'version'],
      properties: { title: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' } },
    },
    servers: {
      type: 'array',
      items: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } },
    },
    tags: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: ref('pathItem'),
    },
    webhooks: { type: 'object', additionalProperties: ref('pathItem') },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { type: ['object', 'boolean'] } },
        securitySchemes: { type: 'object', additionalProperties: ref('securityScheme') },
      },
    },
    security: { type: 'array', items: ref('securityRequirement') },
  },
  patternProperties: extensions,
  additionalProperties: false,
  $defs: {
    pathItem: {
      type: 'object',
      properties: Object.fromEntries(
        ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].map((m) => [m, ref('operation')]),
      ),
      patternProperties: extensions,
      additionalProperties: false,
    },
    operation: {
      type: 'object',
      required: ['responses'],
      properties: {
        operationId: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        summary: { type: 'string' },
        description: { type: 'string' },
        parameters: { type: 'array', items: ref('parameter') },
        requestBody: {
          type: 'object',
          required: ['content'],
          properties: { required: { type: 'boolean' }, content: ref('content') },
        },
        responses: {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: '^([1-5](\\d\\d|XX)|default)$' },
          additionalProperties: ref('response'),
        },
        security: { type: 'array', items: ref('securityRequirement') },
      },
      patternProperties: extensions,
      additionalProperties: false,
    },
    parameter: {
      type: 'object',
      required: ['name', 'in', 'schema'],
      properties: {
        name: { type: 'string' },
        in: { enum: ['query', 'header', 'path', 'cookie'] },
        required: { type: 'boolean' },
        description: { type: 'string' },
        schema: { type: ['object', 'boolean'] },
      },
      // A path parameter must say it is required.
      if: { properties: { in: { const: 'path' } } },
      then: { required: ['required'], properties: { required: { const: true } } },
      additionalProperties: false,
    },
    content: { type: 'object', propertyNames: { pattern: '^[\\w.+-]+/[\\w.+-]+$' }, additionalProperties: mediaType },
    response: {
      type: 'object',
      required: ['description'],
      properties: {
        description: { type: 'string' },
        headers: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: { description: { type: 'string' }, schema: { type: 'object' } },
            additionalProperties: false,
          },
        },
        content: ref('content'),
      },
      additionalProperties: false,
    },
    example: {
      type: 'object',
      properties: { summary: { type: 'string' }, description: { type: 'string' }, value: {} },
      additionalProperties: false,
    },
    securityScheme: {
      type: 'object',
      required: ['type'],
      properties: { type: { enum: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'] }, description: { type: 'string' } },
      allOf: [
        {
          if: { properties: { type: { const: 'apiKey' } } },
          then: { required: ['name', 'in'], properties: { in: { enum: ['query', 'header', 'cookie'] } } },
        },
        { if: { properties: { type: { const: 'http' } } }, then: { required: ['scheme'] } },
      ],
    },
    securityRequirement: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
  },
} as const
