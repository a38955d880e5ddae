/** Where a reference-data record comes from and when a person last checked it against that source. */
export type Provenance = {
  /** A public URL (or document title) that states the fact. */
  source: string
  /** ISO date (YYYY-MM-DD) the record was last checked against `source`. */
  verified: string
}
