/**
 * @module
 * The estimate's chart: the running total over the weeks of a course as stacked bars (the
 * visitor's share below, the plan's above), plain SVG with Lit's `svg` tag (a chart library would
 * outweigh the whole widget). Dollar figures sit on the grid lines (the top one is the course's total), the legend carries each side's total;
 * a visually hidden table gives screen readers the same numbers week by week.
 */
import type { TemplateResult } from 'lit'
import type { LitTags } from './contract'

export type WeekPoint = { week: number; patientPays: number; planPays: number }

/** Running totals of the per-week amounts. */
export function cumulative(weeks: readonly WeekPoint[]): WeekPoint[] {
  let p = 0
  let q = 0
  return weeks.map((w) => ({ week: w.week, patientPays: (p += w.patientPays), planPays: (q += w.planPays) }))
}

const W = 320
const H = 150
/** Room on the left for the grid's dollar labels, on top for the last bar's total. */
const PAD = { top: 16, right: 4, bottom: 2, left: 46 }

export type ChartText = {
  /** Accessible name of the whole chart: the totals in words. */
  describe: string
  caption: string
  week: string
  youPay: string
  planPays: string
  money: (cents: number) => string
}

/** Stacked cumulative bars, dollar-labelled, with a hidden table of the same figures. */
export function costChart({ html, svg }: LitTags, weeks: readonly WeekPoint[], x: ChartText): TemplateResult {
  const data = cumulative(weeks)
  const max = Math.max(1, ...data.map((d) => d.patientPays + d.planPays))
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const slot = innerW / Math.max(1, data.length)
  const bar = Math.max(2, slot * 0.68)
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH
  return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${x.describe}>
      ${[0.5, 1].map(
        (f) => svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(max * f)} y2=${y(max * f)} />
          <text class="tick" x=${PAD.left - 4} y=${y(max * f) + 3} text-anchor="end">${x.money(max * f)}</text>`,
      )}
      ${data.map((d, i) => {
        const bx = PAD.left + i * slot + (slot - bar) / 2
        const yp = y(d.patientPays)
        const yt = y(d.patientPays + d.planPays)
        return svg`<rect class="plan" x=${bx} y=${yt} width=${bar} height=${Math.max(0, yp - yt)} rx="1.5" />
          <rect class="patient" x=${bx} y=${yp} width=${bar} height=${Math.max(0, PAD.top + innerH - yp)} rx="1.5" />`
      })}
      <text class="tick" x=${PAD.left - 4} y=${PAD.top + innerH} text-anchor="end">${x.money(0)}</text>
      <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${PAD.top + innerH} y2=${PAD.top + innerH} />
    </svg>
    <table class="sr-only">
      <caption>${x.caption}</caption>
      <thead><tr><th scope="col">${x.week}</th><th scope="col">${x.youPay}</th><th scope="col">${x.planPays}</th></tr></thead>
      <tbody>
        ${data.map((d) => html`<tr><th scope="row">${d.week}</th><td>${x.money(d.patientPays)}</td><td>${x.money(d.planPays)}</td></tr>`)}
      </tbody>
    </table>`
}
