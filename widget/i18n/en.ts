/**
 * @module
 * English strings of the widget. Every key here must exist in `es.ts` (the type checks it).
 * `{name}` placeholders are filled by `msg()`; keep sentences whole so translators see context.
 */
export const en = {
  title: 'Check your IOP coverage',
  intro: 'Takes under a minute. No name or member ID needed.',
  payer: 'Insurance company',
  payerHint: 'Start typing, then pick from the list.',
  payerRequired: 'Enter the name of your insurance company.',
  payerList: 'Insurance companies',
  results: '{n} matches. Use the up and down arrows to choose.',
  oneResult: '1 match. Use the down arrow to choose it.',
  noResults: 'No match in our list. We will check the name as you typed it.',
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
  stateRequired: 'Choose the state your plan is from.',
  plan: 'Plan name',
  optional: 'optional',
  planHint: 'As printed on your card, e.g. "Choice POS II" or "Silver HMO".',
  program: 'Treatment for',
  substance_use: 'Substance use',
  mental_health: 'Mental health',
  submit: 'Check my coverage',
  checking: 'Checking…',
  step1: 'Finding your insurance plan…',
  step2: 'Checking IOP coverage rules…',
  step3: 'Estimating your costs…',
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
  retry: 'Try again',
  errorTitle: 'We could not finish the check',
  errorNetwork: 'We could not reach the coverage service. Check your connection and try again.',
  errorTimeout: 'The check took too long. Please try again.',
  errorGeneric: 'Something went wrong on our side. Please try again.',
  exactTitle: 'Want your exact numbers?',
  exactIntro: 'Check with your member ID. Those details go straight to the checker in a secure frame; this page never sees them.',
  exactOpen: 'Check with my member ID',
  exactFrame: 'Secure exact coverage check',
  exactDone: 'Exact benefits received from {payer}.',
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
}

export type Messages = Record<keyof typeof en, string>
