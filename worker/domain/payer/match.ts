/**
 * @module
 * Payer matching: from what a person typed to the payer they meant, fast enough for typeahead.
 *
 * The directory's names and aliases are tokenized once (`tokenize`) into an inverted index, with a
 * deletion index for typos and a prefix index for the word being typed. A query is tokenized the
 * same way; the keys sharing a token (exactly, within a bounded edit distance, or by prefix) are
 * scored by weighted token overlap (rare words such as "texas" weigh more than "health"), then
 * weighed by the state the visitor is in and by member-ID signals. An exact alias scores 1.
 * Nothing close enough yields `best: null`: an honest "we don't know" beats a random payer.
 */
import { boundedDistance, deletions, maxEdits } from './fuzzy'
import { alphaPrefix, cleanMemberId } from './member-id'
import { NOT_HEALTH_WORDS, type NotHealthInsurer } from './not-health'
import { PLAN_WORDS, normalizeName, phoneticKey, tokenize } from './normalize'
import { STATE_BY_WORD, STATE_NAMES } from './states'
import {
  productLineOf,
  type AlternativeReason,
  type MatchedBy,
  type PayerCandidate,
  type PayerMatch,
  type PayerQuery,
  type PayerRecord,
} from './types'

export type PayerMatcher = { match(query: PayerQuery): PayerMatch }

/** Below this score a candidate is not offered at all. */
const MIN_SCORE = 0.45
/** Below this score the best candidate is not claimed as the payer (only listed). */
const MIN_BEST = 0.55
/** Score factor for a payer that does not serve the visitor's state; bonus for one that does. */
const OTHER_STATE = 0.7
/** A defunct or merged record the text does not name exactly ranks below live ones. */
const CLOSED_UNNAMED = 0.8
const STATE_BONUS = 0.08
/** Score factor for a nationwide payer when the state is known: a local match is likelier. */
const NATIONAL = 0.95
/**
 * Families whose records are one carrier's regional plans (Kaiser regions, Blue companies, Anthem
 * states), so that an alias of one region may stand for the region of the visitor's state. Not
 * the catch-all families (independent Medicaid plans, regional plans), whose members are unrelated.
 */
const CARRIER_FAMILIES: ReadonlySet<string> = new Set([
  'bcbs', 'elevance', 'aetna', 'cigna', 'unitedhealthcare', 'humana', 'kaiser', 'centene', 'molina',
  'tricare', 'va',
])
/** Score given by a member-ID signal alone (pattern such as MBI, or a BlueCard prefix). */
const PATTERN_SIGNAL = 0.85
const PREFIX_SIGNAL = 0.9

type Key = {
  payer: number
  tokens: string[]
  /** `tokens` as vocabulary ids, for array lookups in the hot loop. */
  ids: Int32Array
  weights: number[]
  /** Whether each token is one of the payer's own state words. */
  own: boolean[]
  weightSum: number
}

type QueryToken = {
  text: string
  soft: boolean
  last: boolean
  known: boolean
  weight: number
  /** Below 1 when the token was repaired from a typo ("helthcare" → "health", "care"). */
  certainty: number
}

/** Words that stand in for each other at a discount: a Blue plan is a Blue plan (a Map: keys are typed text). */
const NEAR_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['cross', 'shield'],
  ['shield', 'cross'],
])
/** Score factor for a key whose words the query has in another order ("first health" vs "health first"). */
const OTHER_ORDER = 0.92
/** Score factor for a match of the words glued together ("health partners" vs "healthpartners"). */
const GLUED = 0.98
/** Alternatives within this much of the best are "about as likely" (`close_score`). */
const CLOSE = 0.1
/** Similarity lost per edit when the typo sounds like the word ("medicair" → "medicare"). */
const SOUNDS_LIKE = 0.05
/** Rank of a verbatim name or alias: above any token match (1), so that it is never "tied". */
const VERBATIM = 1.06

export type PayerMatcherOptions = {
  /**
   * Insurers that are not health payers (auto, life, dental…): indexed like payers, but a query
   * whose best match is one of them gets `best: null` and no alternatives.
   */
  notHealth?: readonly NotHealthInsurer[]
}

/**
 * Builds the matcher's index over a directory, once (module scope in the routes).
 * @example
 * const matcher = createPayerMatcher(PAYERS)
 * matcher.match({ text: 'bcbs', state: 'TX' }).best?.payer.id // 'bcbs-texas'
 */
