/**
 * @module
 * Insurers that are not health payers (auto, life, dental, vision, supplemental, workers' comp)
 * and the words that say a query is about such coverage ("dental", "auto", "life insurance").
 * The matcher answers "nothing confident" for them rather than the nearest health plan.
 */

export type NotHealthInsurer = {
  name: string
  category: 'auto_home' | 'life' | 'dental_vision' | 'supplemental' | 'workers_comp'
}

/**
 * Words that name a kind of coverage other than major medical. A query holding one matches a
 * payer only through an exact name or alias ("Home State Health" still matches).
 */
export const NOT_HEALTH_WORDS: ReadonlySet<string> = new Set([
  'auto', 'car', 'cars', 'vehicle', 'motor', 'homeowners', 'homeowner', 'renters', 'property', 'casualty',
  'liability', 'umbrella', 'boat', 'motorcycle', 'pet', 'pets', 'life', 'annuity', 'annuities',
  'dental', 'dentist', 'orthodontic', 'vision', 'eye', 'eyewear', 'optical', 'glasses',
  'accident', 'cancer', 'disability', 'critical', 'illness', 'workers', 'worker', 'comp', 'compensation',
  'travel', 'funeral', 'burial',
])
