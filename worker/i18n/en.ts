/**
 * @module
 * English server texts: every sentence the API writes into an answer (notes, conditions, next
 * steps, assumptions' reasons, explanations, the range's basis). `es.ts` has the same keys (the
 * `Messages` type checks it). Amounts arrive already formatted by the shared money formatter, so
 * a sentence never formats money itself.
 */

export const en = {
  assume: {
    networkContract: "the treatment center's contract with this payer",
    networkDefault: 'assumed in network; ask the program whether it is in network with your plan',
    daysPerWeek: 'typical IOP schedule: 3 hours a day, 3 days a week (ASAM level 2.1: at least 9 hours a week)',
    weeks: 'typical IOP course: 12 weeks (programs run 8 to 16 weeks; 90 days is common)',
    allowedContract: "the treatment center's contracted rate with this payer",
    chargePartner: "the treatment center's per-day charge",
    allowedIsCharge: 'not given: assumed equal to the charge, so this is an upper bound (contracted rates are usually lower)',
    allowedOutOfNetwork: (typical: string, why: string) =>
      `not given: out of network the plan allows its own amount; typical ${typical} (${why}), at most the charge`,
    chargeIsAllowedIn: 'not given: in network you never pay above the allowed amount, so the charge does not change your cost',
    chargeIsAllowedOut: 'not given: assumed equal to the allowed amount, so no balance bill is included; ask the program for its charge',
    allowedTypical: (why: string) => `typical allowed amount per IOP day: ${why}`,
    chargeTypicalIn: (why: string) =>
      `typical program charge per IOP day (${why}); in network you pay only on the allowed amount, never the rest of the charge`,
    chargeTypicalOut: (why: string) => `typical program charge per IOP day out of network (${why})`,
    noneGiven: {
      deductible: 'not in the benefits given: treated as none (no deductible)',
      outOfPocketMax: 'not in the benefits given: treated as none (no out-of-pocket cap)',
      coinsurance: 'not in the benefits given: treated as none (neither copay nor coinsurance)',
    },
    deductibleMet: 'not given: nothing paid toward the deductible yet this year',
    notInPayerAnswer: (why: string) => `the payer's answer did not state it: typical for this plan (${why})`,
    outOfPocketMaxMet: 'not given: nothing paid toward the out-of-pocket maximum yet this year',
    deductibleApplies: 'not given: the deductible applies, as it does unless the plan waives it',
    typical: (why: string) => `typical: ${why}`,
    typicalNone: (what: string, why: string) => `none: plans of this kind have no ${what} (typical: ${why})`,
    what: { deductible: 'deductible', outOfPocketMax: 'out-of-pocket maximum' },
    deductibleMetTypical: 'assumed nothing paid toward the deductible yet this year',
    genericPerDiem: (allowed: string, charge: string) =>
      `illustrative ${allowed} allowed and ${charge} charged per day (IOP rates are set by each contract or state program and this state's rate is not in our rules)`,
  },
  explain: {
    days: (days: number, perWeek: number, weeks: number, allowed: string, total: string) =>
      `${days} IOP ${days === 1 ? 'day' : 'days'} (${perWeek} a week for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}) at ${allowed} allowed per day: ${total} of allowed charges.`,
    noDeductible: 'No deductible applies.',
    deductibleWaived: 'Your deductible is waived for this service.',
    deductibleMet: 'Your deductible is already met this year.',
    deductibleFirst: (remaining: string) => `You pay the first ${remaining} of allowed charges (your remaining deductible).`,
    deductiblePartly: (remaining: string, used: string) =>
      `You pay the first ${remaining} of allowed charges (your remaining deductible); this course uses ${used} of it.`,
    copayAfterFreeDays: (then: boolean, copay: string, free: number) =>
      `${then ? 'Then you pay' : 'You pay'} no copay for the first ${free} IOP days, then a ${copay} copay per day (never more than the day's allowed amount).`,
    copay: (then: boolean, copay: string) =>
      `${then ? 'Then you pay' : 'You pay'} a ${copay} copay per IOP day (never more than the day's allowed amount).`,
    coinsurance: (then: boolean, percent: string) =>
      `${then ? 'Then you pay' : 'You pay'} ${percent} of each day's allowed amount (coinsurance); the plan pays the rest.`,
    noShare: (then: boolean) =>
      `${then ? 'Then you pay' : 'You pay'} no coinsurance or copay: the plan pays the rest of each day's allowed amount.`,
    oopUnder: (remaining: string) => `Your out-of-pocket maximum leaves ${remaining} to pay this year; this course stays under it.`,
    oopReached: (remaining: string, day: number) =>
      `Once you have paid ${remaining} more this year (your out-of-pocket maximum), the plan pays 100% of allowed charges: that happens after day ${day}.`,
    noOop: 'No out-of-pocket maximum was applied, so nothing caps your share.',
    balance: (charge: string, allowed: string, total: string) =>
      `Out of network, the program may bill you the difference between its charge (${charge}) and the allowed amount (${allowed}) each day: ${total} in all. This balance bill does not count toward your out-of-pocket maximum.`,
    total: (patient: string, plan: string) => `In total you pay about ${patient} and the plan pays ${plan}.`,
    range: (low: string, high: string) =>
      `We don't know your plan's exact benefits, so this is an estimate for a typical plan of this kind; from a generous plan to an expensive one, this course would cost you between ${low} and ${high}.`,
  },
  range: {
    typical: (why: string) => `Typical plan of this kind: ${why}.`,
    yours: 'Your own benefits replace these guesses: ask us to verify them, or enter them from your benefits summary.',
  },
  notes: {
    defunct: (name: string) => `${name} no longer offers coverage; check which plan covers you now.`,
    merged: (name: string) => `${name} was merged into another plan; check which plan covers you now.`,
    notInState: (name: string, state: string) => `${name} does not offer plans in ${state}.`,
    notInsurance: (name: string) =>
      `${name} is a health-care sharing ministry, not insurance: it is not required to pay for IOP and decides itself what it shares.`,
    networkNotPlan: (name: string) =>
      `${name} is a provider network printed on the card, not the plan that pays: the plan behind it decides the IOP benefits.`,
    inNetworkOnly: 'This plan pays only in-network providers (except emergencies): an out-of-network IOP is not covered.',
    inactive: 'The payer reports this coverage as inactive: it was not in effect on the date asked.',
    statusUnknown: 'The payer’s answer did not say whether the coverage is active: confirm with the payer.',
    rejected: 'The payer could not find or confirm this member: nothing about the coverage is known yet.',
    priorAuthRequired: 'The payer’s answer says IOP needs prior authorization.',
    priorAuthNotRequired: 'The payer’s answer says IOP needs no prior authorization.',
    carveOut: (name: string) => `The payer says behavioral-health benefits are administered by ${name}.`,
    generalFigures: (name: string) =>
      `The figures in the payer’s answer are the plan’s general (medical) ones; ${name} holds the behavioral-health benefits, so they are not used for IOP.`,
  },
  conditions: {
    prior_authorization: 'Prior authorization is required before IOP starts.',
    prior_authorization_varies: 'Many plans of this kind require prior authorization for IOP: ask before starting.',
    referral: 'A referral from your primary care provider is required.',
    in_network_only: 'Only in-network programs are covered (except emergencies).',
    carve_out: (name: string) => `Behavioral-health benefits are managed by ${name}, not by the plan on the card.`,
    medical_necessity: 'IOP is reviewed for medical necessity before or soon after it starts.',
    visit_limit: (quantity: number, unit: string, period: string | null) =>
      `Limit: ${quantity} ${unit}${period ? ` ${period}` : ''}.`,
    units: { days: 'days', visits: 'visits', hours: 'hours' } as Record<'days' | 'visits' | 'hours', string>,
  },
  next: {
    payerUnknown: [
      "We couldn't match your insurance company. Call the member services number on the back of your insurance card and ask whether intensive outpatient (IOP) treatment is covered.",
      'Or ask the treatment center to verify your benefits: they need your member ID and the payer name on your card.',
    ],
    defunct: (name: string) => [
      `${name} no longer offers coverage: find the insurance you have now (the card you use today) and check again with that plan.`,
      'Or ask the treatment center to verify your benefits: they need your member ID and the payer name on your current card.',
    ],
    notInState: (name: string, state: string) => [
      `${name} does not offer plans in ${state}: check the state on your card (your plan's state, not where you are treated) or pick the plan that covers you there.`,
      'Or ask the treatment center to verify your benefits: they need your member ID and the payer name on your card.',
    ],
    notInsurance: (name: string) => [
      `${name} is not insurance: ask it in writing, before treatment starts, whether and how much it shares for intensive outpatient (IOP) care.`,
      'If you also have insurance (an employer plan, Marketplace, Medicaid or Medicare), check again with that plan.',
      'Or ask the treatment center about self-pay rates and payment plans.',
    ],
    networkNotPlan: (name: string) => [
      `${name} is the network on your card, not your plan: call the member services number on the card and ask which plan (often your employer's) pays for IOP, then check again with that plan.`,
      'Or ask the treatment center to verify your benefits: they need your member ID and the names on your card.',
    ],
    inactive: [
      'The payer says this coverage is inactive: ask for the insurance in effect now (a newer card, Medicaid, or a spouse’s or parent’s plan) and check again.',
      'No price is shown: an inactive plan pays nothing. Once you have the current insurance, check again with it.',
    ],
    rejected: (advice: string[]) => [
      ...advice,
      'No price is shown until the payer confirms the member: correct the details and check again, or call the payer.',
    ],
    rejectedDefault: 'Check the member ID, name and date of birth exactly as on the card, then try again.',
    /** What to check, by the field an AAA code points at (x12/rejections). */
    rejectedField: {
      memberId: 'Check the member ID against the card, including any prefix.',
      name: 'Enter the name exactly as printed on the card.',
      dateOfBirth: 'Check the date of birth against the payer’s records.',
      payer: 'Check that this is the right payer (for Blue plans, the right state plan).',
      plan: 'Check the plan or group on the card.',
    },
    rejectedRetry: 'The payer cannot answer right now: try again in a few minutes.',
    notCovered: 'IOP is not covered this way: choose an in-network program, or ask the plan what it covers.',
    managerHolds: (name: string, phone: string | null) =>
      `${name} holds the behavioral-health benefits: ${phone ? `call ${phone}` : 'call the behavioral-health number on the back of the card'} for the IOP deductible, coinsurance or copay, and out-of-pocket maximum; no price is shown until then.`,
    manager: (name: string, phone: string | null) =>
      `Behavioral-health benefits are managed by ${name}: ${phone ? `call ${phone}` : 'call the behavioral-health number on the back of your card'} to confirm IOP benefits.`,
    priorAuthRequired: 'Prior authorization is required before IOP starts: the treatment center usually requests it for you.',
    priorAuthRequiredPayer: 'Prior authorization is required before IOP starts (the payer says so): request it before the first day.',
    priorAuthVaries: 'Ask whether your plan requires prior authorization for IOP; many plans do.',
    authorizationContact: (name: string, phone: string) => `Request the authorization from ${name}: ${phone}.`,
    referral: 'Get a referral from your primary care provider (or PCM) before starting.',
    inNetworkOnly: 'Choose an IOP program in your plan’s network: out-of-network care is not covered.',
    visitLimit: 'Your plan limits IOP days or visits: plan the course within the limit, or ask about an extension.',
    verify: 'For an exact cost, have the treatment center verify your benefits (deductible, coinsurance or copay, out-of-pocket maximum).',
  },
} as const

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : { [K in keyof T]: Widen<T[K]> }

/** The shape every locale's catalog has. */
export type Messages = Widen<typeof en>
