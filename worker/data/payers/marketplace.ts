/**
 * @module
 * Carriers people meet on the ACA marketplace (HealthCare.gov and state exchanges), and the
 * defunct ones they still type (answered honestly with `status: 'defunct'`).
 */
import type { PayerRecord } from '../../domain/payer/types'
import { payer } from './define'

export const MARKETPLACE_PAYERS: readonly PayerRecord[] = [
  payer({ id: 'ambetter', name: 'Ambetter', kind: 'marketplace', family: 'centene', aliases: ['ambetter health', 'ambetter from superior', 'ambetter from sunshine health', 'ambetter from peach state', 'ambetter marketplace', 'ambeter', 'ambetter by centene', 'celtic insurance', 'celtic'], source: 'https://www.ambetterhealth.com/' }),
  payer({ id: 'oscar', name: 'Oscar Health', kind: 'marketplace', family: 'marketplace', states: ['AL', 'AZ', 'CA', 'FL', 'GA', 'IA', 'IL', 'KS', 'MI', 'MO', 'MS', 'NC', 'NE', 'NJ', 'OH', 'OK', 'PA', 'TN', 'TX', 'VA'], aliases: ['oscar', 'oscar insurance', 'hioscar', 'oscar health plan'], source: 'https://www.hioscar.com/' }),
  payer({ id: 'cigna-marketplace', name: 'Cigna Individual & Family Plans', kind: 'marketplace', family: 'cigna', aliases: ['cigna ifp', 'cigna marketplace', 'cigna individual', 'cigna connect'], behavioralHealthManager: 'evernorth-behavioral-health', source: 'https://www.cigna.com/individuals-families/' }),
  payer({ id: 'uhc-individual-exchange', name: 'UnitedHealthcare Individual & Family ACA Plans', kind: 'marketplace', family: 'unitedhealthcare', aliases: ['uhc marketplace', 'uhc individual exchange', 'unitedhealthcare exchange', 'uhc ifp'], behavioralHealthManager: 'optum-behavioral-health', source: 'https://www.uhc.com/individual-and-family' }),
  payer({ id: 'aetna-cvs-individual', name: 'Aetna CVS Health Individual & Family Plans', kind: 'marketplace', family: 'aetna', status: 'defunct', aliases: ['aetna cvs individual', 'aetna marketplace', 'aetna ifp'], source: 'https://www.aetna.com/individuals-families.html' }),
  payer({ id: 'blue-cross-marketplace', name: 'Blue Cross Blue Shield Marketplace Plans', kind: 'marketplace', family: 'bcbs', aliases: ['blue cross marketplace', 'bcbs marketplace', 'blue cross obamacare'], source: 'https://www.bcbs.com/' }),
  payer({ id: 'healthcare-gov', name: 'HealthCare.gov Marketplace Plan', kind: 'marketplace', family: 'marketplace', aliases: ['healthcare gov', 'obamacare', 'aca plan', 'aca marketplace', 'marketplace plan', 'affordable care act', 'exchange plan', 'covered california', 'nj access', 'get covered nj', 'ny state of health', 'connect for health colorado', 'mnsure', 'pennie', 'be well nm', 'access health ct', 'georgia access', 'kynect', 'your health idaho', 'nevada health link', 'washington healthplanfinder', 'dc health link', 'maryland health connection', 'massachusetts health connector', 'health connector', 'covervirginia', 'cover virginia'], source: 'https://www.healthcare.gov/' }),
  payer({ id: 'bright-health', name: 'Bright Health', kind: 'marketplace', family: 'marketplace', status: 'defunct', aliases: ['bright health plan', 'bright healthcare', 'brighthealth', 'neuehealth', 'bright'], source: 'https://www.healthcare.gov/' }),
  payer({ id: 'friday-health-plans', name: 'Friday Health Plans', kind: 'marketplace', family: 'marketplace', status: 'defunct', aliases: ['friday', 'friday health', 'friday health plan'], source: 'https://www.healthcare.gov/' }),
  payer({ id: 'oscar-cigna', name: 'Cigna + Oscar', kind: 'commercial', family: 'marketplace', status: 'defunct', aliases: ['cigna oscar', 'oscar cigna'], source: 'https://www.hioscar.com/' }),
  payer({ id: 'ascension-personalized-care', name: 'Ascension Personalized Care', kind: 'marketplace', family: 'marketplace', status: 'defunct', aliases: ['ascension personalized', 'ascension health plan'], source: 'https://www.healthcare.gov/' }),
  payer({ id: 'common-ground-healthcare', name: 'Common Ground Healthcare Cooperative', kind: 'marketplace', family: 'marketplace', states: ['WI'], aliases: ['common ground', 'cghc'], source: 'https://commongroundhealthcare.org/' }),
  payer({ id: 'mountain-health-coop', name: 'Mountain Health CO-OP', kind: 'marketplace', family: 'marketplace', states: ['ID', 'MT', 'WY'], aliases: ['mountain health co op', 'mountain health cooperative'], source: 'https://www.mhc.coop/' }),
  payer({ id: 'community-health-options', name: 'Community Health Options', kind: 'marketplace', family: 'marketplace', states: ['ME'], aliases: ['community health options maine', 'cho maine'], source: 'https://www.healthoptions.org/' }),
  payer({ id: 'taro-health', name: 'Taro Health', kind: 'marketplace', family: 'marketplace', states: ['TX', 'OK'], aliases: ['taro'], source: 'https://www.tarohealth.com/' }),
  payer({ id: 'wellpoint-marketplace', name: 'Wellpoint Essential (Marketplace)', kind: 'marketplace', family: 'elevance', states: ['FL', 'MD', 'TX'], aliases: ['wellpoint essential', 'wellpoint marketplace'], behavioralHealthManager: 'carelon-behavioral-health', source: 'https://www.wellpoint.com/' }),
]
