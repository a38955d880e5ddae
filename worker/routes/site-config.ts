/**
 * @module `GET /v1/site-config`: what the widget needs to render for the partner of its site key
 * (name, admissions phone, programs, branding, whether to offer the exact check and with which
 * Turnstile site key). Everything here is public; secrets and contracts are not.
 */
import * as z from 'zod'
import { SITE_KEY_PROBLEMS } from '../http/openapi/problems'
import { defineRoute, type Documented } from '../http/route'
import { Branding, type SiteConfig } from '../http/schemas/partners'

const SiteConfigSchema = z.object({
  partner: z.object({ name: z.string(), admissionsPhone: z.string().nullable().describe('E.164, for the call button') }),
  programs: z.array(z.string()).describe('substance_use, mental_health'),
  branding: Branding,
  exactCheck: z.object({
    enabled: z.boolean().describe('Whether to offer the exact (270/271) check'),
    turnstileSiteKey: z.string().nullable().describe('The Turnstile site key to render for the exact check and callback requests'),
  }),
})

export const siteConfigRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/site-config',
    operationId: 'getSiteConfig',
    tag: 'Widget',
    summary: 'What the widget needs to render for a site key',
    description:
      'The partner’s name, admissions phone, programs and branding, and whether to offer the exact check. Everything here is public; cached privately for 60 s.',
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
    handler: (c) => {
      const partner = c.get('partner')
      c.header('Cache-Control', 'private, max-age=60')
      return c.json<Documented<SiteConfig, typeof SiteConfigSchema>>({
        partner: { name: partner.name, admissionsPhone: partner.admissionsPhone },
        programs: partner.programs,
        branding: partner.branding,
        exactCheck: { enabled: partner.exactCheckEnabled, turnstileSiteKey: partner.turnstileSiteKey },
      })
    },
  }),
]
