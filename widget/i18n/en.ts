/**
 * @module
 * English strings of the widget. Every key here must exist in `es.ts` (the type checks it).
 * `{name}` placeholders are filled by `msg()`; keep sentences whole so translators see context.
 */
/** What the form needs before the first check: `i18n/en.json`, fetched with the element. */
export const form = {
  title: 'Check your IOP coverage',
  intro: 'Takes under a minute. No name or member ID needed.',
  payer: 'Insurance company',
  payerHint: 'Start typing, then pick from the list.',
  payerList: 'Insurance companies',
  state: 'State',
  stateChoose: 'Choose your state',
  /** USPS code, a space, the name; `|` between states, in the order shown. */
  states:
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|' +
    'CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|' +
    'ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|' +
    'MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|' +
    'MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|' +
    'NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|' +
    'PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|' +
    'TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|' +
    'WY Wyoming|PR Puerto Rico|GU Guam|VI U.S. Virgin Islands|AS American Samoa|' +
    'MP Northern Mariana Islands',
  plan: 'Plan name',
  optional: 'optional',
  planHint: 'As printed on your card, e.g. "Choice POS II" or "Silver HMO".',
  program: 'Treatment for',
  substance_use: 'Substance use',
  mental_health: 'Mental health',
  submit: 'Check my coverage',
  checking: 'Checking…',
  retry: 'Try again',
  language: 'Language',
  viewFailed: 'The answer could not load. Please try again.',
}

/** The answer view's strings: `i18n/en.view.json`, fetched with the view chunk (first focus or submit). */
export const view = {
  covered: 'Covered',
  covered_with_conditions: 'Covered, with conditions',
  not_covered: 'Probably not covered',
  unknown: 'We could not confirm coverage',
  verdictFor: 'IOP for {program} with {payer}',
  unknownPayer: 'your insurance',
  priorAuth: 'Prior authorization',
  required: 'Required',
  not_required: 'Not required',
  varies: 'Depends on the plan',
  referral: 'Referral from a doctor',
  yes: 'Needed',
  no: 'Not needed',
  bhManager: 'Behavioral health is managed by',
  estimate: 'Estimated cost for a typical course',
  youPay: 'You pay',
  planPays: 'Your plan pays',
  course: '{days} days of treatment, {weeks} weeks',
  range: 'Likely between {low} and {high}',
  oopReached: 'You reach your out-of-pocket maximum on day {day}; after that your plan pays the rest.',
  chartLabel: 'Cumulative cost by week: you pay {patient} and your plan pays {plan} by week {weeks}.',
  week: 'Week {n}',
  assumptions: 'What we assumed',
  howCalculated: 'How we calculated this',
  nextSteps: 'Next steps',
  notes: 'Good to know',
  sources: 'Sources',
  disclaimer: 'An estimate from public plan rules, not a guarantee of benefits. Your insurer confirms coverage.',
  call: 'Call {name}',
  callUs: 'Call admissions',
  callback: 'Request a callback',
  callbackSent: 'Thanks. Admissions will call you back.',
  again: 'Check another plan',
  exactTitle: 'Want your exact numbers?',
  exactIntro: 'Check with your member ID. Those details go straight to the checker in a secure frame; this page never sees them.',
  exactOpen: 'Check with my member ID',
  exactFrame: 'Secure exact coverage check',
  'f.deductible': 'Deductible',
  'f.outOfPocketMax': 'Out-of-pocket maximum',
  'f.coinsurance': 'Your share after the deductible',
  'f.copay': 'Copay per day',
  'f.deductibleApplies': 'Deductible applies to IOP',
  'f.daysPerWeek': 'Days a week',
  'f.weeks': 'Weeks',
  'f.chargePerDay': 'Program charge per day',
  'f.allowedPerDay': 'Insurer’s allowed amount per day',
  'f.network': 'Network',
  'f.met': 'already met',
  in: 'In network',
  out: 'Out of network',
  yourBenefits: 'Your benefits',
  memberFrom: 'What {payer} says about your plan',
  'm.active': 'Your plan is active',
  'm.inactive': 'Your insurer says this plan is not active',
  'm.rejected': 'Your insurer could not confirm this member',
  'm.unknown': 'Your insurer did not say whether the plan is active',
  planLabel: 'Plan',
  groupLabel: 'Group number',
  since: 'Coverage since',
  until: 'Coverage until',
  left: '{left} left of {total}',
  estimateMember: 'Your estimated cost, from your own benefits',
  disclaimerMember: 'From the benefits your insurer returned today, not a guarantee of payment. Your insurer decides each claim.',
  conditions: 'Conditions',
  'c.prior_authorization': 'Prior authorization',
  'c.referral': 'Referral',
  'c.in_network_only': 'In network only',
  'c.carve_out': 'Behavioral health managed by another company',
  'c.medical_necessity': 'Medical necessity review',
  'c.visit_limit': 'Visit limit',
  source: 'Source: {origin}',
  'o.payer_271': 'your insurer',
  'o.partner_contract': 'the program’s contract with your insurer',
  'o.rule': 'public plan rules',
  'o.typical': 'typical for this kind of plan',
  'o.request': 'what you told us',
  noPrice: 'No price estimate',
  'n.payer_unknown': 'We could not tell which insurance company this is, so we cannot estimate a price.',
  'n.payer_defunct': 'This insurer no longer offers plans, so there is no plan to price.',
  'n.payer_not_in_state': 'This insurer does not offer plans in the state you chose, so there is no plan to price.',
  'n.member_inactive': 'Your insurer says the plan is not active, so there is no price.',
  'n.member_rejected': 'Your insurer could not confirm the member, so there is no price.',
  'n.manager_holds_benefits': 'Another company manages your behavioral-health benefits and holds the figures a price needs.',
  'n.not_covered': 'The plan rules say IOP is not covered here, so there is no price to show.',
  'n.none': 'We cannot estimate a price for this answer.',
  tableCaption: 'Running total by the end of each week',
  colWeek: 'Week',
  payerRequired: 'Enter the name of your insurance company.',
  results: '{n} matches. Use the up and down arrows to choose.',
  oneResult: '1 match. Use the down arrow to choose it.',
  noResults: 'No match in our list. We will check the name as you typed it.',
  stateRequired: 'Choose the state your plan is from.',
  step1: 'Finding your insurance plan…',
  step2: 'Checking IOP coverage rules…',
  step3: 'Estimating your costs…',
  errorTitle: 'We could not finish the check',
  errorNetwork: 'We could not reach the coverage service. Check your connection and try again.',
  errorTimeout: 'The check took too long. Please try again.',
  errorGeneric: 'Something went wrong on our side. Please try again.',
  didYouMean: 'Did you mean one of these? The names are close: pick yours so we check the right plan.',
  notInState: '{payer} does not offer plans in {state}. Check the state, or choose another insurer.',
}

export const en = { ...form, ...view }

export type FormMessages = Record<keyof typeof form, string>
export type ViewMessages = Record<keyof typeof view, string>
export type Messages = FormMessages & ViewMessages
