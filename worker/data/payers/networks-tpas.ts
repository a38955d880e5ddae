/**
 * @module
 * Provider networks and third-party administrators printed on cards. Neither is the plan: a
 * rental network (MultiPlan/PHCS, First Health…) only prices the claim, and a TPA (WebTPA,
 * HealthComp, Collective Health…) only administers an employer's self-funded plan; the benefits
 * are the employer's plan document. The answer says so and sends the member to the number on the
 * card (rule `kind-other`). Records written 2026-12-03 from the companies' own sites as known,
 * not re-read (`basis: 'compiled'`).
 */
import type { PayerRecord } from '../../domain/payer/types'
import { compiled } from './define'

type Extra = Partial<PayerRecord>

const network = (id: string, name: string, parent: string, aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'other', line: 'network', family: 'regional', parent, aliases, source, ...extra })
const tpa = (id: string, name: string, parent: string, aliases: string[], source: string, extra: Extra = {}) =>
  compiled({ id, name, kind: 'other', line: 'tpa', family: 'regional', parent, aliases, source, ...extra })

export const NETWORK_AND_TPA_PAYERS: readonly PayerRecord[] = [
  // Rental networks
  network('multiplan', 'MultiPlan (provider network)', 'MultiPlan (Claritev)', ['multiplan', 'multi plan', 'multiplan network', 'multiplan ppo', 'claritev'], 'https://www.multiplan.us/'),
  network('phcs', 'PHCS (Private Healthcare Systems, MultiPlan network)', 'MultiPlan (Claritev)', ['phcs', 'private healthcare systems', 'phcs network', 'phcs ppo', 'phcs multiplan', 'multiplan phcs', 'phcs savility', 'phcs practitioner'], 'https://www.multiplan.us/'),
  network('beech-street', 'Beech Street (MultiPlan network)', 'MultiPlan (Claritev)', ['beech street', 'beechstreet'], 'https://www.multiplan.us/'),
  network('first-health', 'First Health Network', 'CVS Health (Aetna)', ['first health', 'first health network', 'first health ppo', 'coventry first health'], 'https://www.firsthealth.com/'),
  network('aetna-signature-administrators', 'Aetna Signature Administrators (network for TPAs)', 'CVS Health (Aetna)', ['aetna signature administrators', 'asa aetna', 'aetna signature'], 'https://www.aetna.com/'),
  network('three-rivers-provider-network', 'Three Rivers Provider Network (TRPN)', 'Three Rivers Provider Network', ['three rivers provider network', 'trpn', 'three rivers'], 'https://www.trpn.com/'),
  network('prime-health-services', 'Prime Health Services (network)', 'Prime Health Services', ['prime health services', 'phs network'], 'https://www.primehealthservices.com/'),
  network('galaxy-health-network', 'Galaxy Health Network', 'Galaxy Health Network', ['galaxy health network', 'galaxy health'], 'https://www.galaxyhealth.net/'),
  network('usa-managed-care-organization', 'USA Managed Care Organization (USA MCO)', 'USA MCO', ['usa managed care organization', 'usa mco', 'usamco'], 'https://www.usamco.com/'),
  network('medcost', 'MedCost (network and TPA)', 'MedCost', ['medcost', 'med cost'], 'https://www.medcost.com/', { states: ['NC', 'SC', 'VA'] }),
  network('sagamore-health-network', 'Sagamore Health Network', 'Sagamore Health Network', ['sagamore', 'sagamore health network'], 'https://www.sagamorehn.com/', { states: ['IN', 'IL', 'KY', 'OH'] }),
  network('midlands-choice', 'Midlands Choice (network)', 'Midlands Choice', ['midlands choice'], 'https://www.midlandschoice.com/', { states: ['NE', 'IA', 'SD', 'KS', 'MO'] }),
  network('encore-health-network', 'Encore Health Network', 'Encore Health Network', ['encore health network', 'encore health'], 'https://www.encorehealthnetwork.com/', { states: ['IN'] }),
  network('interwest-health', 'Interwest Health (network)', 'Interwest Health', ['interwest health', 'interwest'], 'https://www.interwesthealth.com/', { states: ['MT', 'ID', 'WY'] }),
  network('cigna-ppo-network', 'Cigna PPO Network (shared administration)', 'The Cigna Group', ['cigna ppo network', 'cigna shared administration', 'cigna network only'], 'https://www.cigna.com/'),
  network('uhc-options-ppo', 'UnitedHealthcare Options PPO (shared savings network)', 'UnitedHealth Group', ['uhc shared services', 'unitedhealthcare shared services', 'options ppo network'], 'https://www.uhc.com/'),

  // Third-party administrators
  tpa('webtpa', 'WebTPA', 'GuideWell (Florida Blue)', ['webtpa', 'web tpa', 'webtpa employer services'], 'https://www.webtpa.com/'),
  tpa('healthcomp', 'HealthComp', 'Personify Health', ['healthcomp', 'health comp', 'healthcomp administrators'], 'https://www.healthcomp.com/', {
    status: 'merged_into',
    mergedInto: { id: 'personify-health', date: '2024', whatNow: 'HealthComp joined Virgin Pulse as Personify Health; the plan is your employer\'s: call the number on your card.' },
  }),
  tpa('collective-health', 'Collective Health', 'Collective Health', ['collective health', 'collectivehealth'], 'https://collectivehealth.com/'),
  tpa('healthscope-benefits', 'HealthSCOPE Benefits', 'HealthSCOPE Benefits', ['healthscope', 'healthscope benefits', 'health scope benefits'], 'https://www.healthscopebenefits.com/'),
  tpa('benefit-administrative-systems', 'Benefit Administrative Systems (BAS)', 'Benefit Administrative Systems', ['benefit administrative systems', 'bas health', 'bas tpa'], 'https://www.basadmin.com/'),
  tpa('key-benefit-administrators', 'Key Benefit Administrators', 'Key Benefit Administrators', ['key benefit administrators', 'kba', 'key benefits'], 'https://www.keybenefits.com/'),
  tpa('marpai', 'Marpai Health', 'Marpai', ['marpai', 'marpai health', 'continental benefits'], 'https://www.marpaihealth.com/'),
  tpa('ebms', 'EBMS (Employee Benefit Management Services)', 'EBMS', ['ebms', 'employee benefit management services'], 'https://www.ebms.com/'),
  tpa('automated-benefit-services', 'Automated Benefit Services (ABS)', 'Automated Benefit Services', ['automated benefit services', 'abs tpa', 'abs benefits'], 'https://www.abs-tpa.com/'),
  tpa('healthgram', 'Healthgram', 'Healthgram', ['healthgram', 'health gram'], 'https://www.healthgram.com/'),
  tpa('cypress-benefit-administrators', 'Cypress Benefit Administrators', 'Cypress Benefit Administrators', ['cypress benefit administrators', 'cypress benefits'], 'https://www.cypressbenefit.com/'),
  tpa('gpa', 'Group & Pension Administrators (GPA)', 'Group & Pension Administrators', ['group and pension administrators', 'gpa tpa', 'gpatpa'], 'https://www.gpatpa.com/'),
  tpa('lucent-health', 'Lucent Health', 'Lucent Health', ['lucent health', 'lucent'], 'https://www.lucenthealth.com/'),
  tpa('centivo', 'Centivo', 'Centivo', ['centivo', 'centivo health'], 'https://www.centivo.com/'),
  tpa('brms', 'BRMS (Benefit & Risk Management Services)', 'BRMS', ['brms', 'benefit and risk management services'], 'https://www.brmsonline.com/', { states: ['CA'] }),
  tpa('gilsbar', 'Gilsbar', 'Gilsbar', ['gilsbar'], 'https://www.gilsbar.com/'),
  tpa('asr-health-benefits', 'ASR Health Benefits', 'ASR Health Benefits', ['asr health benefits', 'asr health'], 'https://www.asrhealthbenefits.com/', { states: ['MI', 'IN', 'OH'] }),
  tpa('ameriben', 'AmeriBen', 'AmeriBen', ['ameriben', 'ameri ben'], 'https://www.ameriben.com/'),
  tpa('90-degree-benefits', '90 Degree Benefits', '90 Degree Benefits', ['90 degree benefits', 'ninety degree benefits'], 'https://www.90degreebenefits.com/'),
  tpa('health-plans-inc', 'Health Plans, Inc. (HPI)', 'Point32Health', ['health plans inc', 'hpi tpa', 'hpi'], 'https://www.healthplansinc.com/'),
  tpa('point-c', 'Point C', 'Point C', ['point c', 'pointc'], 'https://www.pointchealth.com/'),
  tpa('sana-benefits', 'Sana Benefits', 'Sana Benefits', ['sana benefits', 'sana health'], 'https://sanabenefits.com/'),
  tpa('the-loomis-company', 'The Loomis Company', 'The Loomis Company', ['loomis company', 'loomis tpa'], 'https://www.loomisco.com/'),
  tpa('boon-chapman', 'Boon-Chapman', 'Boon-Chapman', ['boon chapman', 'boonchapman'], 'https://www.boonchapman.com/'),
  tpa('allied-national', 'Allied National', 'Allied National', ['allied national', 'allied national tpa'], 'https://www.alliednational.com/'),
  tpa('healthez', 'HealthEZ', 'HealthEZ', ['healthez', 'health ez', 'araz group'], 'https://www.healthez.com/'),
  tpa('planned-administrators', 'Planned Administrators, Inc. (PAI)', 'BlueCross BlueShield of South Carolina', ['planned administrators', 'pai tpa'], 'https://www.paisc.com/'),
  tpa('american-plan-administrators', 'American Plan Administrators (APA)', 'American Plan Administrators', ['american plan administrators', 'apa tpa'], 'https://www.americanplanadm.com/'),
  tpa('quantum-health', 'Quantum Health (care navigation for employer plans)', 'Quantum Health', ['quantum health', 'quantum health navigation'], 'https://quantum-health.com/'),

]
