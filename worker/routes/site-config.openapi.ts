/** The operations of `routes/site-config.ts`, for the OpenAPI document and /docs. */
import * as z from 'zod'
import { SITE_KEY_PROBLEMS } from '../http/openapi/problems'
import { defineOperations } from '../http/openapi/registry'
import { sameType } from '../http/openapi/same-type'
import { Branding, type SiteConfig } from '../http/schemas/partners'

const SiteConfigSchema = sameType<SiteConfig>()(
  z.object({
    partner: z.object({ name: z.string(), admissionsPhone: z.string().nullable().describe('E.164, for the call button') }),
    programs: z.array(z.string()).describe('substance_use, mental_health'),
    branding: Branding,
    exactCheck: z.object({
      enabled: z.boolean().describe('Whether to offer the exact (270/271) check'),
      turnstileSiteKey: z.string().nullable().describe('The Turnstile site key to render for the exact check and callback requests'),
    }),
  }),
)

export const siteConfigApi = defineOperations([
  {
    method: 'get',
    path: '/v1/site-config',
    operationId: 'getSiteConfig',
    tag: 'Widget',
    summary: 'What the widget needs to render for a site key',
    description: 'The partner’s name, admissions phone, programs and branding, and whether to offer the exact check. Everything here is public; cached privately for 60 s.',
    access: 'site_key_or_staff',
    responses: {
      200: {
        description: 'The site’s configuration.',
        schema: SiteConfigSchema,
        examples: {
          demo: {
            summary: 'The demo partner',
            value: {
              partner: { name: 'Sunrise Recovery Center (demo)', admissionsPhone: '+18005550100' },
              programs: ['substance_use', 'mental_health'],
              branding: { colors: { accent: '#0a6b5d' }, logoUrl: null },
              exactCheck: { enabled: true, turnstileSiteKey: '1x00000000000000000000AA' },
            },
          },
        },
      },
    },
    problems: [...SITE_KEY_PROBLEMS],
  },
])
