/**
 * @module
 * The primary sources the rules cite, named once, each with how it was used: `verified` when the
 * source was re-read on that date (through the stored copy of the page), `compiled` when the fact
 * was written from the source's address, memory or a secondary report and the source itself was
 * not re-read. `primary-sources.ts` holds the allow-list every rule is checked against.
 */
import type { SourceRef } from '../../domain/coverage/rule-schema'

/** The day sources marked `verified` were re-read. */
export const REREAD = '2026-12-03'
/** The day facts marked `compiled` were written (the rules' content version). */
export const COMPILED = '2026-12-03'
/** Version of every rule whose content changed in this revision. */
export const V = '2026-12-03'

type Citation = { title: string; url: string; how: 'verified' | 'compiled' }

const cite = (title: string, url: string, how: Citation['how']): Citation => ({ title, url, how })

/** A citation as a rule's `alsoSee` / `priorAuthorizationSources` entry. */
export const ref = (c: Citation): SourceRef =>
  c.how === 'verified' ? { title: c.title, url: c.url, verified: REREAD } : { title: c.title, url: c.url, compiled: COMPILED }

/** A citation as a rule's own source fields (`source`, `sourceTitle`, `verified` | `compiled`). */
export const primary = (c: Citation) =>
  c.how === 'verified'
    ? { source: c.url, sourceTitle: c.title, verified: REREAD }
    : { source: c.url, sourceTitle: c.title, compiled: COMPILED }

