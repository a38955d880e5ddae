/**
 * @module
 * Health-care sharing ministries and cost-sharing communities. They are not insurance: members
 * share one another's bills voluntarily, payment is never guaranteed, state insurance law and the
 * ACA's benefit and parity rules do not apply, and many exclude or cap addiction and mental-health
 * treatment. Each record carries `notInsurance: true` and `line: 'sharing_ministry'` so that every
 * surface can say so; kind `other` keeps the rules from pricing them as a plan. Written
 * 2026-12-03 from the organizations' own sites as known (`basis: 'compiled'`).
 */
import type { PayerRecord } from '../../domain/payer/types'
import { compiled } from './define'

const ministry = (id: string, name: string, parent: string, aliases: string[], source: string, extra: Partial<PayerRecord> = {}) =>
  compiled({ id, name, kind: 'other', line: 'sharing_ministry', notInsurance: true, family: 'regional', parent, aliases, source, ...extra })

export const SHARING_MINISTRIES: readonly PayerRecord[] = [
  ministry('medi-share', 'Medi-Share (health-care sharing ministry)', 'Christian Care Ministry', ['medi share', 'medishare', 'medi-share', 'christian care ministry'], 'https://mychristiancare.org/medi-share'),
  ministry('samaritan-ministries', 'Samaritan Ministries (health-care sharing ministry)', 'Samaritan Ministries International', ['samaritan ministries', 'samaritan health share', 'samaritan ministries international'], 'https://samaritanministries.org/'),
  ministry('christian-healthcare-ministries', 'Christian Healthcare Ministries (health-care sharing ministry)', 'Christian Healthcare Ministries', ['christian healthcare ministries', 'chm', 'christian health care ministries'], 'https://www.chministries.org/'),
  ministry('liberty-healthshare', 'Liberty HealthShare (health-care sharing ministry)', 'Liberty HealthShare', ['liberty healthshare', 'liberty health share'], 'https://www.libertyhealthshare.org/'),
  ministry('altrua-healthshare', 'Altrua HealthShare (health-care sharing ministry)', 'Altrua Ministries', ['altrua healthshare', 'altrua', 'altrua health share'], 'https://www.altruahealthshare.org/'),
  ministry('zion-healthshare', 'Zion HealthShare (health-care sharing community)', 'Zion HealthShare', ['zion healthshare', 'zion health share', 'zion health'], 'https://zionhealthshare.org/'),
  ministry('sedera', 'Sedera (medical cost-sharing community)', 'Sedera', ['sedera', 'sedera health', 'sedera access'], 'https://sedera.com/'),
  ministry('crowdhealth', 'CrowdHealth (crowdfunded health-cost sharing)', 'CrowdHealth', ['crowdhealth', 'crowd health'], 'https://www.joincrowdhealth.com/'),
  ministry('solidarity-healthshare', 'Solidarity HealthShare (health-care sharing ministry)', 'Solidarity HealthShare', ['solidarity healthshare', 'solidarity health share'], 'https://solidarityhealthshare.org/'),
  ministry('knew-health', 'Knew Health (medical cost-sharing community)', 'Knew Health', ['knew health', 'knewhealth'], 'https://knewhealth.com/'),
  ministry('united-refuah-healthshare', 'United Refuah HealthShare (health-care sharing ministry)', 'United Refuah HealthShare', ['united refuah', 'united refuah healthshare', 'refuah healthshare'], 'https://www.urhealthshare.org/'),
  ministry('aliera-healthcare', 'Aliera Healthcare / Trinity HealthShare (closed)', 'Aliera Companies', ['aliera', 'aliera healthcare', 'trinity healthshare', 'sharity ministries', 'sharity'], 'https://www.aliera.com/', { status: 'defunct' }),
  ministry('oneshare-health', 'OneShare Health (health-care sharing ministry)', 'OneShare Health', ['oneshare', 'oneshare health', 'one share health'], 'https://www.onesharehealth.com/'),
]
