/**
 * @module
 * Which web hosts count as primary sources for the rules: government agencies (federal, state,
 * territorial), the federal registers and code, Medicare's contractors, the TRICARE and VA
 * program sites, the carriers and behavioral-health companies themselves (for their own
 * policies), and KFF for typical cost-sharing. A rule test refuses any rule or cost-sharing
 * profile whose sources all fall outside this list: no mirrors (vdocuments), code-lookup sites
 * (carepatron, pabau), vendors' blogs or content farms. Every host that is not a government
 * domain is listed with the reason it is accepted.
 */

/** Government top-level domains: any host under them is an agency of the government. */
export const GOVERNMENT_SUFFIXES = ['.gov', '.mil'] as const

/** Hosts outside .gov/.mil that are primary for what the rules cite them for, with why. */
export const PRIMARY_HOSTS: Readonly<Record<string, string>> = {
  // Federal and state programs on non-.gov domains
  'myflorida.com': 'The State of Florida’s own domain (the Agency for Health Care Administration runs Florida Medicaid).',
  'healthfirstcolorado.com': 'Colorado HCPF’s own site for Health First Colorado (the state Medicaid program).',
  'njfamilycare.org': 'New Jersey DHS’s own site for NJ FamilyCare (the state Medicaid program).',
  'greenmountaincare.org': 'Vermont’s own site for Green Mountain Care (the state Medicaid program).',
  'ctbhp.com': 'The Connecticut Behavioral Health Partnership’s own site, run for the state’s departments (DSS, DCF, DMHAS).',
  'medicare.fcso.com': 'First Coast Service Options, a CMS Medicare Administrative Contractor: its billing instructions are Medicare’s.',
  'med.noridianmedicare.com': 'Noridian, a CMS Medicare Administrative Contractor.',
  // Federal register and code copies
  'law.cornell.edu':
    'Cornell LII’s copy of the CFR, cited only next to the eCFR address for the same section because the stored eCFR page could not be re-read; the regulation text is the primary source.',
  // TRICARE contractors (their own requirements)
  'humanamilitary.com': 'Humana Military, the TRICARE East contractor: its own authorization requirements.',
  'triwest.com': 'TriWest Healthcare Alliance, the TRICARE West contractor.',
  'tricare-west.com': 'Health Net Federal Services, the former TRICARE West contractor: cited only for dated figures it published, labelled with their year.',
  // Carriers and behavioral-health companies (their own products and policies)
  'aetna.com': 'Aetna, the carrier, for its own products and policies.',
  'humana.com': 'Humana, the carrier, for its own products and policies.',
  'about.kaiserpermanente.org': 'Kaiser Permanente, the carrier, for its own products and policies.',
  'hioscar.com': 'Oscar Health, the carrier, for its own products and policies.',
  'centene.com': 'Centene, the carrier, for its own products and policies.',
  'molinahealthcare.com': 'Molina Healthcare, the carrier, for its own products and policies.',
  'liveandworkwell.com': 'Optum Behavioral Health’s member site.',
  'static.evernorth.com': 'Evernorth Behavioral Health’s own provider FAQ.',
  'carelonbehavioralhealth.com': 'Carelon Behavioral Health, the behavioral-health company.',
  'magellanofidaho.com': 'Magellan of Idaho, which runs the Idaho Behavioral Health Plan for Idaho Medicaid.',
  'magellanhealthcare.com': 'Magellan Healthcare, the behavioral-health company.',
  'bcbs.com': 'The Blue Cross Blue Shield Association, for the BlueCard program it runs.',
  // Typical cost-sharing
  'kff.org': 'KFF’s Employer Health Benefits Survey, the standard source for typical employer cost-sharing (named by the design).',
}

/** The host of a URL, lower-cased, without a leading "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
}

/** True when the URL's host is a government domain or a listed primary host (or a subdomain of one). */
export function isPrimarySource(url: string): boolean {
  const host = hostOf(url)
  if (GOVERNMENT_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true
  return Object.keys(PRIMARY_HOSTS).some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}