export const SRC = {
  // Codes and general IOP facts
  hcpcs: cite('CMS: HCPCS quarterly update (H0015, S9475, S9480)', 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update', 'compiled'),

  // Commercial and Marketplace
  mhpaeaFaq: cite('U.S. Department of Labor: MHPAEA FAQs', 'https://www.dol.gov/agencies/ebsa/about-ebsa/our-activities/resource-center/faqs/mhpaea-1', 'compiled'),
  mhpaea2024: cite('Federal Register 2024-20612: Requirements related to MHPAEA (final rule, 89 FR 77586, 2024-09-23)', 'https://www.federalregister.gov/documents/2024/09/23/2024-20612/requirements-related-to-the-mental-health-parity-and-addiction-equity-act', 'compiled'),
  mhpaeaNonEnforcement: cite('U.S. Department of Labor, EBSA: mental health parity (2025-05-15 statement: the 2024 rule’s new provisions are not enforced pending litigation plus 18 months)', 'https://www.dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-parity', 'compiled'),
  kffEhbs2023: cite('KFF Employer Health Benefits Survey 2023: summary of findings', 'https://www.kff.org/report-section/ehbs-2023-summary-of-findings', 'verified'),
  kffEhbsLatest: cite('KFF Employer Health Benefits Survey 2025', 'https://www.kff.org/health-costs/report/2025-employer-health-benefits-survey/', 'compiled'),
  metalTiers: cite('HealthCare.gov: the health plan categories (Bronze 60 %, Silver 70 %, Gold 80 %, Platinum 90 % of average costs)', 'https://www.healthcare.gov/choose-a-plan/plans-categories/', 'compiled'),
  planTypes: cite('HealthCare.gov: health insurance plan and network types (HMO, PPO, EPO, POS)', 'https://www.healthcare.gov/choose-a-plan/plan-types/', 'compiled'),
  acaEhb: cite('HealthCare.gov: what Marketplace health insurance plans cover (essential health benefits)', 'https://www.healthcare.gov/coverage/what-marketplace-plans-cover/', 'compiled'),
  acaOop: cite('HealthCare.gov: out-of-pocket maximum/limit ($10,600 for one person in 2026)', 'https://www.healthcare.gov/glossary/out-of-pocket-maximum-limit/', 'compiled'),
  hdhp2026: cite('IRS Rev. Proc. 2025-19: 2026 HSA limits and HDHP minimum deductible and out-of-pocket maximum', 'https://www.irs.gov/pub/irs-drop/rp-25-19.pdf', 'compiled'),

  // Medicare
  opps2026: cite('Federal Register 2025-20907: CY2026 OPPS final rule with comment period (CMS-1834-FC, 90 FR 53448)', 'https://www.govinfo.gov/content/pkg/FR-2025-11-25/html/2025-20907.htm', 'verified'),
  opps2024: cite('CMS fact sheet: CY2024 OPPS final rule (CMS-1786-FC), which created Medicare IOP payment', 'https://cms.gov/newsroom/fact-sheets/cy-2024-medicare-hospital-outpatient-prospective-payment-system-and-ambulatory-surgical-center-0', 'verified'),
  partB2026: cite('CMS fact sheet: 2026 Medicare Parts A & B premiums and deductibles (Part B deductible $283)', 'https://www.cms.gov/newsroom/fact-sheets/2026-medicare-parts-b-premiums-deductibles', 'compiled'),
  medicareIopFcso: cite('First Coast Service Options (Medicare contractor): IOP billing requirements for institutional services', 'https://medicare.fcso.com/billing/intensive-outpatient-program-iop-billing-requirements-institutional-services', 'compiled'),
  medicareIopNoridian: cite('Noridian JE Part A (Medicare contractor): intensive outpatient program', 'https://med.noridianmedicare.com/web/jea/provider-types/mental-health/intensive-outpatient-program', 'compiled'),
  medicareAdvantage: cite('Medicare.gov: Medicare Advantage plans', 'https://www.medicare.gov/health-drug-plans/health-plans/your-coverage-options/Medicare-Advantage-Plans', 'compiled'),
  medigap: cite('Medicare.gov: Medigap (Medicare Supplement Insurance)', 'https://www.medicare.gov/health-drug-plans/medigap', 'compiled'),

  // Medicaid (national)
  medicaidCostSharing: cite('Medicaid.gov: cost sharing', 'https://www.medicaid.gov/medicaid/cost-sharing/index.html', 'compiled'),
  medicaidManagedCare: cite('Medicaid.gov: managed care', 'https://www.medicaid.gov/medicaid/managed-care/index.html', 'compiled'),
  macpacSud: cite('MACPAC June 2018, ch. 4: access to substance use disorder treatment in Medicaid', 'https://www.macpac.gov/publication/access-to-substance-use-disorder-treatment-in-medicaid/', 'compiled'),

  // TRICARE
  tricareRule2016: cite('Federal Register 2016-21125: TRICARE mental health and SUD treatment final rule (81 FR 61068)', 'https://www.federalregister.gov/documents/2016/09/02/2016-21125/tricare-mental-health-and-substance-use-disorder-treatment', 'compiled'),
  tricareTomPreauth: cite('TRICARE Operations Manual 6010.59-M, ch. 7, sec. 2: preauthorizations (outpatient mental health care, IOPs included, does not require preauthorization; non-office-based outpatient MH/SUD services need a PCM referral)', 'https://manuals.health.mil/pages/DisplayManualHtmlFile/2023-09-08/AsOf/TO15/c7s2.html', 'verified'),
  tricarePrimeMh: cite('TRICARE: mental health appointments for TRICARE Prime enrollees (outpatient SUD therapy needs a referral and pre-authorization)', 'https://tricare.mil/CoveredServices/Mental/GettingMHCare/Prime_Appts', 'verified'),
  humanaMilitaryBhAuth: cite('Humana Military provider handbook: behavioral health referral and authorization requirements (active-duty members need PCM referral and Humana Military authorization)', 'https://www.humanamilitary.com/providerhandbook/behavioral-healthcare/0603', 'verified'),
  humanaMilitaryMhCosts: cite('Humana Military: TRICARE mental health benefit and cost changes (2016 alignment with medical cost-shares)', 'https://www.humanamilitary.com/beneficiary/mental-health-update', 'verified'),
  tricareRegions: cite('TRICARE: changes in 2025 (T-5 regions; TriWest runs the West region)', 'https://tricare.mil/about/changes', 'compiled'),
  tricareAdfmCosts: cite('TRICARE costs: Prime and Select Group A, active-duty family members', 'http://www.tricare.mil/Costs/HealthPlanCosts/TFL.aspx', 'verified'),
  tricareSelectRetireeCosts: cite('TRICARE costs: TRICARE Select, retirees and their families (Group A and B deductibles)', 'https://tricare.mil/Costs/HealthPlanCosts/TSE/RET', 'verified'),
  tricareCatCap2024: cite('TRICARE FAQ: catastrophic cap (2024: ADFM $1,000 Group A / $1,256 Group B; retirees Group A $3,000 Prime, $4,157 Select; Group B $4,399)', 'https://tricare.mil/FAQs/General/GEN_Catastrophic-Cap', 'verified'),
  tricareCatCap2026: cite('TRICARE: catastrophic cap for calendar year 2026 (active-duty families $1,000)', 'https://tricare.mil/catcap', 'verified'),
  tricareCosts2026: cite('TRICARE: health plan costs (2026 figures, compiled from the Defense Health Agency’s 2026 cost announcement)', 'https://tricare.mil/Costs/HealthPlanCosts', 'compiled'),
  tricareWestGroupB2020: cite('Former TRICARE West contractor (Health Net Federal Services): 2020 retiree Group B costs', 'https://www.tricare-west.com/content/hnfs/home/tw/prov/benefits/costs/retiree-groupb.html', 'verified'),
  tflCosts: cite('TRICARE For Life costs: covered by both Medicare and TRICARE, you pay nothing', 'https://www.tricare.mil/tflcosts', 'verified'),
  usfhp: cite('TRICARE: US Family Health Plan', 'https://www.tricare.mil/usfhp', 'compiled'),
  triwest: cite('TriWest Healthcare Alliance: TRICARE West region contractor', 'https://www.triwest.com/', 'compiled'),
  humanaMilitary: cite('Humana Military: TRICARE East region contractor', 'https://www.humanamilitary.com/', 'compiled'),

  // VA and CHAMPVA
  champvaCfr: cite('eCFR: 38 CFR 17.274, CHAMPVA cost sharing', 'https://www.ecfr.gov/current/title-38/section-17.274', 'compiled'),
  champvaCfrLii: cite('38 CFR 17.274 (Cornell LII copy of the CFR text): $50/$100 outpatient deductible, $3,000 catastrophic cap', 'https://www.law.cornell.edu/cfr/text/38/17.274', 'verified'),
  champva: cite('VA: CHAMPVA benefits', 'https://www.va.gov/health-care/family-caregiver-benefits/champva/', 'compiled'),
  vaMhCopayExemption: cite('VA: mental health copay exemptions (first 3 outpatient MH/SUD copays each calendar year, 2023-06-27 to 2027-12-29)', 'https://www.va.gov/resources/mental-health-copay-exemptions/', 'verified'),
  vaMhCopayNews: cite('VA news release: no copays for the first three outpatient mental health and SUD visits each year through 2027', 'https://news.va.gov/press-room/2027-veterans-no-copays-first-three-mental-health', 'verified'),
  vaCopays: cite('VA: current copay rates (outpatient care $15 primary, $50 specialty)', 'https://www.va.gov/health-care/copay-rates/', 'compiled'),
  vaCommunityCare: cite('VA Community Care', 'https://www.va.gov/communitycare/', 'compiled'),

  // Other federal
  ihsPrc: cite('Indian Health Service: Purchased/Referred Care', 'https://www.ihs.gov/prc/', 'compiled'),

  // Carriers and behavioral-health managers (their own pages)
  optum: cite('Optum (liveandworkwell): about Optum Behavioral Health', 'https://www.liveandworkwell.com/en/member/help/about-us/php.html', 'compiled'),
  evernorth: cite('Evernorth Behavioral Health: provider FAQ', 'https://static.evernorth.com/assets/evernorth/provider/resourceLibrary/behavioralResources/faq.html', 'compiled'),
  carelon: cite('Carelon Behavioral Health (formerly Beacon Health Options)', 'https://www.carelonbehavioralhealth.com/', 'compiled'),
  magellan: cite('Magellan Healthcare: behavioral health for health plans', 'https://www.magellanhealthcare.com/', 'compiled'),
  bluecard: cite('Blue Cross Blue Shield Association: the BlueCard program', 'https://www.bcbs.com/about-us/blue-cross-blue-shield-system/bluecard', 'compiled'),
  aetna: cite('Aetna: about us', 'https://www.aetna.com/about-us.html', 'compiled'),
  humana: cite('Humana: about', 'https://www.humana.com/about', 'compiled'),
  kaiser: cite('Kaiser Permanente: about', 'https://about.kaiserpermanente.org/', 'compiled'),
  oscar: cite('Oscar Health: about', 'https://www.hioscar.com/about', 'compiled'),
  centene: cite('Centene: who we are', 'https://www.centene.com/who-we-are.html', 'compiled'),
  molina: cite('Molina Healthcare: about', 'https://www.molinahealthcare.com/members/common/en-US/abtmolina/about.aspx', 'compiled'),
} as const satisfies Record<string, Citation>

/** National IOP per-diem codes by program: H0015 / rev 0906 for SUD, S9480 / rev 0905 for MH. */
export const IOP_CODES = {
  substance_use: ['H0015', 'S9475', '0906'],
  mental_health: ['S9480', '0905'],
}
