/**
 * @module
 * Behavioral-health managers: the companies carriers (and some states) route mental-health and
 * substance-use benefits to. Carrier records point to these with `behavioralHealthManager`.
 */
import type { PayerRecord } from '../../domain/payer/types'
import { compiled, payer } from './define'

export const BEHAVIORAL_HEALTH_MANAGERS: readonly PayerRecord[] = [
  payer({ id: 'optum-behavioral-health', name: 'Optum Behavioral Health', kind: 'other', family: 'bh-manager', aliases: ['optum', 'united behavioral health', 'ubh', 'optum bh', 'optum mental health', 'optum health behavioral solutions', 'liveandworkwell', 'optum eap'], source: 'https://www.optum.com/en/business/health-plans/members/behavioral-health.html' }),
  payer({ id: 'evernorth-behavioral-health', name: 'Evernorth Behavioral Health', kind: 'other', family: 'bh-manager', aliases: ['evernorth', 'cigna behavioral health', 'cigna behavioral', 'evernorth behavioral'], source: 'https://www.evernorth.com/behavioral-health' }),
  payer({ id: 'carelon-behavioral-health', name: 'Carelon Behavioral Health', kind: 'other', family: 'bh-manager', aliases: ['carelon', 'beacon', 'beacon health options', 'beacon health', 'valueoptions', 'value options', 'carelon behavioral'], source: 'https://www.carelonbehavioralhealth.com/' }),
  payer({ id: 'magellan-health', name: 'Magellan Health', kind: 'other', family: 'bh-manager', aliases: ['magellan', 'magellan behavioral health', 'magellan healthcare', 'magellan complete care'], source: 'https://www.magellanhealth.com/' }),
  payer({ id: 'compsych', name: 'ComPsych', kind: 'other', family: 'bh-manager', aliases: ['com psych', 'compsych guidance resources', 'guidanceresources', 'compsych eap'], source: 'https://www.compsych.com/' }),
  payer({ id: 'new-directions', name: 'Lucet (formerly New Directions Behavioral Health)', kind: 'other', line: 'behavioral_health_manager', family: 'bh-manager', aliases: ['new directions', 'new directions behavioral health', 'ndbh', 'lucet', 'lucet health'], source: 'https://www.behavioralhealthtech.com/insights/rethinking-behavioral-healths-first-call', verified: '2026-12-03', basis: 'compiled' }),
  payer({ id: 'lyra-health', name: 'Lyra Health', kind: 'other', family: 'bh-manager', aliases: ['lyra'], source: 'https://www.lyrahealth.com/' }),
  payer({ id: 'spring-health', name: 'Spring Health', kind: 'other', family: 'bh-manager', aliases: ['spring health eap'], source: 'https://www.springhealth.com/' }),
  payer({ id: 'anthem-eap', name: 'Carelon EAP (formerly Anthem EAP)', kind: 'other', family: 'bh-manager', aliases: ['anthem eap', 'carelon eap'], source: 'https://www.carelonbehavioralhealth.com/' }),
  compiled({ id: 'mhn', name: 'MHN (Managed Health Network, Health Net)', kind: 'other', line: 'behavioral_health_manager', family: 'bh-manager', parent: 'Centene (Health Net)', aliases: ['mhn', 'managed health network', 'mhn behavioral health', 'health net behavioral health', 'mhn eap'], source: 'https://www.mhn.com/' }),
  compiled({ id: 'uprise-health', name: 'Uprise Health (formerly Human Behavior Institute / IBH)', kind: 'other', line: 'behavioral_health_manager', family: 'bh-manager', parent: 'Uprise Health', aliases: ['uprise health', 'uprise', 'ibh solutions'], source: 'https://uprisehealth.com/' }),
]
