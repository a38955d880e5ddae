/**
 * @module
 * Typical cost-sharing by kind of plan, used only for the anonymous quick check (no `benefits`
 * in the request). Legal bounds are sourced (ACA and HDHP limits, Medicare Part B, TRICARE
 * cost-shares, Medicaid nominal cost-sharing); the middle values inside those bounds are typical
 * figures, said to be typical, and always listed as assumptions in the answer.
 */
import type { CostSharingProfile, CostSharingValues } from '../../domain/coverage/rule-schema'
import { SRC, VERIFIED } from './sources'

const values = (
  v: Partial<CostSharingValues> & Pick<CostSharingValues, 'coinsurance'>,
): CostSharingValues => ({
  deductible: null,
  outOfPocketMax: null,
  copay: null,
  deductibleApplies: true,
  ...v,
})

/** Out of network with no out-of-network benefits: the patient pays the whole charge. */
const PAYS_ALL = values({ coinsurance: 1 })

export const COST_SHARING = [
  {
    id: 'default-in-network',
    match: { networks: ['in'] },
    typical: values({ deductible: 150000, coinsurance: 0.2, outOfPocketMax: 500000 }),
    why: 'employer PPO in network: $1,500 deductible, then 20 %, $5,000 out-of-pocket maximum',
    low: values({ deductible: 50000, coinsurance: 0.1, outOfPocketMax: 300000 }),
    high: values({ deductible: 700000, coinsurance: 0.5, outOfPocketMax: 1060000 }),
    rangeWhy:
      'Low: a generous plan ($500 deductible, 10 %, $3,000 cap). High: a $7,000 deductible and 50 %, capped at $10,600, the most an ACA-compliant plan may charge one person in network in 2026.',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'default-out-of-network',
    match: { networks: ['out'] },
    typical: values({ deductible: 300000, coinsurance: 0.4, outOfPocketMax: 900000 }),
    why: 'PPO out of network: $3,000 deductible, then 40 % of the allowed amount, $9,000 cap; the balance bill comes on top',
    low: values({ deductible: 150000, coinsurance: 0.3, outOfPocketMax: 600000 }),
    high: PAYS_ALL,
    rangeWhy:
      'Low: a rich out-of-network benefit ($1,500 deductible, 30 %). High: a plan with no out-of-network benefits, where you pay the full charge.',
    source: SRC.networkStatus,
    verified: VERIFIED,
  },
  {
    id: 'in-network-only-plan-out-of-network',
    match: { planTypes: ['HMO', 'EPO'], networks: ['out'] },
    typical: PAYS_ALL,
    why: 'HMO and EPO plans pay nothing out of network (except emergencies), so you pay the full charge',
    low: PAYS_ALL,
    high: PAYS_ALL,
    rangeWhy: 'No out-of-network benefits: the full charge whatever the plan’s in-network amounts.',
    source: SRC.networkStatus,
    verified: VERIFIED,
  },
  {
    id: 'hmo-in-network',
    match: { planTypes: ['HMO'], networks: ['in'] },
    typical: values({ copay: 5000, coinsurance: 0, deductibleApplies: false, outOfPocketMax: 500000 }),
    why: 'HMO in network: a $50 copay per IOP day, no deductible, $5,000 out-of-pocket maximum',
    low: values({ copay: 2500, coinsurance: 0, deductibleApplies: false, outOfPocketMax: 300000 }),
    high: values({ deductible: 500000, coinsurance: 0.3, outOfPocketMax: 1060000 }),
    rangeWhy:
      'Low: a $25 daily copay. High: a $5,000 deductible and 30 %, capped at the 2026 ACA maximum of $10,600.',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'hdhp-in-network',
    match: { planTypes: ['HDHP'], networks: ['in'] },
    typical: values({ deductible: 170000, coinsurance: 0.2, outOfPocketMax: 850000 }),
    why: 'HSA-qualified HDHP in 2026: at least a $1,700 deductible, at most $8,500 out of pocket; 20 % after the deductible',
    low: values({ deductible: 170000, coinsurance: 0, outOfPocketMax: 170000 }),
    high: values({ deductible: 850000, coinsurance: 0, outOfPocketMax: 850000 }),
    rangeWhy:
      'Low: the minimum HDHP deductible ($1,700) and nothing after it. High: a deductible at the HDHP out-of-pocket maximum ($8,500).',
    source: SRC.hdhp2026,
    verified: VERIFIED,
  },
  {
    id: 'bronze-in-network',
    match: { metalTiers: ['bronze', 'expanded_bronze'], networks: ['in'] },
    typical: values({ deductible: 750000, coinsurance: 0.4, outOfPocketMax: 1060000 }),
    why: 'bronze ACA plan (the plan pays about 60 % of costs overall): $7,500 deductible, then 40 %, capped at the 2026 maximum of $10,600',
    low: values({ deductible: 500000, coinsurance: 0.3, outOfPocketMax: 900000 }),
    high: values({ deductible: 1060000, coinsurance: 0, outOfPocketMax: 1060000 }),
    rangeWhy: 'Low: a $5,000 deductible and 30 %. High: a deductible equal to the 2026 ACA maximum ($10,600).',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'silver-in-network',
    match: { metalTiers: ['silver'], networks: ['in'] },
    typical: values({ deductible: 500000, coinsurance: 0.3, outOfPocketMax: 950000 }),
    why: 'silver ACA plan (the plan pays about 70 % of costs overall): $5,000 deductible, then 30 %, $9,500 cap',
    low: values({ deductible: 250000, coinsurance: 0.2, outOfPocketMax: 700000 }),
    high: values({ deductible: 750000, coinsurance: 0.4, outOfPocketMax: 1060000 }),
    rangeWhy: 'Low: a $2,500 deductible and 20 %. High: a $7,500 deductible and 40 %, capped at the 2026 ACA maximum ($10,600).',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'gold-in-network',
    match: { metalTiers: ['gold'], networks: ['in'] },
    typical: values({ deductible: 150000, coinsurance: 0.2, outOfPocketMax: 800000 }),
    why: 'gold ACA plan (the plan pays about 80 % of costs overall): $1,500 deductible, then 20 %, $8,000 cap',
    low: values({ deductible: 50000, coinsurance: 0.1, outOfPocketMax: 500000 }),
    high: values({ deductible: 300000, coinsurance: 0.3, outOfPocketMax: 1060000 }),
    rangeWhy: 'Low: a $500 deductible and 10 %. High: a $3,000 deductible and 30 %, capped at the 2026 ACA maximum ($10,600).',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'platinum-in-network',
    match: { metalTiers: ['platinum'], networks: ['in'] },
    typical: values({ deductible: 50000, coinsurance: 0.1, outOfPocketMax: 400000 }),
    why: 'platinum ACA plan (the plan pays about 90 % of costs overall): $500 deductible, then 10 %, $4,000 cap',
    low: values({ coinsurance: 0.1, outOfPocketMax: 300000 }),
    high: values({ deductible: 100000, coinsurance: 0.2, outOfPocketMax: 600000 }),
    rangeWhy: 'Low: no deductible and 10 %. High: a $1,000 deductible and 20 %, $6,000 cap.',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'catastrophic-in-network',
    match: { metalTiers: ['catastrophic'], networks: ['in'] },
    typical: values({ deductible: 1060000, coinsurance: 0, outOfPocketMax: 1060000 }),
    why: 'catastrophic ACA plan: you pay everything up to the 2026 out-of-pocket maximum of $10,600, then nothing',
    low: values({ deductible: 1060000, coinsurance: 0, outOfPocketMax: 1060000 }),
    high: values({ deductible: 1060000, coinsurance: 0, outOfPocketMax: 1060000 }),
    rangeWhy: 'Catastrophic plans all set the deductible at the ACA maximum.',
    source: SRC.acaOop2026,
    verified: VERIFIED,
  },
  {
    id: 'medicare',
    match: { kinds: ['medicare'] },
    typical: values({ deductible: 28300, coinsurance: 0.2 }),
    why: 'Original Medicare Part B: $283 deductible (2026), then 20 % of the approved amount, with no out-of-pocket maximum',
    low: values({ coinsurance: 0 }),
    high: values({ deductible: 28300, coinsurance: 0.2 }),
    rangeWhy:
      'Low: a Medigap or Medicaid secondary plan pays the deductible and the 20 %. High: Part B alone, with no cap.',
    source: SRC.medicarePartB,
    verified: VERIFIED,
  },
  {
    id: 'medicare-advantage-in-network',
    match: { kinds: ['medicare_advantage'], networks: ['in'] },
    typical: values({ coinsurance: 0.2, outOfPocketMax: 600000 }),
    why: 'Medicare Advantage in network: 20 % of the approved amount, no separate deductible, $6,000 out-of-pocket maximum',
    low: values({ copay: 2000, coinsurance: 0, outOfPocketMax: 350000 }),
    high: values({ coinsurance: 0.2, outOfPocketMax: 925000 }),
    rangeWhy: 'Low: a $20 daily copay and $3,500 cap. High: 20 % with a $9,250 in-network maximum.',
    source: SRC.medicareAdvantage,
    verified: VERIFIED,
  },
  {
    id: 'medicaid',
    match: { kinds: ['medicaid'] },
    typical: values({ coinsurance: 0 }),
    why: 'Medicaid: no cost-sharing for most members (states may charge only nominal amounts)',
    low: values({ coinsurance: 0 }),
    high: values({ copay: 400, coinsurance: 0 }),
    rangeWhy: 'Low: no cost-sharing. High: a nominal copay of about $4 a day in a state that charges one.',
    source: SRC.medicaidCostSharing,
    verified: VERIFIED,
  },
  {
    id: 'tricare-in-network',
    match: { kinds: ['tricare'], networks: ['in'] },
    typical: values({ copay: 3900, coinsurance: 0, deductibleApplies: false, outOfPocketMax: 100000 }),
    why: 'TRICARE Select Group A, network: a $39 specialty copay per day, $1,000 catastrophic cap (family)',
    low: values({ coinsurance: 0 }),
    high: values({ deductible: 15000, coinsurance: 0.2, outOfPocketMax: 100000 }),
    rangeWhy:
      'Low: TRICARE Prime (active-duty families pay $0 in network). High: a $150 deductible and 20 %, capped at $1,000.',
    source: SRC.tricareCosts,
    verified: VERIFIED,
  },
  {
    id: 'tricare-out-of-network',
    match: { kinds: ['tricare'], networks: ['out'] },
    typical: values({ deductible: 15000, coinsurance: 0.2, outOfPocketMax: 100000 }),
    why: 'TRICARE Select Group A, non-network: $150 deductible, then 20 %, $1,000 catastrophic cap (family)',
    low: values({ deductible: 5000, coinsurance: 0.2, outOfPocketMax: 100000 }),
    high: values({ deductible: 30000, coinsurance: 0.5 }),
    rangeWhy:
      'Low: the $50 deductible of junior enlisted families. High: TRICARE Prime point-of-service care ($300 deductible, 50 %, not capped).',
    source: SRC.tricareCosts,
    verified: VERIFIED,
  },
  {
    id: 'va',
    match: { kinds: ['va'] },
    typical: values({ copay: 1500, coinsurance: 0, deductibleApplies: false }),
    why: 'VA: a $15 outpatient copay per day for veterans who pay copays (many pay nothing)',
    low: values({ coinsurance: 0 }),
    high: values({ copay: 5000, coinsurance: 0, deductibleApplies: false }),
    rangeWhy: 'Low: veterans exempt from copays. High: the $50 specialty-care copay per day.',
    source: SRC.vaCopays,
    verified: VERIFIED,
  },
] as const satisfies readonly CostSharingProfile[]
