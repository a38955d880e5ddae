/**
 * @module
 * Public sources the carrier rules cite, named once. Each URL is the one the project's domain
 * brief (`reference/domain.md`) quotes for the fact; `verified` is the date it was last checked.
 */

export const VERIFIED = '2026-11-23'

export const SRC = {
  h0015: 'https://www.carepatron.com/procedure-code/hcpcs-code-h0015',
  s9480: 'https://pabau.com/procedure-codes/hcpcs-code-s9480/',
  acaEhb:
    'https://navigatorguide.georgetown.edu/faq/i-heard-marketplace-plans-have-to-cover-certain-health-benefits-referred-to-as-essential-what-are-essential-health-benefits',
  mhpaea: 'https://dol.gov/agencies/ebsa/about-ebsa/our-activities/resource-center/faqs/mhpaea-1',
  acaOop2026: 'https://www.wtwco.com/en-us/insights/2025/07/cms-releases-revised-2026-out-of-pocket-expense-limits',
  hdhp2026: 'https://www.wtwco.com/en-us/insights/2025/05/irs-announces-2026-hsa-hdhp-and-eb-hra-dollar-limits',
  medicareIop: 'https://medicare.fcso.com/billing/intensive-outpatient-program-iop-billing-requirements-institutional-services',
  medicareIopNoridian: 'https://med.noridianmedicare.com/web/jea/provider-types/mental-health/intensive-outpatient-program',
  medicareIopRate: 'https://nahri.org/articles/cms-releases-iop-requirements-fqhcs-and-rhcs',
  medicarePartB: 'https://www.upmchealthplan.com/medicare/learn/basics/medicare-part-b/medicare-part-b-costs',
  medicareAdvantage: 'https://www.medicare.gov/health-drug-plans/health-plans/your-coverage-options/Medicare-Advantage-Plans',
  tricareIopRule: 'https://thefederalregister.org/documents/2016-21125/tricare-mental-health-and-substance-use-disorder-treatment',
  tricareIopContractor: 'https://tricare-west.com/content/hnfs/home/tw/prov/benefits/benefits_a_to_z/iop.html',
  tricareRegions: 'https://tricare.mil/about/changes',
  tricareCosts: 'http://www.tricare.mil/Costs/HealthPlanCosts/TFL.aspx',
  vaCommunityCare: 'https://www.va.gov/communitycare/',
  vaCopays: 'https://www.va.gov/health-care/copay-rates/',
  medicaidCostSharing: 'https://www.medicaid.gov/medicaid/cost-sharing/index.html',
  macpacSud: 'https://vdocuments.site/chapter-4-access-to-substance-use-disorder-treatment-in-.html',
  vaArtsRates:
    'https://vdocuments.us/dmas-approved-codes-rates-approved-by-centers-for-vacsborgwp-contentuploads201710arts.html',
  vaAsam21: 'https://law.lis.virginia.gov/admincode/title12/agency30/chapter130/section5090/',
  vaMagellan:
    'https://vamedicaid.dmas.virginia.gov/bulletin/psychiatric-residential-treatment-facility-addiction-and-rehabilitation-treatment-services',
  mdCarelon: 'https://bhbusiness.com/2024/04/18/elevance-health-boosts-behavioral-health-biz-with-740m-state-contracts/',
  optum: 'https://www.liveandworkwell.com/en/member/help/about-us/php.html',
  evernorth: 'https://static.evernorth.com/assets/evernorth/provider/resourceLibrary/behavioralResources/faq.html',
  carelon: 'https://www.sagaftraplans.org/health/search',
  magellanBlues: 'https://www.stedi.com/blog/why-you-re-missing-carveout-benefits-in-eligibility-checks',
  carveOutsVary: 'https://getveriframe.com/behavioral-health-carve-outs.html',
  networkStatus: 'https://www.stedi.com/docs/healthcare/eligibility-network-status-authorization-referrals',
  aetna: 'https://www.aetna.com/about-us.html',
  humana: 'https://www.humana.com/about',
  kaiser: 'https://about.kaiserpermanente.org/',
  oscar: 'https://www.hioscar.com/about',
  centene: 'https://www.centene.com/who-we-are.html',
  molina: 'https://www.molinahealthcare.com/members/common/en-US/abtmolina/about.aspx',
  medigap: 'https://www.medicare.gov/health-drug-plans/medigap',
  medicaidManagedCare: 'https://www.medicaid.gov/medicaid/managed-care/index.html',
  mediCalDmcOds: 'https://www.dhcs.ca.gov/provgovpart/Pages/Drug-Medi-Cal-Organized-Delivery-System.aspx',
  usfhp: 'https://www.tricare.mil/usfhp',
  champva: 'https://www.va.gov/COMMUNITYCARE/programs/dependents/champva/index.asp',
  ihsPrc: 'https://www.ihs.gov/prc/',
} as const

/** IOP per-diem codes by program: H0015 / rev 0906 for SUD, S9480 / rev 0905 for MH. */
export const IOP_CODES = {
  substance_use: ['H0015', 'S9475', '0906'],
  mental_health: ['S9480', '0905'],
}