export function createPayerMatcher(payers: readonly PayerRecord[], options: PayerMatcherOptions = {}): PayerMatcher {
  // Non-health insurers join the index as pseudo-records after the real ones (index >= decoyFrom).
  const decoyFrom = payers.length
  const directory: readonly PayerRecord[] = [
    ...payers,
    ...(options.notHealth ?? []).map((d, i) => ({
      id: `not-health-${i}`, name: d.name, kind: 'other' as const, states: [], aliases: [], family: 'not-health',
      source: 'not-health', verified: '',
    })),
  ]
  const keys: Key[] = []
  const exact = new Map<string, number[]>() // joined tokens → payer indexes
  const verbatim = new Map<string, number[]>() // normalized text, filler words kept → payer indexes
  const compact = new Map<string, number[]>() // tokens without spaces → payer indexes
  const byId = new Map<string, number>()
  const byPayerId = new Map<string, number[]>()
  const byPrefix = new Map<string, number[]>()
  const patterns: { payer: number; re: RegExp }[] = []
  const docFreq = new Map<string, Set<number>>()

  const push = <K>(map: Map<K, number[]>, k: K, v: number) => {
    const list = map.get(k)
    if (!list) map.set(k, [v])
    else if (!list.includes(v)) list.push(v)
  }

  const keyTokens: { payer: number; tokens: string[] }[] = []
  directory.forEach((payer, p) => {
    byId.set(payer.id, p)
    for (const id of payer.payerIds ?? []) push(byPayerId, id, p)
    for (const prefix of payer.memberIdPrefixes ?? []) push(byPrefix, prefix.toUpperCase(), p)
    if (payer.memberIdPattern) patterns.push({ payer: p, re: new RegExp(payer.memberIdPattern) })
    const seen = new Set<string>()
    for (const name of [payer.name, ...payer.aliases]) {
      const tokens = tokenize(name)
      const joined = tokens.join(' ')
      if (!joined || seen.has(joined)) continue
      seen.add(joined)
      push(exact, joined, p)
      push(verbatim, normalizeName(name), p)
      push(compact, tokens.join(''), p)
      keyTokens.push({ payer: p, tokens: [...new Set(tokens)] })
      for (const t of tokens) {
        const set = docFreq.get(t) ?? new Set<number>()
        set.add(p)
        docFreq.set(t, set)
      }
    }
  })

  // Inverse document frequency over payers: "texas" says more than "health".
  const n = directory.length
  const idf = (t: string) => Math.log(1 + n / (docFreq.get(t)?.size ?? 0.5))
  const weightOf = new Map<string, number>()
  for (const t of docFreq.keys()) weightOf.set(t, idf(t))
  // A word no payer has ("Balanced" in "Ambetter Balanced Care 5") is most often part of a plan
  // name: it counts against a match, but less than a rare payer word would.
  const unknownWeight = idf('') * 0.35

  const postings = new Map<string, number[]>() // token → key indexes
  const tokenId = new Map<string, number>()
  for (const { tokens } of keyTokens) for (const t of tokens) if (!tokenId.has(t)) tokenId.set(t, tokenId.size)
  for (const { payer, tokens } of keyTokens) {
    const k = keys.length
    // A key's own state words ("texas" in "bcbs of texas") are the state, not the payer: they
    // weigh little in how much of the key a query covers, so "bcbs" in TX still covers it well.
    const own = new Set(
      directory[payer]!.states.flatMap((s) => [s.toLowerCase(), ...(STATE_NAMES[s] ?? '').toLowerCase().split(' ')]),
    )
    const weights = tokens.map((t) => weightOf.get(t)! * (own.has(t) ? 0.3 : 1))
    const ids = Int32Array.from(tokens, (t) => tokenId.get(t)!)
    keys.push({ payer, tokens, ids, weights, own: tokens.map((t) => own.has(t)), weightSum: weights.reduce((a, b) => a + b, 0) })
    for (const t of tokens) push(postings, t, k)
  }

  // Every word of every name and alias of a payer: "ghi emblem" names EmblemHealth twice over.
  const payerWords = directory.map(() => new Set<number>())
  for (const key of keys) for (const id of key.ids) payerWords[key.payer]!.add(id)
  const payerIds = payerWords.map((set) => Int32Array.from(set))

  const vocabulary = [...postings.keys()]
  const deletionIndex = new Map<string, string[]>()
  const prefixIndex = new Map<string, string[]>()
  for (const word of vocabulary) {
    for (const del of deletions(word, maxEdits(word.length))) append(deletionIndex, del, word)
    for (let i = 2; i < word.length; i++) append(prefixIndex, word.slice(0, i), word)
  }
  // Two adjacent key words glued together ("healthcare" for "health care"), for typed compounds.
  const compounds = new Map<string, [string, string]>()
  const compoundDeletions = new Map<string, string[]>()
  for (const { tokens } of keyTokens) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const glued = tokens[i]! + tokens[i + 1]!
      if (postings.has(glued) || compounds.has(glued)) continue
      compounds.set(glued, [tokens[i]!, tokens[i + 1]!])
      for (const del of deletions(glued, 1)) append(compoundDeletions, del, glued)
    }
  }

  /** Phonetic keys of vocabulary and compound words, computed on first use. */
  const phonetic = new Map<string, string>()
  /** Vocabulary words (5+ letters) by phonetic key. */
  const phoneticIndex = new Map<string, string[]>()
  for (const word of vocabulary) {
    if (word.length < 5) continue
    const key = phoneticKey(word)
    phonetic.set(word, key)
    append(phoneticIndex, key, word)
  }

  /** Vocabulary words within edit distance of `t`, with their similarity. */
  function fuzzyWords(t: string, index = deletionIndex): Map<string, number> {
    const out = new Map<string, number>()
    const max = maxEdits(t.length)
    if (max === 0) return out
    const typedKey = phoneticKey(t)
    for (const del of deletions(t, max)) {
      for (const word of index.get(del) ?? []) {
        if (word === t || out.has(word)) continue
        const d = boundedDistance(t, word, Math.min(max, maxEdits(word.length)))
        if (d > max) continue
        // A typo that sounds like the word ("medicad" → "medicaid") beats one that doesn't ("medica").
        let key = phonetic.get(word)
        if (key === undefined) phonetic.set(word, (key = phoneticKey(word)))
        const sounds = key === typedKey
        if (d <= max && d <= maxEdits(word.length)) out.set(word, 1 - (sounds ? SOUNDS_LIKE : 0.12) * d)
      }
    }
    // Sound-alike words one edit beyond the typo budget ("tricair" for "tricare").
    if (index === deletionIndex && t.length >= 5) {
      for (const word of phoneticIndex.get(typedKey) ?? []) {
        if (word === t || out.has(word)) continue
        const d = boundedDistance(t, word, max + 1)
        if (d <= max + 1) out.set(word, 1 - SOUNDS_LIKE * d)
      }
    }
    return out
  }

  /** Each vocabulary word a query token can stand for, with its similarity in (0, 1]. */
  function expansions(q: QueryToken): Map<string, number> {
    const out = new Map<string, number>()
    if (q.known) out.set(q.text, q.certainty)
    const synonym = NEAR_SYNONYMS.get(q.text)
    if (synonym) out.set(synonym, 0.8)
    // A typed word that is itself in the vocabulary is taken as typed, not as a typo.
    const damp = q.known ? 0.5 : 1
    if (!q.known) for (const [word, sim] of fuzzyWords(q.text)) out.set(word, sim)
    if (q.last && q.text.length >= 3) {
      for (const word of prefixIndex.get(q.text) ?? []) {
        const sim = (0.6 + 0.3 * (q.text.length / word.length)) * damp
        if ((out.get(word) ?? 0) < sim) out.set(word, sim)
      }
    }
    return out
  }

  /**
   * Splits a glued word ("healthnet", or "helthcare" with a typo) into two vocabulary words,
   * with how sure the split is.
   */
  function split(t: string): { words: string[]; certainty: number } | null {
    const glued = compounds.get(t)
    if (glued) return { words: glued, certainty: 1 }
    const near = [...fuzzyWords(t, compoundDeletions)].sort((a, b) => b[1] - a[1])[0]
    if (near) return { words: compounds.get(near[0])!, certainty: near[1] }
    // A known word glued to another word or compound, maybe misspelt ("unitedhelthcare"): the
    // surest of all the ways to cut it, so that "united" + "heathcare" reads "health care" (one
    // edit) rather than "peachcare" (two).
    let bestSplit: { words: string[]; certainty: number } | null = null
    const consider = (words: string[], certainty: number) => {
      if (!bestSplit || certainty > bestSplit.certainty) bestSplit = { words, certainty }
    }
    // Both parts have 3+ letters: "caid" is not "ca" + "id" (two state codes).
    for (let i = 3; i <= t.length - 3; i++) {
      const a = t.slice(0, i)
      if (!postings.has(a)) continue
      const b = t.slice(i)
      if (postings.has(b)) return { words: [a, b], certainty: 1 }
      const glued = compounds.get(b)
      if (glued) return { words: [a, ...glued], certainty: 1 }
      const word = [...fuzzyWords(b)].sort((x, y) => y[1] - x[1])[0]
      if (word) consider([a, word[0]], word[1])
      const compound = [...fuzzyWords(b, compoundDeletions)].sort((x, y) => y[1] - x[1])[0]
      if (compound) consider([a, ...compounds.get(compound[0])!], compound[1])
    }
    return bestSplit
  }

  function queryTokens(text: string): QueryToken[] {
    const raw: { text: string; certainty: number }[] = []
    for (const t of tokenize(text)) {
      // An unknown word is split when that explains it better than a typo of one word does.
      const typo = postings.has(t) ? 1 : Math.max(0, ...fuzzyWords(t).values())
      const split_ = typo === 1 ? null : split(t)
      // Strictly better: a one-word typo ("medicaide") is not re-read as two words ("medi" + …).
      const parts = split_ && split_.certainty > typo ? split_ : null
      if (!parts) raw.push({ text: t, certainty: 1 })
      else for (const w of parts.words) raw.push({ text: w, certainty: parts.certainty })
    }
    return raw.map(({ text: t, certainty }, i) => ({
      text: t,
      // Plan words, numbers and single letters ("n/a") name no payer by themselves.
      soft: PLAN_WORDS.has(t) || /^\d+$/.test(t) || t.length === 1,
      last: i === raw.length - 1,
      known: postings.has(t),
      weight: weightOf.get(t) ?? unknownWeight,
      certainty,
    }))
  }

  /** Token-overlap score of every key sharing at least one (expanded) token with the query. */
  function scoreKeys(query: QueryToken[], state: string | undefined): Map<number, { score: number; fuzzy: boolean }> {
    // Candidates: the keys holding a word that a non-generic query token can stand for.
    const expanded = query.map(expansions)
    const pairs = query.slice(0, -1).map((q, i) => `${q.text}${query[i + 1]!.text}`)
    const candidates = new Set<number>()
    query.forEach((q, i) => {
      if (q.soft) return
      for (const word of expanded[i]!.keys()) for (const k of postings.get(word) ?? []) candidates.add(k)
    })
    for (const p of pairs) for (const k of postings.get(p) ?? []) candidates.add(k)
    const mentions = stateMentions(query)

    // Similarity of each vocabulary word to each query token, and to any of them, as arrays.
    const size = tokenId.size
    const simOf = expanded.map((words) => {
      const arr = new Float32Array(size)
      for (const [word, sim] of words) arr[tokenId.get(word)!] = sim
      return arr
    })
    const anySim = new Float32Array(size)
    for (const arr of simOf) for (let t = 0; t < size; t++) if (arr[t]! > anySim[t]!) anySim[t] = arr[t]!
    const pairIds = pairs.map((p) => tokenId.get(p) ?? -1)
    for (const id of pairIds) if (id >= 0) anySim[id] = Math.max(anySim[id]!, 0.95)

    const out = new Map<number, { score: number; fuzzy: boolean }>()
    for (const k of candidates) {
      const key = keys[k]!
      const ids = key.ids
      let fuzzy = false
      const all = payerIds[key.payer]!
      const sims = simOf.map((arr) => {
        let best = 0
        for (let j = 0; j < ids.length; j++) if (arr[ids[j]!]! > best) best = arr[ids[j]!]!
        // A word from another name of the same payer counts, a little less.
        if (best < 1) for (let j = 0; j < all.length; j++) if (0.9 * arr[all[j]!]! > best) best = 0.9 * arr[all[j]!]!
        return best
      })
      pairIds.forEach((id, i) => {
        if (id >= 0 && ids.includes(id)) sims[i] = sims[i + 1] = Math.max(sims[i]!, 0.95)
      })
      let qSum = 0
      let qHit = 0
      const states = directory[key.payer]!.states
      query.forEach((q, i) => {
        let sim = sims[i]!
        // A state named in the text ("caresource ga") is matched by a payer serving it.
        const named = mentions[i]
        if (named && sim < 1) sim = states.includes(named) ? 0.9 : states.length === 0 ? 0.5 : sim
        // Plan words the key lacks ("hmo" after "humana gold plus") weigh little.
        const weight = sim === 0 && q.soft ? q.weight * 0.1 : q.weight
        qSum += weight
        qHit += weight * sim
        if (sim > 0 && sim < 1 && !named) fuzzy = true
      })
      if (qSum === 0 || qHit === 0) continue
      // Key coverage: which of the key's words the query accounts for.
      let kHit = 0
      // The given state covers a key's own state words: "kaiser" in GA covers "kaiser … georgia".
      const stateCovers = state !== undefined && states.includes(state)
      for (let j = 0; j < ids.length; j++) {
        const sim = stateCovers && key.own[j] ? 1 : anySim[ids[j]!]!
        kHit += key.weights[j]! * sim
      }
      const ordered = inOrder(query, key.tokens)
      const score = (qHit / qSum) * (0.55 + 0.45 * (kHit / key.weightSum)) * (ordered ? 1 : OTHER_ORDER)
      const prev = out.get(key.payer)
      if (!prev || prev.score < score) out.set(key.payer, { score, fuzzy })
    }
    return out
  }

  /**
   * "Kaiser" typed in Georgia means Kaiser Permanente Georgia even though the alias "kaiser" is
   * Northern California's: a payer of the visitor's state inherits the score of an out-of-state
   * payer of the same family and kind that the text names exactly, when the text matches the
   * in-state payer reasonably on its own.
   */
  function preferInState(scores: Map<number, { score: number; by: MatchedBy }>, state: string) {
    const elsewhere = new Map<string, number>()
    for (const [p, { score }] of scores) {
      const payer = directory[p]!
      if (payer.states.length === 0 || payer.states.includes(state)) continue
      if (!CARRIER_FAMILIES.has(payer.family)) continue
      const group = `${payer.family}/${payer.kind}`
      elsewhere.set(group, Math.max(elsewhere.get(group) ?? 0, score))
    }
    // Only the in-state payer the text fits best inherits ("kaiser" in GA: Kaiser Permanente
    // Georgia, not the Kaiser parent company that also lists GA).
    const bestHere = new Map<string, number>()
    for (const [p, { score }] of scores) {
      const payer = directory[p]!
      if (!payer.states.includes(state)) continue
      const group = `${payer.family}/${payer.kind}`
      bestHere.set(group, Math.max(bestHere.get(group) ?? 0, score))
    }
    for (const [p, entry] of scores) {
      const payer = directory[p]!
      const group = `${payer.family}/${payer.kind}`
      const inherited = elsewhere.get(group) ?? 0
      if (
        payer.states.includes(state) &&
        entry.score >= 0.6 &&
        entry.score === bestHere.get(group) &&
        inherited >= 0.95 &&
        inherited > entry.score
      ) {
        scores.set(p, { score: inherited, by: entry.by })
      }
    }
  }

  /**
   * A payer of the visitor's state gains a little, a nationwide one loses a little, one that does
   * not serve the state loses a lot.
   */
  const inState = (payer: PayerRecord, state: string | undefined, score: number): number =>
    !state
      ? score
      : payer.states.length === 0
        ? score * NATIONAL
        : payer.states.includes(state)
          ? score + STATE_BONUS
          : score * OTHER_STATE

  return {
    match({ text, state, memberId, limit = 5 }) {
      // `given`: the visitor's state; `st`: the state that binds the match (the one the text names,
      // else the given one): "bcbs of michigan" in OH is Michigan's Blue plan, not Ohio's.
      const given = state?.trim().toUpperCase() || undefined
      let st = given
      const scores = new Map<number, { score: number; by: MatchedBy }>()
      const offer = (p: number, score: number, by: MatchedBy) => {
        const prev = scores.get(p)
        if (!prev || prev.score < score) scores.set(p, { score, by })
      }

      const trimmed = text.trim()
      const normalized = normalizeName(trimmed)
      // Ids: a directory id ("bcbs-texas") or a clearinghouse payer id ("60054").
      // Only id-shaped text counts as an id: "aetna" is a name even though it is also an id.
      const idHit = /[-\d]/.test(trimmed) ? byId.get(trimmed.toLowerCase()) : undefined
      if (idHit !== undefined) offer(idHit, 1, 'id')
      if (/\d/.test(trimmed)) for (const p of byPayerId.get(trimmed.toUpperCase()) ?? []) offer(p, 1, 'id')

      const query = trimmed.length > 200 ? [] : queryTokens(trimmed)
      const joined = query.map((q) => q.text).join(' ')
      const exactHits = exact.get(joined) ?? []
      const gluedHits = [
        ...(compact.get(normalized.replace(/ /g, '')) ?? []),
        ...(compact.get(query.map((q) => q.text).join('')) ?? []),
      ]
      const certainty = Math.min(1, ...query.map((q) => q.certainty))
      // A single state named in the text stands for the visitor's state when none is given.
      const named = new Set(stateMentions(query).filter((s) => s !== undefined))
      if (named.size === 1) st = [...named][0]
      // Exactly a name or alias, filler words and all ("health partners plans"), ranks above the
      // same words without them ("HealthPartners"): the bonus only orders, confidences cap at 1.
      const verbatimHits = verbatim.get(normalized) ?? []
      for (const p of verbatimHits) offer(p, VERBATIM, 'alias')
      // Generic words alone ("health", "medical") name no payer, even when a name reduces to them.
      const specific = query.some((q) => !q.soft)
      if (specific) for (const p of exactHits) offer(p, certainty, certainty < 1 ? 'fuzzy' : 'alias')
      if (specific) for (const p of gluedHits) offer(p, certainty * GLUED, certainty < 1 ? 'fuzzy' : 'alias')
      const named_ = new Set([...verbatimHits, ...(certainty === 1 ? [...exactHits, ...gluedHits] : [])])
      // "Delta dental", "car insurance", "life": another kind of coverage. Only an exact name or
      // alias (a real payer whose name holds such a word) still matches.
      const otherCoverage = query.some((q) => NOT_HEALTH_WORDS.has(q.text))
      // Only generic words ("health", "care", "ppo") name no payer by themselves.
      if (!otherCoverage && specific) {
        for (const [p, { score, fuzzy }] of scoreKeys(query, st)) {
          offer(p, score, fuzzy || certainty < 1 ? 'fuzzy' : 'alias')
        }
      }

      // Member-ID signals strengthen, or alone establish, a payer.
      if (memberId) {
        const id = cleanMemberId(memberId)
        const textBest = Math.max(0, ...[...scores.values()].map((s) => s.score))
        const signal = (p: number, strength: number) => {
          const prev = scores.get(p)
          if (prev) offer(p, Math.min(1, prev.score + 0.3), 'member_id_prefix')
          else offer(p, textBest >= 0.9 ? strength * 0.6 : strength, 'member_id_prefix')
        }
        for (const { payer, re } of patterns) if (re.test(id)) signal(payer, PATTERN_SIGNAL)
        const prefix = alphaPrefix(id)
        if (prefix) for (const p of byPrefix.get(prefix) ?? []) signal(p, PREFIX_SIGNAL)
      }

      if (st) preferInState(scores, st)

      // The state binds: a payer bound to other states is dropped, unless the text names it
      // exactly (then it stays, ranked low and marked `inState: false`, so the answer can say
      // "Kaiser Permanente does not serve TX" rather than offer some other plan).
      if (st) {
        const servedHere = [...scores].some(([p, { score }]) => {
          const payer = directory[p]!
          // A defunct or merged record serves no one: it must not push aside a named live payer.
          const live = payer.status === undefined || payer.status === 'active'
          return score >= 0.9 && p < decoyFrom && live && (payer.states.length === 0 || payer.states.includes(st!))
        })
        for (const [p, { score, by }] of scores) {
          const payer = directory[p]!
          if (payer.states.length === 0 || payer.states.includes(st)) continue
          if (servedHere || !named_.has(p) || by === 'fuzzy' || score < 0.9) scores.delete(p)
        }
      }

      // Ranked on the uncapped score (an exact alias in the state outranks a near one), then
      // nationwide and wider payers first, then shorter names; confidences are capped at 1.
      const ranked = [...scores]
        .map(([p, { score, by }]) => {
          const payer = directory[p]!
          // A closed plan the text does not name (Cigna + Oscar for "Oscar Health") ranks below the
          // live one it does name, even out of state: "Oscar does not serve NY" is the true answer.
          const closed = payer.status !== undefined && payer.status !== 'active' && !named_.has(p)
          return { p, payer, rank: inState(payer, st, score) * (closed ? CLOSED_UNNAMED : 1), by }
        })
        .filter((c) => c.rank >= MIN_SCORE)
        .sort(
          (a, b) =>
            b.rank - a.rank ||
            breadth(b.payer) - breadth(a.payer) ||
            a.payer.name.length - b.payer.name.length ||
            a.payer.id.localeCompare(b.payer.id),
        )
        .map((c) => ({
          payer: c.payer,
          confidence: round(Math.min(1, c.rank)),
          matchedBy: c.by as MatchedBy,
          inState: given ? c.payer.states.length === 0 || c.payer.states.includes(given) : null,
          rank: c.rank,
          ...(c.p >= decoyFrom ? { decoy: true } : {}),
        }))

      // The text names an insurer that sells no health coverage (a better match on the text alone
      // than any payer, before the state weighs in): nothing to offer.
      let bestDecoy = 0
      let bestReal = 0
      for (const [p, { score }] of scores) {
        if (p >= decoyFrom) bestDecoy = Math.max(bestDecoy, score)
        else bestReal = Math.max(bestReal, score)
      }
      if (bestDecoy >= MIN_SCORE && bestDecoy > bestReal) return { best: null, alternatives: [] }
      const real = ranked.filter((c) => !('decoy' in c))
      const strip = ({ payer, confidence, matchedBy, inState }: PayerCandidate): PayerCandidate => ({
        payer, confidence, matchedBy, inState,
      })

      const top = real[0]
      if (!top || top.confidence < MIN_BEST) {
        return {
          best: null,
          alternatives: real.slice(0, Math.max(0, limit - 1)).map((c) => ({ ...strip(c), reason: 'weak' as const })),
        }
      }
      // Several payers about as likely (e.g. "blue cross" in New York): say so in the confidence.
      // Ties are judged on the uncapped rank: a verbatim alias (1.06) is not tied with a 1.
      const tied = real.filter((c) => top.rank - c.rank < 0.05).length
      const damp = tied === 1 ? 1 : tied === 2 ? 0.8 : 0.6
      const shown = real
        .slice(0, Math.max(1, limit))
        // Above 1, ranks are scaled so that an alternative never shows the best's confidence.
        .map((c) => ({ ...strip(c), confidence: round(Math.min(1, c.rank / Math.max(1, top.rank)) * damp), gap: top.rank - c.rank }))
      const best = strip(shown[0]!)
      return {
        best,
        alternatives: shown.slice(1).map((c) => ({ ...strip(c), reason: reasonFor(c, best, c.gap) })),
      }
    },
  }
}

