import { Hono } from 'hono'
import type { AppEnv } from '../env'
import type { SiteConfig } from '../http/schemas/partners'

/**
 * `GET /v1/site-config`: what the widget needs to render for the partner of its site key (name,
 * admissions phone, programs, branding, whether to offer the exact check and with which
 * Turnstile site key). Everything here is public; secrets and contracts are not.
 */
export const siteConfig = new Hono<AppEnv>().get('/', (c) => {
  const partner = c.get('partner')
  c.header('Cache-Control', 'private, max-age=60')
  return c.json<SiteConfig>({
    partner: { name: partner.name, admissionsPhone: partner.admissionsPhone },
    programs: partner.programs,
    branding: partner.branding,
    exactCheck: { enabled: partner.exactCheckEnabled, turnstileSiteKey: partner.turnstileSiteKey },
  })
})
