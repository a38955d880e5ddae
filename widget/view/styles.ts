/**
 * @module
 * Styles of the answer view, shipped with its chunk and adopted by the element's shadow root as
 * a constructable stylesheet (no inline <style>, so no 'unsafe-inline'). They use the element's
 * private `--_*` variables, which its own stylesheet defines from the public `--iop-*` ones.
 * `css` here is `String.raw`, named so the build's template minifier squeezes it.
 */
const css = String.raw

export const viewCss = css`
  .verdict {
    display: flex;
    gap: 0.875rem;
    align-items: flex-start;
    padding: 1rem;
    border-radius: 12px;
    background: var(--_tone-bg);
    color: var(--_tone);
  }
  .verdict svg {
    flex: none;
    width: 2rem;
    height: 2rem;
  }
  .verdict h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .verdict h3:focus {
    outline: none;
  }
  .verdict p {
    margin: 0.125rem 0 0;
    color: var(--_text);
  }
  .covered {
    --_tone: var(--_covered);
    --_tone-bg: var(--_covered-bg);
  }
  .covered_with_conditions {
    --_tone: var(--_conditions);
    --_tone-bg: var(--_conditions-bg);
  }
  .not_covered {
    --_tone: var(--_not-covered);
    --_tone-bg: var(--_not-covered-bg);
  }
  .unknown {
    --_tone: var(--_unknown);
    --_tone-bg: var(--_unknown-bg);
  }
  dl.facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem 1rem;
    margin: 1rem 0 0;
  }
  dl.facts dt {
    color: var(--_muted);
  }
  dl.facts dd {
    margin: 0;
    font-weight: 600;
  }
  @container (max-width: 26rem) {
    dl.facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
  dd a {
    white-space: nowrap;
  }
  h4 {
    font-size: 1em;
    margin: 1.5rem 0 0.5rem;
  }
  .estimate {
    margin-top: 1.5rem;
    padding: 1rem;
    border-radius: 12px;
    background: var(--_surface-alt);
  }
  .estimate h4:first-child {
    margin-top: 0;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    align-items: baseline;
  }
  .big {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .totals .label {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .plan-pays {
    font-size: 1.25em;
    font-weight: 600;
  }
  figure {
    margin: 1rem 0 0;
  }
  figure svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .patient {
    fill: var(--_chart-patient);
  }
  .plan {
    fill: var(--_chart-plan);
  }
  .grid {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
    stroke-width: 0.75;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .ticks,
  .legend {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.8125em;
    color: var(--_muted);
    margin-top: 0.25rem;
  }
  .legend {
    justify-content: start;
  }
  .legend span::before {
    content: '';
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    margin-right: 0.375em;
    vertical-align: -0.05em;
    background: var(--_chart-patient);
  }
  .legend span + span::before {
    background: var(--_chart-plan);
  }
  ul.plain,
  ol.steps {
    margin: 0;
    padding-left: 1.25rem;
  }
  ol.steps li + li,
  ul.plain li + li {
    margin-top: 0.375rem;
  }
  details {
    margin-top: 0.75rem;
  }
  summary {
    min-height: 1.5rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
  }
  .cta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 12px;
  }
  .cta p {
    margin: 0;
  }
  .disclaimer {
    font-size: 0.8125em;
    color: var(--_muted);
    margin: 1rem 0 0;
  }
  a {
    color: var(--_accent);
  }
  iframe {
    display: block;
    width: 100%;
    border: 0;
    min-height: 20rem;
    margin-top: 0.75rem;
    color-scheme: normal;
  }
  .kicker {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .price,
  .panel {
    margin-top: 1rem;
    padding: 0.875rem 1rem;
    border-radius: 12px;
    background: var(--_surface-alt);
  }
  .price h4,
  .panel h4 {
    margin-top: 0;
  }
  .price.none p {
    margin: 0;
  }
  .conditions h4,
  .member h4 {
    margin-top: 1rem;
  }
  .origin {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .tick {
    fill: var(--_muted);
    font-size: 10px;
    font-family: inherit;
  }
  .notice {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_conditions, inherit);
  }
  .dym {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    min-height: 1.5rem;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 600;
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .result,
  .error,
  .loading {
    margin-top: 1.5rem;
    padding-top: 1.5rem;
    border-top: 1px solid var(--_border);
  }
  .progress {
    display: block;
    appearance: none;
    width: 100%;
    height: 4px;
    border: 0;
    border-radius: 2px;
    background: var(--_surface-alt);
    overflow: hidden;
    margin: 0.5rem 0 1rem;
  }
  .progress::-webkit-progress-bar {
    background: var(--_surface-alt);
  }
  .progress::-webkit-progress-value {
    background: var(--_accent);
    transition: width 0.6s ease;
  }
  .progress::-moz-progress-bar {
    background: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .progress::-webkit-progress-value {
      transition: none;
    }
  }
  .error h3 {
    color: var(--_error);
    margin: 0 0 0.25rem;
    font-size: 1.125em;
  }
  .error h3:focus {
    outline: none;
  }
  .error ul {
    margin: 0.5rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
`
