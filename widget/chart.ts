/**
 * @module
 * The estimate's chart: cumulative cost over the weeks of a course as stacked bars (the
 * visitor's share below, the plan's above), drawn as plain SVG with Lit's `svg` tag: a chart
 * library would outweigh the whole widget. Colors come from the element's custom properties.
 */
import { svg, type SVGTemplateResult } from 'lit'

export type WeekPoint = { week: number; patientPays: number; planPays: number }

/** Running totals of the per-week amounts. */
export function cumulative(weeks: readonly WeekPoint[]): WeekPoint[] {
  let p = 0
  let q = 0
  return weeks.map((w) => ({ week: w.week, patientPays: (p += w.patientPays), planPays: (q += w.planPays) }))
}

const W = 320
const H = 120
const PAD = { top: 6, right: 2, bottom: 2, left: 2 }

/**
 * Stacked cumulative bars with a light grid. `describe` is the accessible name of the whole
 * chart (the numbers in words). Axis labels are HTML beside it, so they keep their size when
 * the chart scales with the widget's width.
 */
export function costChart(weeks: readonly WeekPoint[], describe: string): SVGTemplateResult {
  const data = cumulative(weeks)
  const max = Math.max(1, ...data.map((d) => d.patientPays + d.planPays))
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const slot = innerW / Math.max(1, data.length)
  const bar = Math.max(2, slot * 0.68)
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH
  return svg`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${describe}>
    ${[0.25, 0.5, 0.75, 1].map(
      (f) => svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(max * f)} y2=${y(max * f)} />`,
    )}
    ${data.map((d, i) => {
      const x = PAD.left + i * slot + (slot - bar) / 2
      const yp = y(d.patientPays)
      const yt = y(d.patientPays + d.planPays)
      return svg`<rect class="plan" x=${x} y=${yt} width=${bar} height=${Math.max(0, yp - yt)} rx="1.5" />
        <rect class="patient" x=${x} y=${yp} width=${bar} height=${Math.max(0, PAD.top + innerH - yp)} rx="1.5" />`
    })}
    <line class="axis" x1=${PAD.left} x2=${W - PAD.right} y1=${PAD.top + innerH} y2=${PAD.top + innerH} />
  </svg>`
}