/** Whether the query's words appear in `tokens` in the order typed (missing words skipped). */
function inOrder(query: readonly QueryToken[], tokens: readonly string[]): boolean {
  let last = -1
  for (const q of query) {
    const at = tokens.indexOf(q.text)
    if (at < 0) continue
    if (at < last) return false
    last = at
  }
  return true
}

/** Why an alternative is offered next to the best (see `AlternativeReason`). */
function reasonFor(alt: PayerCandidate, best: PayerCandidate, gap: number): AlternativeReason {
  if (alt.inState === false) return 'other_state'
  const sameCarrier =
    (alt.payer.parent !== undefined && alt.payer.parent === best.payer.parent) ||
    (CARRIER_FAMILIES.has(alt.payer.family) && alt.payer.family === best.payer.family)
  if (sameCarrier && productLineOf(alt.payer) !== productLineOf(best.payer)) return 'same_carrier'
  if (gap < CLOSE) return 'close_score'
  if (alt.matchedBy === 'fuzzy') return 'spelling'
  return 'close_score'
}

/** USPS code of the state each query token names, if any ("texas", "tx", "new" + "york"). */
function stateMentions(query: readonly QueryToken[]): (string | undefined)[] {
  const out: (string | undefined)[] = query.map((q) => STATE_BY_WORD.get(q.text))
  query.forEach((q, i) => {
    const next = query[i + 1]
    const code = next && STATE_BY_WORD.get(`${q.text} ${next.text}`)
    if (code) out[i] = out[i + 1] = code
  })
  return out
}

function append(map: Map<string, string[]>, k: string, v: string) {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}

const round = (x: number) => Math.round(x * 1000) / 1000

/** How widely a payer serves: nationwide first, then by number of states. */
const breadth = (payer: PayerRecord) => (payer.states.length === 0 ? 100 : payer.states.length)
