/**
 * @module
 * Typo tolerance: a bounded Damerau-Levenshtein distance (optimal string alignment) and the
 * deletion neighbourhood used to find, without scanning the vocabulary, the words within that
 * distance of a typed word (the symmetric-delete idea of SymSpell).
 */

/** Edits allowed for a typed word of this length: short words must be typed right. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2
}

/**
 * Optimal-string-alignment distance between `a` and `b` (insertions, deletions, substitutions,
 * adjacent transpositions), or `max + 1` as soon as it is known to exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const n = b.length
  let prev2 = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1)
      }
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return Math.min(prev[n]!, max + 1)
}

/** `word` and every string made by deleting up to `depth` of its characters. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set([word])
  let frontier = [word]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const del = w.slice(0, i) + w.slice(i + 1)
        if (!out.has(del)) {
          out.add(del)
          next.push(del)
        }
      }
    }
    frontier = next
  }
  return out
}
