/**
 * @module
 * One Medicaid rule per jurisdiction (50 states, DC, Puerto Rico), matched by kind `medicaid` plus
 * the state: the program's name, who authorizes and pays IOP (the state's fee-for-service program,
 * the managed-care plans, or a separate behavioral-health entity), prior authorization, billing
 * codes and notes, each sourced to the state agency. Where a behavioral-health entity authorizes
 * IOP whatever plan is on the card (Pennsylvania's county BH-MCOs, Connecticut's BHP, Michigan's
 * PIHPs, Colorado's RAEs…), a companion rule for the state's managed-care plans outranks the
 * generic managed-care rule, so a member of a physical-health plan is sent to the right entity.
 *
 * The table says for each state how its facts were obtained: `verified` sources were re-read on
 * the stored copy of the page; the rest are `compiled` (the agency's address and facts written
 * without re-reading), and those rules say so in a note. No state's per diem cites another state:
 * only a state with its own published rate carries `perDiem`; the rest inherit the generic
 * typical Medicaid per diem, labelled as such by the kind rule.
 */
import type { CoverageRule, IopAuthorizer, PriorAuthorization, SourceRef } from '../../domain/coverage/rule-schema'
import { REREAD, COMPILED, V } from './sources'

type Source = { title: string; url: string; verified?: true }

type StateMedicaid = {
  state: string
  program: string
  /** The state agency page the rule is sourced to (first) and any others read. */
  sources: [Source, ...Source[]]
  authorizedBy: IopAuthorizer
  /**
   * The entity that authorizes IOP when it is not the plan on the card (or the state itself). With
   * `carveOut` it applies to every Medicaid member of the state; without, only to members of the
   * state's own program (fee-for-service), not to managed-care plan members.
   */
  entity?: { name: string; phone?: string; payerId?: string }
  /** True: the entity authorizes IOP whatever Medicaid plan is on the card. */
  carveOut?: true
  priorAuthorization: Exclude<PriorAuthorization, 'unknown'>
  /** Sources for prior authorization when not the first source. */
  priorAuthorizationSources?: Source[]
  billingCodes?: { substance_use: string[]; mental_health: string[] }
  /** True: the state's codes were read in its own manual or fee schedule. */
  codesConfirmed?: true
  perDiem?: { allowed: number; why: string; rateSource: string }
  notes: string[]
  nextSteps?: string[]
}

const s = (title: string, url: string, verified?: true): Source => (verified ? { title, url, verified } : { title, url })

const MCO_NOTE = 'Your Medicaid managed-care plan authorizes IOP and pays programs in its network; with fee-for-service Medicaid, the state does.'

