/**
 * @module
 * Text normalization for payer matching. People type "BC/BS of Texas", "UHC", "Untied Health
 * Care Inc."; the directory says "Blue Cross and Blue Shield of Texas". Both sides go through the
 * same steps (case, accents, punctuation, abbreviations, compound words, filler words), so that
 * matching compares like with like.
 */

/** Lower-case, strip accents and punctuation, fold white space: the key every lookup uses. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * Abbreviations and compound words, rewritten to the words the directory spells out. A `Map`, not
 * an object literal: the keys are what people type, and `constructor` or `__proto__` must not
 * find `Object.prototype` (issue 13, item 3).
 */
export const TOKEN_REWRITES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  bcbs: ['blue', 'cross', 'blue', 'shield'],
  bluecrossblueshield: ['blue', 'cross', 'blue', 'shield'],
  bc: ['blue', 'cross'],
  bs: ['blue', 'shield'],
  bluecross: ['blue', 'cross'],
  blueshield: ['blue', 'shield'],
  uhc: ['united', 'health', 'care'],
  unitedhealthcare: ['united', 'health', 'care'],
  unitedhealth: ['united', 'health'],
  healthcare: ['health', 'care'],
  healthplan: ['health', 'plan'],
  kp: ['kaiser', 'permanente'],
  mcare: ['medicare'],
  mcaid: ['medicaid'],
}))

/** Words that say nothing about which payer is meant ("insurance", "inc", "of"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'a', 'an', 'by', 'in', 'for', 'my', 'inc', 'llc', 'co', 'corp',
  'corporation', 'company', 'companies', 'insurance', 'insurer', 'ins', 'plan', 'plans', 'card',
  'member', 'coverage', 'policy', 'state',
])

/**
 * Plan-name vocabulary ("PPO", "Open Access Plus", "Gold", "II"): when typed after a payer name,
 * these words do not count against a match that lacks them, but they count when it has them.
 */
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  'ppo', 'hmo', 'epo', 'pos', 'hdhp', 'hsa', 'hra', 'oap', 'open', 'access', 'plus', 'choice',
  'select', 'gold', 'silver', 'bronze', 'platinum', 'catastrophic', 'network', 'premier', 'basic',
  'standard', 'value', 'saver', 'core', 'elite', 'ii', 'iii', 'iv', 'option', 'options', 'high',
  'deductible', 'advantage', 'indemnity', 'local', 'localplus', 'national', 'nationwide',
  'individual', 'family', 'employer', 'group', 'medical', 'dental', 'vision', 'prime', 'complete',
  'dual', 'snp', 'dsnp', 'mapd', 'pdp', 'rx', 'freedom', 'liberty', 'navigate', 'charter',
  'compass', 'harmony', 'nexus', 'preferred', 'provider', 'organization', 'exclusive', 'point',
  'service', 'managed', 'care', 'health', 'benefits', 'benefit', 'program', 'coverage', 'tier',
  'focus', 'covered', 'connect', 'essential', 'essentials', 'true', 'secure', 'signature',
  'services', 'solutions', 'systems',
])

/**
 * The matcher's tokens for a text: normalized words with abbreviations expanded and filler
 * dropped. `"BC/BS of Texas Inc."` → `['blue', 'cross', 'blue', 'shield', 'texas']`.
 */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const word of normalizeName(text).split(' ')) {
    if (!word) continue
    for (const t of TOKEN_REWRITES.get(word) ?? [word]) if (!FILLER_WORDS.has(t)) out.push(t)
  }
  return out
}

/**
 * A rough phonetic key (a consonant skeleton after the common English sound rewrites), so that
 * misspellings that sound alike ("medicad" and "medicaid", "fidellis" and "fidelis", "signa" and
 * "cigna") are preferred over other words at the same edit distance ("medica").
 * @example phoneticKey('medicaid') === phoneticKey('medicad') // true
 */
export function phoneticKey(word: string): string {
  const w = word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/gh/g, '')
    .replace(/(?<=.)[hwy]/g, '')
  const first = w[0] ?? ''
  return (first + w.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1')
}
