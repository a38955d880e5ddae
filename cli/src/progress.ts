/**
 * @module
 * Batch progress on stderr. On a terminal: one bar redrawn in place (at most 10 times a second).
 * Elsewhere (a log file, CI, a pipe): a plain line every few seconds, so logs stay readable.
 */

export type Counts = { done: number; total: number; ok: number; invalid: number; failed: number; retries: number }

export class Progress {
  readonly #tty: boolean
  readonly #intervalMs: number
  readonly #started = performance.now()
  readonly #out: NodeJS.WriteStream
  #last = 0
  #drawn = false

  constructor(out: NodeJS.WriteStream, intervalMs: number) {
    this.#out = out
    this.#tty = out.isTTY === true
    this.#intervalMs = this.#tty ? 100 : intervalMs
  }

  update(c: Counts, force = false): void {
    const now = performance.now()
    if (!force && now - this.#last < this.#intervalMs) return
    this.#last = now
    const pct = c.total ? Math.floor((c.done / c.total) * 100) : 100
    const seconds = (now - this.#started) / 1000
    const rate = seconds > 0 ? (c.done / seconds).toFixed(1) : '0.0'
    const tail = `${c.done}/${c.total} rows (${pct}%), ${rate} rows/s, ok ${c.ok}, invalid ${c.invalid}, failed ${c.failed}, retries ${c.retries}`
    if (this.#tty) {
      const width = 24
      const filled = Math.round((pct / 100) * width)
      this.#out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${tail}`)
      this.#drawn = true
    } else {
      this.#out.write(`batch: ${tail}\n`)
    }
  }

  /** Ends the bar's line so what follows starts on a fresh one. */
  done(): void {
    if (this.#tty && this.#drawn) this.#out.write('\n')
  }
}