const STATES: StateMedicaid[] = [
  {
    state: 'AL', program: 'Alabama Medicaid',
    sources: [
      s('Alabama Medicaid Agency', 'https://medicaid.alabama.gov/'),
      s('Alabama Department of Mental Health: community programs (certified providers)', 'https://mh.alabama.gov/division-of-mental-health-substance-abuse-services/mental-illness-community-programs/', true),
    ],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: [
      'Alabama Medicaid is mostly fee-for-service (no comprehensive managed-care plans); substance use IOP is provided by programs certified by the Alabama Department of Mental Health.',
    ],
  },
  {
    state: 'AK', program: 'Alaska Medicaid (DenaliCare)',
    sources: [
      s('Alaska Department of Health: Medicaid', 'https://health.alaska.gov/dpa/Pages/medicaid/'),
      s('Alaska DHSS: Section 1115 waiver SUD services under the ASAM criteria (2019)', 'http://training.dhss.alaska.gov/commissioner/newsletter/2019/201906/waiver.html', true),
    ],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: ['Alaska Medicaid is fee-for-service; behavioral health services, IOP included, are paid by the state under its behavioral health 1115 waiver.'],
  },
  {
    state: 'AZ', program: 'AHCCCS (Arizona Medicaid)',
    sources: [
      s('AHCCCS: behavioral health service delivery (ACC plans; RBHAs for serious mental illness)', 'https://azahcccs.gov/AHCCCS/Initiatives/CareCoordination/behavioralhealth.html', true),
      s('AHCCCS', 'https://www.azahcccs.gov/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'In Arizona, your AHCCCS Complete Care (ACC) plan covers behavioral health, IOP included, for most members; members determined to have a serious mental illness (SMI) get integrated care from the Regional Behavioral Health Authority (RBHA) plan of their region.',
      'Children in foster care are served by the Mercy Care DCS CHP plan, and members with developmental disabilities by the plans contracted with DES/DDD.',
    ],
    nextSteps: ['Call the member services number on your AHCCCS plan card (your ACC plan, or your RBHA plan if you have an SMI determination) to find an IOP in its network.'],
  },
  {
    state: 'AR', program: 'Arkansas Medicaid (ARHOME)',
    sources: [
      s('Arkansas Medicaid: the PASSE model of care (Tier II/III behavioral health needs; Tier I services directly from certified providers)', 'https://medicaid.mmis.arkansas.gov/general/programs/passe.aspx', true),
      s('Arkansas DHS: Division of Medical Services', 'https://humanservices.arkansas.gov/divisions-shared-services/medical-services/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'Arkansas members whose independent assessment finds Tier II or III behavioral health (or developmental disability) needs are enrolled in a PASSE (provider-led managed care), which coordinates and authorizes their care; Tier I behavioral health services are used directly from certified providers and paid by Arkansas Medicaid.',
    ],
  },
  {
    state: 'CA', program: 'Medi-Cal',
    sources: [
      s('California DHCS: Drug Medi-Cal Organized Delivery System', 'https://www.dhcs.ca.gov/provgovpart/Pages/Drug-Medi-Cal-Organized-Delivery-System.aspx'),
      s('California DHCS: Medi-Cal', 'https://www.dhcs.ca.gov/services/medi-cal'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Your county’s Drug Medi-Cal program (substance use) or county mental health plan (specialty mental health)' },
    carveOut: true,
    priorAuthorization: 'varies',
    notes: [
      'In California, Medi-Cal substance use treatment (intensive outpatient included) is arranged through your county’s Drug Medi-Cal program; specialty mental health services through the county mental health plan, not your Medi-Cal health plan.',
      'In counties in the Drug Medi-Cal Organized Delivery System, DHCS bars prior authorization for non-residential services such as intensive outpatient treatment (BHIN 24-001); mental health IOP depends on the county plan.',
    ],
    nextSteps: ['Call your county’s behavioral-health access line (listed on the county’s and DHCS’s websites) to be assessed and referred to an IOP.'],
  },
  {
    state: 'CO', program: 'Health First Colorado (Colorado Medicaid)',
    sources: [
      s('Colorado HCPF: Accountable Care Collaborative (RAEs administer the capitated behavioral health benefit)', 'https://hcpf.colorado.gov/for-our-stakeholders/committees-boards-and-collaboration/accountable-care-collaborative-phase-ii', true),
      s('Health First Colorado', 'https://www.healthfirstcolorado.com/'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Your Regional Accountable Entity (RAE): Rocky Mountain Health Plans, Northeast Health Partners, Colorado Community Health Alliance or Colorado Access, by region' },
    carveOut: true,
    priorAuthorization: 'varies',
    notes: [
      'In Colorado, behavioral health (IOP included) is a capitated benefit run by your Regional Accountable Entity (RAE), which builds the provider network and authorizes care, not by the state’s fee-for-service program.',
      'Members in Denver Health Medicaid Choice or Rocky Mountain Health Plans Prime get behavioral health through that plan.',
    ],
    nextSteps: ['Call your RAE (named on your Health First Colorado card or at healthfirstcolorado.com) to find an IOP in its network.'],
  },
  {
    state: 'CT', program: 'HUSKY Health (Connecticut Medicaid)',
    sources: [
      s('Connecticut Behavioral Health Partnership: provider manual', 'http://www.ctbhp.com/providers/prv-manual.html', true),
      s('Connecticut OLR report 2013-R-0045: the Connecticut Behavioral Health Partnership (prior authorization for intensive outpatient services)', 'http://cga.ct.gov/2013/rpt/2013-R-0045.htm', true),
      s('HUSKY Health', 'https://portal.ct.gov/husky'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Connecticut Behavioral Health Partnership (CT BHP), administered by Carelon Behavioral Health', phone: '1-877-552-8247', payerId: 'ct-behavioral-health-partnership' },
    carveOut: true,
    priorAuthorization: 'required',
    priorAuthorizationSources: [s('Connecticut OLR report 2013-R-0045', 'http://cga.ct.gov/2013/rpt/2013-R-0045.htm', true)],
    notes: [
      'In Connecticut, HUSKY behavioral health is run by the Connecticut Behavioral Health Partnership (the state’s departments of social services, children and families, and mental health and addiction services), whose administrative services organization authorizes care; intensive outpatient services need its prior authorization.',
    ],
  },
  {
    state: 'DE', program: 'Delaware Medicaid (Diamond State Health Plan)',
    sources: [
      s('Delaware DMMA: Medicaid (pays mental health and substance abuse services; most members are enrolled with a Diamond State Health Plan MCO)', 'https://dhss.delaware.gov/dmma/medicaid.html', true),
      s('Delaware DHSS news: MCOs provide physical health, behavioral health and long-term services and supports', 'https://news.delaware.gov/tag/mcos/?print=print-search', true),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most Delaware Medicaid members are enrolled with a Diamond State Health Plan managed-care organization (Highmark Health Options, AmeriHealth Caritas Delaware or Delaware First Health), which covers physical and behavioral health, IOP included.'],
  },
  {
    state: 'DC', program: 'DC Medicaid',
    sources: [
      s('DC Department of Health Care Finance', 'https://dhcf.dc.gov/'),
      s('DC DHCF: 1115 Medicaid Behavioral Health Transformation demonstration (with the Department of Behavioral Health)', 'https://dhcf.dc.gov/release/department-health-care-finance-publishes-first-proposed-medicaid-demonstration-mental-health', true),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'In the District, most Medicaid members are in managed-care plans, which now cover behavioral health; fee-for-service members’ substance use services are paid by the District.',
    ],
  },
  {
    state: 'FL', program: 'Florida Medicaid (SMMC)',
    sources: [
      s('Florida OPPAGA: Medicaid health care services (most recipients are in Statewide Medicaid Managed Care; specialty plans)', 'https://oppaga.fl.gov/ProgramSummary/ProgramDetail?programNumber=5009', true),
      s('Florida AHCA: Medicaid', 'https://ahca.myflorida.com/medicaid'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: [
      'Most Florida Medicaid members are in a Statewide Medicaid Managed Care (SMMC) plan, which authorizes behavioral health services, IOP included; members with serious mental illness may be in a specialty plan.',
    ],
  },
  {
    state: 'GA', program: 'Georgia Medicaid',
    sources: [
      s('Georgia Department of Community Health: Medicaid', 'https://medicaid.georgia.gov/'),
      s('Georgia DBHDD: behavioral health services (community providers in three tiers)', 'https://dbhdd.georgia.gov/be-dbhdd/be-supported', true),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'Georgia Families members get behavioral health through their care management organization (CMO); aged, blind and disabled fee-for-service members through providers of the Department of Behavioral Health and Developmental Disabilities (DBHDD).',
    ],
  },
  {
    state: 'HI', program: 'Med-QUEST (Hawaii Medicaid)',
    sources: [s('Hawaii Med-QUEST Division', 'https://medquest.hawaii.gov/')],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'QUEST Integration plans cover behavioral health for most members; adults with serious mental illness receive specialized behavioral health through the Community Care Services (CCS) program.',
    ],
  },
  {
    state: 'ID', program: 'Idaho Medicaid',
    sources: [
      s('Magellan of Idaho: who is eligible for the Idaho Behavioral Health Plan (Medicaid members are enrolled automatically)', 'https://magellanofidaho.com/web/magellan-of-idaho/-/eligibility', true),
      s('Idaho DHW: behavioral health managed care (the Idaho Behavioral Health Plan)', 'https://healthandwelfare.idaho.gov/providers/managed-care-providers/behavioral-health', true),
      s('Idaho Department of Health and Welfare: Medicaid', 'https://healthandwelfare.idaho.gov/services-programs/medicaid-health'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Idaho Behavioral Health Plan, managed by Magellan of Idaho', phone: '1-855-202-0973', payerId: 'magellan-idaho' },
    carveOut: true,
    priorAuthorization: 'varies',
    notes: ['Every Idaho Medicaid member is enrolled in the Idaho Behavioral Health Plan, which manages behavioral health (substance use IOP included) statewide; Magellan of Idaho has run it since July 2024.'],
  },
  {
    state: 'IL', program: 'Illinois Medicaid (HealthChoice Illinois)',
    sources: [
      s('Illinois Department of Healthcare and Family Services', 'https://hfs.illinois.gov/'),
      s('Illinois HFS: behavioral health resources for families (mental health and substance use recovery services)', 'https://hfs.illinois.gov/medicalclients/behavioral/forfamilies.html', true),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: [MCO_NOTE],
  },
  {
    state: 'IN', program: 'Indiana Medicaid',
    sources: [
      s('Indiana Medicaid: IHCP programs and services (the managed care entity authorizes services; fee-for-service otherwise)', 'https://www.in.gov/medicaid/providers/about-ihcp-programs/ihcp-programs-and-services/', true),
      s('Indiana Medicaid (FSSA)', 'https://www.in.gov/medicaid/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Hoosier Healthwise, HIP, Hoosier Care Connect and Indiana PathWays members get IOP through their managed-care entity; traditional Medicaid members through the state’s fee-for-service program.'],
  },
  {
    state: 'IA', program: 'Iowa Medicaid (IA Health Link)',
    sources: [
      s('Iowa Managed Care Ombudsman: IA Health Link (most members are in an MCO that provides physical health, behavioral health and long-term care)', 'https://iowaaging.gov/state-long-term-care-ombudsman/managed-care-ombudsman-program/members', true),
      s('Iowa HHS: Iowa Medicaid', 'https://hhs.iowa.gov/iowa-medicaid'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most Iowa Medicaid members are in an IA Health Link managed-care organization, which covers physical health, behavioral health and long-term care, IOP included; fee-for-service members are paid by Iowa Medicaid.'],
  },
  {
    state: 'KS', program: 'KanCare (Kansas Medicaid)',
    sources: [s('KanCare', 'https://www.kancare.ks.gov/')],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Nearly all KanCare members are in a managed-care plan, which authorizes behavioral health services, IOP included.'],
  },
  {
    state: 'KY', program: 'Kentucky Medicaid',
    sources: [
      s('Kentucky DMS: behavioral health and substance use disorder (contact your MCO to access these services)', 'https://www.chfs.ky.gov/agencies/dms/member/Pages/SubstanceAbuse.aspx', true),
      s('Kentucky Department for Medicaid Services', 'https://www.chfs.ky.gov/agencies/dms/'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: [
      'Kentucky Medicaid members get behavioral health and substance use treatment through their managed-care organization (Aetna Better Health, Anthem, Humana Healthy Horizons, Passport by Molina, UnitedHealthcare Community Plan or WellCare), which by state law (KRS 205.6311) must authorize SUD treatment that meets medical necessity and level-of-care criteria.',
    ],
  },
  {
    state: 'LA', program: 'Healthy Louisiana (Louisiana Medicaid)',
    sources: [
      s('Louisiana DHH: behavioral health integrated into the Medicaid managed-care plans (2015-12-01)', 'http://new.dhh.louisiana.gov/index.cfm/newsroom/detail/3634', true),
      s('Louisiana Department of Health: Medicaid', 'https://ldh.la.gov/medicaid'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Healthy Louisiana plans have covered specialized behavioral health, IOP included, since 2015; the Coordinated System of Care serves some children and youth separately.'],
  },
  {
    state: 'ME', program: 'MaineCare (Maine Medicaid)',
    sources: [
      s('MaineCare provider bulletin: prior authorization for mental health intensive outpatient services through Acentra Health (MBM Ch. II, Section 65.05-5)', 'https://www11.maine.gov/dhhs/oms/providers/provider-bulletins/guidance-psychiatric-hospitals-seeking-prior-authorization-pa-mental-health-intensive', true),
      s('MaineCare: Section 65 rule adoption adding IOP services and updating substance use IOP requirements', 'https://www.maine.gov/dhhs/oms/providers/provider-bulletins/mainecare-notice-agency-rule-making-adoption-mainecare-benefits-manual-chapter-ii-section-2', true),
      s('Maine DHHS: Office of MaineCare Services', 'https://www.maine.gov/dhhs/oms'),
    ],
    authorizedBy: 'state',
    entity: { name: 'Acentra Health (formerly Kepro), MaineCare’s behavioral health administrative services organization' },
    carveOut: true,
    priorAuthorization: 'varies',
    notes: [
      'MaineCare is run by the state without comprehensive managed-care plans; its behavioral health administrative services organization, Acentra Health, reviews prior authorization requests.',
      'MaineCare Benefits Manual Ch. II, Section 65 covers substance use and mental health IOPs (at least 3 hours a day, 3 days a week); mental health IOP from psychiatric hospitals needs prior authorization through Acentra Health.',
    ],
  },
  {
    state: 'MD', program: 'Maryland Medicaid (HealthChoice)',
    sources: [
      s('Maryland Behavioral Health Administration: information for providers (the ASO authorizes services and preauthorizes non-emergency care)', 'https://health.maryland.gov/bha/Pages/Information-for-Providers.aspx', true),
      s('Maryland Medicaid', 'https://health.maryland.gov/mmcp/'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Maryland Public Behavioral Health System, administered by Carelon Behavioral Health of Maryland' },
    carveOut: true,
    priorAuthorization: 'required',
    notes: [
      'In Maryland, Medicaid behavioral health (mental health and substance use, IOP included) is carved out of the HealthChoice plans into the Public Behavioral Health System, whose administrative services organization (Carelon Behavioral Health since 2025) preauthorizes non-emergency care and pays claims.',
    ],
  },
  {
    state: 'MA', program: 'MassHealth (Massachusetts Medicaid)',
    sources: [
      s('MassHealth: behavioral health services (MassHealth 101 webinar, 2025)', 'https://www.mass.gov/video/masshealth-101-webinar-series-4-behavioral-health-020625', true),
      s('MassHealth', 'https://www.mass.gov/masshealth'),
    ],
    authorizedBy: 'varies',
    entity: { name: 'Massachusetts Behavioral Health Partnership (MBHP), for PCC Plan and primary care ACO members', payerId: 'massachusetts-behavioral-health-partnership' },
    priorAuthorization: 'varies',
    billingCodes: { substance_use: ['H0015', '0906'], mental_health: ['S9480', '0905'] },
    notes: [
      'MassHealth members in the PCC Plan or a primary care ACO get behavioral health through the Massachusetts Behavioral Health Partnership; members of an MCO or accountable care partnership plan through that plan.',
      'Substance use IOP in Massachusetts is known as a Structured Outpatient Addiction Program (SOAP).',
    ],
  },
  {
    state: 'MI', program: 'Michigan Medicaid (Healthy Michigan Plan)',
    sources: [
      s('Michigan Department of Community Health: specialty Prepaid Health Plans manage Medicaid specialty mental health, substance abuse and developmental disability services (2002 release)', 'https://www.michigan.gov/mdhhs/0,5885,7-339-73970_71692_8347-38159--,00.html', true),
      s('Michigan MDHHS: Medicaid', 'https://www.michigan.gov/mdhhs/assistance-programs/medicaid'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Your region’s Prepaid Inpatient Health Plan (PIHP), reached through the county community mental health (CMH) access line' },
    carveOut: true,
    priorAuthorization: 'required',
    notes: [
      'In Michigan, substance use treatment (IOP included) and specialty mental health services are carved out of the Medicaid health plans to 10 regional Prepaid Inpatient Health Plans (PIHPs), which authorize care through their access centers; the health plans cover only mild-to-moderate outpatient mental health.',
    ],
    nextSteps: ['Call the substance use or community mental health access line of your county (your PIHP) to be screened and authorized for IOP.'],
  },
  {
    state: 'MN', program: 'Minnesota Medical Assistance (Medicaid)',
    sources: [
      s('Minnesota DHS: substance use disorder reform, Direct Access (go directly to a provider for a comprehensive assessment and care)', 'https://mn.gov/dhs/partners-and-providers/news-initiatives-reports-workgroups/alcohol-drug-other-addictions/sudreform/', true),
      s('Clay County (MN): substance use services (funding authorized by the county, tribe or the member’s managed-care plan)', 'https://claycountymn.gov/266/Substance-Abuse-Services', true),
      s('Minnesota DHS: Medical Assistance', 'https://mn.gov/dhs/people-we-serve/adults/health-care/health-care-programs/programs-and-services/medical-assistance.jsp'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Since 2022-07-01, Minnesota’s Direct Access is the only way into publicly paid substance use treatment: you go directly to a provider of your choice for a comprehensive assessment, without a county referral. Members of a Medical Assistance health plan then get IOP through the plan; fee-for-service members through the state.'],
  },
  {
    state: 'MS', program: 'Mississippi Medicaid',
    sources: [
      s('Mississippi Division of Medicaid: MississippiCAN health plans (Magnolia Health, UnitedHealthcare, Molina Healthcare)', 'https://medicaid.ms.gov/mississippican-health-plans', true),
      s('Mississippi Division of Medicaid', 'https://medicaid.ms.gov/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['MississippiCAN coordinated care organizations (Magnolia Health, UnitedHealthcare, Molina Healthcare) authorize behavioral health for their members; the Division of Medicaid (fee-for-service) for members outside MississippiCAN.'],
  },
  {
    state: 'MO', program: 'MO HealthNet (Missouri Medicaid)',
    sources: [
      s('MO HealthNet: behavioral health carve-in initiative (CSTAR substance use treatment stays fee-for-service for all managed-care members)', 'https://dss.mo.gov/mhd/cs/advisory/bhc/', true),
      s('MO HealthNet: benefits and services (managed-care plans Healthy Blue, UnitedHealthcare, Home State Health; fee-for-service for members 65+ or with a disability)', 'https://mydss.mo.gov/mhd/benefits-service', true),
      s('Missouri DSS: MO HealthNet', 'https://mydss.mo.gov/healthcare'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [
      'In Missouri, substance use treatment through Comprehensive Substance Treatment and Rehabilitation (CSTAR) programs stays fee-for-service (certified by the Department of Mental Health) even for managed-care members; other behavioral health is covered by the member’s MO HealthNet plan or, for members 65+ or with a disability, fee-for-service.',
    ],
  },
  {
    state: 'MT', program: 'Montana Medicaid',
    sources: [
      s('Montana DPHHS: state approval of SUD programs (approved programs enroll in Montana Medicaid to bill covered SUD services)', 'https://dphhs.mt.gov/bhdd/SubstanceAbuse/ProviderForms', true),
      s('ARM 37.27.101: state-approved SUD levels of care, ASAM 2.1 intensive outpatient included', 'https://rules.mt.gov/gateway/showrulefile.asp?RN=37.27.101', true),
      s('Montana DPHHS: Montana Healthcare Programs', 'https://dphhs.mt.gov/MontanaHealthcarePrograms/'),
    ],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: ['Montana Medicaid is fee-for-service: the state pays behavioral health services, IOP included, directly.'],
  },
  {
    state: 'NE', program: 'Nebraska Medicaid (Heritage Health)',
    sources: [
      s('Nebraska DHHS: Heritage Health integrates physical health, behavioral health and pharmacy in one plan (2016 release)', 'http://dhhs.ne.gov/Pages/newsroom_2016_april_heritagehealth.aspx', true),
      s('Nebraska DHHS: Medicaid and long-term care', 'https://dhhs.ne.gov/Pages/Medicaid-and-Long-Term-Care.aspx'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Heritage Health plans integrate physical and behavioral health: your plan authorizes IOP.'],
  },
  {
    state: 'NV', program: 'Nevada Medicaid',
    sources: [s('Nevada Division of Health Care Financing and Policy', 'https://dhcfp.nv.gov/')],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [MCO_NOTE],
  },
  {
    state: 'NH', program: 'New Hampshire Medicaid (Granite Advantage)',
    sources: [
      s('New Hampshire DHHS: Medicaid Care Management (most recipients are in one of three health plans, each with its own prior authorization rules)', 'https://dhhs.nh.gov/programs-services/medicaid/medicaid-care-management', true),
      s('New Hampshire DHHS: Medicaid', 'https://www.dhhs.nh.gov/programs-services/medicaid'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most New Hampshire Medicaid members are in a Medicaid Care Management health plan (AmeriHealth Caritas New Hampshire, NH Healthy Families or WellSense), which covers the same services but sets its own prior authorization rules.'],
  },
  {
    state: 'NJ', program: 'NJ FamilyCare (New Jersey Medicaid)',
    sources: [
      s('New Jersey DOH: addiction services fee-for-service (IME utilization management)', 'https://nj.gov/health/integratedhealth/fee-for-service/addiction_services.shtml', true),
      s('NJ FamilyCare', 'https://www.njfamilycare.org/'),
    ],
    authorizedBy: 'varies',
    entity: { name: 'New Jersey Interim Managing Entity (IME) Addictions Access Center, for fee-for-service substance use treatment', phone: '1-844-276-2777' },
    priorAuthorization: 'varies',
    notes: [
      'In New Jersey, much outpatient substance use treatment for NJ FamilyCare members has been paid fee-for-service, with the Interim Managing Entity (IME) authorizing the level of care; members in some managed-care programs get it through their plan.',
    ],
  },
  {
    state: 'NM', program: 'New Mexico Medicaid (Turquoise Care)',
    sources: [
      s('New Mexico HCA: Turquoise Care (most Medicaid members are in one of four managed-care plans)', 'https://hca.nm.gov/turquoise-care', true),
      s('New Mexico Health Care Authority', 'https://www.hca.nm.gov/'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Turquoise Care plans integrate behavioral health: your plan authorizes IOP.'],
  },
  {
    state: 'NY', program: 'New York Medicaid',
    sources: [
      s('New York State DOH: behavioral health transition to Medicaid managed care (mainstream plans and HARPs)', 'http://www.health.ny.gov/health_care/medicaid/redesign/behavioral_health_transition.htm', true),
      s('New York State Department of Health: Medicaid', 'https://www.health.ny.gov/health_care/medicaid/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Medicaid managed-care plans and HARPs cover behavioral health for their members; fee-for-service members’ IOP is paid by the state. Substance use IOP is provided by programs certified by the Office of Addiction Services and Supports (OASAS).'],
  },
  {
    state: 'NC', program: 'NC Medicaid',
    sources: [
      s('NC Medicaid: Standard Plans add SAIOP and SACOT (members using them move to Medicaid Direct or a Tailored Plan)', 'https://medicaid.ncdhhs.gov/blog/2023/11/28/standard-plans-add-new-mid-level-substance-use-treatment-services', true),
      s('NC Medicaid: behavioral health clinical coverage policy updates (8A-12, SAIOP, ASAM 2.1, from 2026-01-01)', 'https://medicaid.ncdhhs.gov/blog/2026/01/07/behavioral-health-clinical-coverage-policy-updates', true),
      s('NC Medicaid: Tailored Plans', 'https://medicaid.ncdhhs.gov/tailored-plans', true),
    ],
    authorizedBy: 'varies',
    entity: { name: 'Your Behavioral Health and I/DD Tailored Plan (LME/MCO), or NC Medicaid Direct' },
    priorAuthorization: 'varies',
    billingCodes: { substance_use: ['H0015', '0906'], mental_health: ['S9480', '0905'] },
    notes: [
      'In North Carolina, substance use IOP is the Substance Abuse Intensive Outpatient Program (SAIOP, ASAM 2.1, clinical coverage policy 8A-12). Standard Plans cover it, but a member who needs it qualifies to move to NC Medicaid Direct or a Tailored Plan (an LME/MCO), which then authorizes it.',
    ],
  },
  {
    state: 'ND', program: 'North Dakota Medicaid',
    sources: [s('North Dakota HHS: Medicaid', 'https://www.hhs.nd.gov/healthcare/medicaid')],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Traditional North Dakota Medicaid is fee-for-service; Medicaid expansion members are in a managed-care plan, which authorizes their IOP.'],
  },
  {
    state: 'OH', program: 'Ohio Medicaid',
    sources: [
      s('Ohio Department of Medicaid', 'https://medicaid.ohio.gov/'),
      s('Ohio Medicaid: about OhioRISE (Aetna Better Health of Ohio, the specialized plan for children with complex behavioral health needs)', 'https://managedcare.medicaid.ohio.gov/managed-care/ohiorise/00-ohiorise', true),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: [MCO_NOTE, 'Children and youth with complex behavioral health needs are served by OhioRISE, a specialized behavioral health plan run by Aetna Better Health of Ohio.'],
  },
  {
    state: 'OK', program: 'SoonerCare (Oklahoma Medicaid)',
    sources: [
      s('Oklahoma Health Care Authority: SoonerSelect (health plans cover behavioral health services)', 'https://oklahoma.gov/ohca/soonerselect.html', true),
      s('Oklahoma Health Care Authority', 'https://oklahoma.gov/ohca.html'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Since 2024 most SoonerCare members are in a SoonerSelect plan, which authorizes behavioral health; other members are fee-for-service with the Health Care Authority.'],
  },
  {
    state: 'OR', program: 'Oregon Health Plan (OHP)',
    sources: [
      s('Oregon Health Authority: asking for fee-for-service OHP (your CCO coordinates medical, dental and behavioral health care)', 'https://www.oregon.gov/oha/HSD/OHP/Pages/FFS.aspx', true),
      s('Oregon Health Authority: Oregon Health Plan', 'https://www.oregon.gov/oha/hsd/ohp/'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most OHP members belong to a coordinated care organization (CCO), which covers behavioral health, IOP included; open-card (fee-for-service) members are paid by the state.'],
  },
  {
    state: 'PA', program: 'Pennsylvania Medical Assistance (HealthChoices)',
    sources: [
      s('Pennsylvania DHS: HealthChoices Behavioral Health program information', 'http://www.dhs.pa.gov/provider/mentalhealth/hcbehavioralhealthprograminfo/index.htm', true),
      s('Pennsylvania DHS: Medicaid', 'https://www.pa.gov/agencies/dhs/resources/medicaid.html'),
    ],
    authorizedBy: 'behavioral_health_entity',
    entity: { name: 'Your county’s Behavioral HealthChoices plan (BH-MCO): Community Care Behavioral Health, Magellan Behavioral Health of Pennsylvania, Carelon Behavioral Health of Pennsylvania, PerformCare or Community Behavioral Health (Philadelphia)' },
    carveOut: true,
    priorAuthorization: 'varies',
    notes: [
      'In Pennsylvania, mental health and drug and alcohol services, IOP included, are not covered by your physical-health HealthChoices plan: every Medical Assistance member is enrolled in the Behavioral HealthChoices plan (BH-MCO) of their county of residence, which authorizes and pays IOP.',
    ],
    nextSteps: ['Call the member services number of your county’s Behavioral HealthChoices plan (the BH-MCO, not the physical-health plan on your card) to find an IOP and ask about authorization.'],
  },
  {
    state: 'RI', program: 'Rhode Island Medicaid (RIte Care)',
    sources: [s('Rhode Island EOHHS', 'https://eohhs.ri.gov/')],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: [MCO_NOTE],
  },
  {
    state: 'SC', program: 'South Carolina Healthy Connections (Medicaid)',
    sources: [
      s('South Carolina DHHS: behavioral health in managed care (MCOs cover rehabilitative behavioral health and outpatient mental health since 2016-07-01; some services need the plan’s prior authorization)', 'https://msp.scdhhs.gov/rbhs/', true),
      s('South Carolina DHHS: Medicaid program information (most members enroll with an MCO)', 'https://www.scdhhs.gov/site-page/medicaid-program-information', true),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most Healthy Connections members are in a managed-care organization, which covers behavioral health services and requires prior authorization for some of them; fee-for-service members are paid by SCDHHS.'],
  },
  {
    state: 'SD', program: 'South Dakota Medicaid',
    sources: [
      s('ARSD 67:16:48: Medicaid treatment for substance use disorders (covered services; prior authorization beyond established service limits)', 'https://sdlegislature.gov/Rules/Administrative/67:16:48', true),
      s('South Dakota Medicaid: prior authorization (only the elective services listed)', 'http://dss.sd.gov/medicaid/providers/pa', true),
      s('South Dakota DSS: Division of Behavioral Health accreditation of SUD agencies', 'https://dss.sd.gov/behavioralhealth/accreditation.aspx', true),
      s('South Dakota DSS: Medicaid', 'https://dss.sd.gov/medicaid/'),
    ],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: [
      'South Dakota Medicaid is fee-for-service: the state pays substance use treatment (ARSD 67:16:48) from agencies accredited by the Division of Behavioral Health directly.',
      'The state’s prior authorization list covers only named elective services; for substance use treatment, prior authorization is required for care beyond the established service limit (ARSD 67:16:48:11).',
    ],
  },
  {
    state: 'TN', program: 'TennCare (Tennessee Medicaid)',
    sources: [
      s('State of Tennessee: TennCare completes statewide medical and behavioral health integration (2009)', 'http://news.tn.gov/node/2587', true),
      s('TennCare', 'https://www.tn.gov/tenncare.html'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['TennCare health plans integrate behavioral health: your plan authorizes IOP.'],
  },
  {
    state: 'TX', program: 'Texas Medicaid (STAR)',
    sources: [
      s('Texas HHS: Medicaid and CHIP quality and efficiency (most members are served through an MCO: STAR, STAR Health, STAR Kids, STAR+PLUS)', 'https://www.hhs.texas.gov/about/process-improvement/improving-services-texans/medicaid-chip-quality-efficiency-improvement', true),
      s('Texas HHS: Medicaid and CHIP', 'https://www.hhs.texas.gov/services/health/medicaid-chip'),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Most Texas Medicaid members are in a STAR, STAR+PLUS, STAR Kids or STAR Health plan, which authorizes behavioral health services; fee-for-service claims go through TMHP.'],
  },
  {
    state: 'UT', program: 'Utah Medicaid',
    sources: [s('Utah Medicaid', 'https://medicaid.utah.gov/')],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Utah Medicaid behavioral health is delivered, depending on county, by a prepaid mental health plan run by the local authority or by an integrated plan; which one covers you is on your Medicaid card.'],
  },
  {
    state: 'VT', program: 'Green Mountain Care (Vermont Medicaid)',
    sources: [s('Green Mountain Care', 'https://www.greenmountaincare.org/')],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: ['Vermont Medicaid is run by the state (DVHA) as a single public plan: substance use IOP is provided by state-designated preferred providers.'],
  },
  {
    state: 'VA', program: 'Cardinal Care (Virginia Medicaid)',
    sources: [
      s('12VAC30-130-5090: intensive outpatient services (ASAM level 2.1)', 'https://law.lis.virginia.gov/admincode/title12/agency30/chapter130/section5090/', true),
      s('Virginia DMAS', 'https://www.dmas.virginia.gov/'),
    ],
    authorizedBy: 'varies',
    priorAuthorization: 'required',
    priorAuthorizationSources: [s('12VAC30-60-181: service authorization required for ASAM levels 2.1 to 4.0 (Virginia Regulatory Town Hall)', 'https://townhall.vi-vn.virginia.gov/L/ViewXML.cfm?textid=14082', true)],
    billingCodes: { substance_use: ['H0015', '0906'], mental_health: ['S9480', '0905'] },
    perDiem: {
      allowed: 25000,
      why: 'Virginia Medicaid ARTS rate for H0015 intensive outpatient, $250.00 a day (DMAS ARTS rate sheet; not re-read here)',
      rateSource: 'https://www.dmas.virginia.gov/',
    },
    notes: [
      'Virginia’s Addiction and Recovery Treatment Services (ARTS) pay IOP (ASAM 2.1: 9 to 19 hours a week for adults, at least 3 hours a service day; 6 to 19 for youth) as H0015, or revenue code 0906 with H0015, after service authorization.',
      'Cardinal Care managed-care plans authorize ARTS for their members; the state’s behavioral health services administrator for fee-for-service members.',
    ],
  },
  {
    state: 'WA', program: 'Apple Health (Washington Medicaid)',
    sources: [
      s('Washington HCA: Apple Health managed care (one plan for physical health, mental health and SUD treatment; BHSO plans for fee-for-service clients)', 'https://www.hca.wa.gov/free-or-low-cost-health-care/i-need-medical-dental-or-vision-care/apple-health-managed-care', true),
    ],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Apple Health managed-care plans cover physical health, mental health and substance use treatment under one plan: your plan authorizes IOP. Apple Health clients without a managed-care plan get behavioral health through a Behavioral Health Services Only (BHSO) plan.'],
  },
  {
    state: 'WV', program: 'West Virginia Medicaid',
    sources: [s('West Virginia Bureau for Medical Services', 'https://bms.wv.gov/')],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: [MCO_NOTE],
  },
  {
    state: 'WI', program: 'BadgerCare Plus (Wisconsin Medicaid)',
    sources: [
      s('Wisconsin DHS: BadgerCare Plus member information (most members get BadgerCare Plus through HMOs; ForwardHealth Member Services)', 'https://dhs.wisconsin.gov/badgercareplus/member-info.htm', true),
      s('Wisconsin ACCESS handbook 15.1: most BadgerCare Plus members need to join an HMO', 'https://www.emhandbooks.wisconsin.gov/ah/policy/15/15.1.htm', true),
      s('Wisconsin DHS: BadgerCare Plus', 'https://www.dhs.wisconsin.gov/badgercareplus/'),
    ],
    authorizedBy: 'varies', priorAuthorization: 'varies',
    notes: ['Most BadgerCare Plus members get their benefits through an HMO, which authorizes covered behavioral health services; members with an HMO exemption have fee-for-service coverage paid through ForwardHealth (Member Services 800-362-3002).'],
  },
  {
    state: 'WY', program: 'Wyoming Medicaid (EqualityCare)',
    sources: [s('Wyoming Department of Health: EqualityCare', 'https://health.wyo.gov/healthcarefin/equalitycare/')],
    authorizedBy: 'state', priorAuthorization: 'varies',
    notes: ['Wyoming Medicaid is fee-for-service: the state pays behavioral health services directly; its behavioral health rules (Wyoming Medicaid Rules ch. 13) list intensive outpatient programs among the services covered when furnished by a certified center.'],
  },
  {
    state: 'PR', program: 'Puerto Rico Medicaid (Plan Vital)',
    sources: [s('Puerto Rico Medicaid Program', 'https://www.medicaid.pr.gov/')],
    authorizedBy: 'mco', priorAuthorization: 'varies',
    notes: ['Plan Vital members get physical and behavioral health through their managed-care organization, contracted by ASES.'],
  },
]

const asRef = (src: Source): SourceRef =>
  src.verified ? { title: src.title, url: src.url, verified: REREAD } : { title: src.title, url: src.url, compiled: COMPILED }

const provenance = (src: Source) =>
  src.verified
    ? { source: src.url, sourceTitle: src.title, verified: REREAD }
    : { source: src.url, sourceTitle: src.title, compiled: COMPILED }

const COMPILED_NOTE =
  'Who authorizes IOP and whether it needs prior authorization were compiled from the state agency’s published program structure and not re-read today: the plan on the card (or the state agency) has the final word.'
const CODES_NOTE =
  'The billing codes shown are the national IOP codes (H0015 and revenue code 0906 for substance use, S9480 and 0905 for mental health); this state’s own fee schedule and modifiers were not confirmed.'

function stateRule(m: StateMedicaid): CoverageRule {
  const [first, ...others] = m.sources
  // The first source is the one that states who authorizes IOP: only when it was re-read is the
  // structure verified; other re-read pages support details.
  const structureVerified = first.verified === true
  const code = m.state.toLowerCase()
  return {
    id: `medicaid-${code}`,
    version: V,
    description: `${m.program}: IOP is authorized by ${
      m.authorizedBy === 'state'
        ? 'the state’s fee-for-service program'
        : m.authorizedBy === 'mco'
          ? 'the member’s managed-care plan'
          : m.authorizedBy === 'behavioral_health_entity'
            ? m.entity!.name
            : 'the member’s plan or the state, by population'
    }.`,
    match: { kinds: ['medicaid'], states: [m.state] },
    programName: m.program,
    iopAuthorizedBy: m.authorizedBy,
    priorAuthorization: m.priorAuthorization,
    ...(m.priorAuthorizationSources ? { priorAuthorizationSources: m.priorAuthorizationSources.map(asRef) } : {}),
    ...(m.entity && m.carveOut ? { behavioralHealthManager: { ...m.entity }, managerOverridesPayer: true as const } : {}),
    ...(m.billingCodes ? { billingCodes: m.billingCodes } : {}),
    ...(m.perDiem
      ? { perDiem: { allowed: m.perDiem.allowed, charge: m.perDiem.allowed, why: m.perDiem.why, basis: 'published_rate' as const, rateSource: m.perDiem.rateSource } }
      : {}),
    notes: [...m.notes, ...(structureVerified ? [] : [COMPILED_NOTE]), ...(m.codesConfirmed ? [] : [CODES_NOTE])],
    ...(m.nextSteps ? { nextSteps: m.nextSteps } : {}),
    ...provenance(first),
    ...(others.length ? { alsoSee: others.map(asRef) } : {}),
  }
}

/**
 * In a carve-out state the managed-care plan on the card does not authorize IOP: this rule, for
 * the state's Medicaid plans, outranks the generic managed-care rule and names the entity again.
 */
function plansInCarveOutState(m: StateMedicaid): CoverageRule {
  const [first] = m.sources
  return {
    id: `medicaid-${m.state.toLowerCase()}-plans`,
    version: V,
    description: `${m.program}: the managed-care plan on the card does not authorize IOP; ${m.entity!.name} does.`,
    match: { families: ['medicaid-mco'], kinds: ['medicaid'], states: [m.state] },
    behavioralHealthManager: { ...m.entity! },
    managerOverridesPayer: true,
    notes: [`In ${m.program}, IOP is authorized by ${m.entity!.name}, not by a physical-health plan.`],
    ...provenance(first),
  }
}

/** The state's own program (fee-for-service, or the PCC plan) when an entity other than the MCOs serves it. */
function stateProgramEntity(m: StateMedicaid): CoverageRule {
  const [first] = m.sources
  return {
    id: `medicaid-${m.state.toLowerCase()}-state-program`,
    version: V,
    description: `${m.program}, the state’s own program: ${m.entity!.name} authorizes IOP.`,
    match: { families: ['state-medicaid'], kinds: ['medicaid'], states: [m.state] },
    behavioralHealthManager: { ...m.entity! },
    ...provenance(first),
  }
}

export const MEDICAID_JURISDICTIONS: readonly string[] = STATES.map((m) => m.state)

export const MEDICAID_STATE_RULES: readonly CoverageRule[] = [
  ...STATES.map(stateRule),
  ...STATES.filter((m) => m.carveOut).map(plansInCarveOutState),
  ...STATES.filter((m) => m.entity && !m.carveOut).map(stateProgramEntity),
  {
    id: 'medicaid-va-fee-for-service',
    version: V,
    description: 'Virginia Medicaid fee-for-service: the state’s behavioral health services administrator authorizes ARTS.',
    match: { families: ['state-medicaid'], kinds: ['medicaid'], states: ['VA'] },
    behavioralHealthManager: { name: 'Magellan of Virginia (fee-for-service behavioral health services administrator)' },
    ...provenance(
      s(
        'Virginia DMAS bulletin: Magellan of Virginia, the behavioral health services administrator for fee-for-service members',
        'https://vamedicaid.dmas.virginia.gov/bulletin/psychiatric-residential-treatment-facility-addiction-and-rehabilitation-treatment-services',
      ),
    ),
  },
]
