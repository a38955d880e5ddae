/** Where a reference-data record comes from and when a person last checked it against that source. */
export type Provenance = {
  /** A public URL (or document title) that states the fact. */
  source: string
  /** ISO date (YYYY-MM-DD) the record was last checked against `source`. */
  verified: string
  /**
   * How `verified` was earned (optional, additive): `verified` when the source itself was re-read
   * on that date; `compiled` when the record was written on that date from memory or a secondary
   * source and still awaits a re-read of `source`. Every record of the directory states it.
   */
  basis?: 'verified' | 'compiled'
}
