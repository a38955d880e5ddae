/**
 * @module
 * The answer view: the one answer (worker/domain/answer/types.ts) as the visitor reads it. The
 * verdict, the price (or why there is none) and the named conditions come first, so they fit a
 * 375 × 740 phone screen above the fold; the chart, facts, assumptions and next steps follow.
 * After an exact check (an answer with `member`: the payer's word from the member's 271) the
 * heading becomes "Your benefits", with the payer's word on the plan and the member's own figures,
 * all read from the answer as the API composed it (nothing recomposed here).
 * Pure template functions over a `ViewHost`; Lit comes in as `LitTags`.
 */
import type { TemplateResult } from 'lit'
import { money, percent } from '../format'
import type { MessageKey } from '../i18n'
import { formatPhone } from '../phone'
import type { Condition, CoverageCheckResponse, MemberAnswer, Origin } from '../types'
import { costChart } from './chart'
import type { LitTags, ViewHost } from './contract'

const MONEY_FIELDS = new Set(['deductible', 'outOfPocketMax', 'copay', 'chargePerDay', 'allowedPerDay'])

/** Only http(s) links from the API's sources become hrefs. */
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '#')


const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/** The catalog key naming an origin: `rule:<id>` reads as "public plan rules". */
const originKey = (o: Origin): MessageKey => (o.startsWith('rule:') ? 'o.rule' : (`o.${o}` as MessageKey))

export function answerView(lit: LitTags) {
  const { html, svg, nothing } = lit
  const ICONS: Record<string, TemplateResult<2>> = {
    covered: svg`<path d="M8 16.5l5 5 11-11" />`,
    covered_with_conditions: svg`<path d="M16 9v8M16 22v.5" />`,
    not_covered: svg`<path d="M10.5 10.5l11 11M21.5 10.5l-11 11" />`,
    unknown: svg`<path d="M12.5 12.5a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3M16 22v.5" />`,
  }

  const source = (h: ViewHost, o: Origin | undefined) =>
    o ? html`<span class="origin">${h.t('source', { origin: h.t(originKey(o)) })}</span>` : nothing

  /** Each condition by name, with what it means and where it comes from. */
  const conditions = (h: ViewHost, list: readonly Condition[]) =>
    list.length
      ? html`<div class="conditions">
          <h4 aria-level=${h.level + 1}>${h.t('conditions')}</h4>
          <ul class="plain">
            ${list.map(
              (c) => html`<li>
                <strong>${h.has(`c.${c.kind}`) ? h.t(`c.${c.kind}` as MessageKey) : c.kind}</strong>${c.text ? html`: ${c.text}` : nothing}
                ${c.contact
                  ? html` · ${c.contact.name}${c.contact.phone ? html` <a href=${tel(c.contact.phone)}>${formatPhone(c.contact.phone)}</a>` : nothing}`
                  : nothing}
                ${source(h, c.origin)}
              </li>`,
            )}
          </ul>
        </div>`
      : nothing

  /** "Deductible: $1,000 left of $1,500": the member's figures from the payer (exact check). */
  const amount = (h: ViewHost, key: MessageKey, a: { total: number; remaining: number | null } | null | undefined) =>
    a
      ? html`<dt>${h.t(key)}</dt><dd>${a.remaining !== null
          ? h.t('left', { left: money(h.locale, a.remaining), total: money(h.locale, a.total) })
          : money(h.locale, a.total)}</dd>`
      : nothing

  /** The payer's word on the plan, after an exact check. */
  const member = (h: ViewHost, r: CoverageCheckResponse, m: MemberAnswer) => {
    const planName = m.planName ?? r.plan?.name ?? null
    const d = m.dates
    const since = d.planBegin ?? d.eligibilityBegin
    const until = d.planEnd ?? d.eligibilityEnd
    const n = m.figures
    return html`<div class="member">
      <h4 aria-level=${h.level + 1}>${h.t('memberFrom', { payer: r.payer?.name ?? h.payerName })}</h4>
      <dl class="facts">
        <dt>${h.t('yourBenefits')}</dt><dd>${h.t(`m.${m.status}` as MessageKey)}</dd>
        ${planName ? html`<dt>${h.t('planLabel')}</dt><dd>${planName}</dd>` : nothing}
        ${m.groupNumber ? html`<dt>${h.t('groupLabel')}</dt><dd>${m.groupNumber}</dd>` : nothing}
        ${since ? html`<dt>${h.t('since')}</dt><dd>${since}</dd>` : nothing}
        ${until ? html`<dt>${h.t('until')}</dt><dd>${until}</dd>` : nothing}
        ${amount(h, 'f.deductible', n?.deductible)} ${amount(h, 'f.outOfPocketMax', n?.outOfPocketMax)}
        ${typeof n?.coinsurance === 'number' ? html`<dt>${h.t('f.coinsurance')}</dt><dd>${percent(h.locale, n.coinsurance)}</dd>` : nothing}
        ${typeof n?.copay === 'number' ? html`<dt>${h.t('f.copay')}</dt><dd>${money(h.locale, n.copay)}</dd>` : nothing}
      </dl>
    </div>`
  }

  /** One assumption in plain words: "Your share after the deductible: 20% (typical for PPO…)". */
  const assumption = (h: ViewHost, a: { field: string; value: unknown; why: string; origin?: Origin }) => {
    const parts = a.field.split('.')
    const leaf = parts.at(-1) ?? ''
    const known = (p: string) => h.has(`f.${p}`)
    const head = parts.find(known) ?? leaf
    let label = known(head) ? h.t(`f.${head}` as MessageKey) : a.field
    if (leaf === 'met') label += ` (${h.t('f.met')})`
    const v = a.value
    const value =
      typeof v === 'number'
        ? head === 'coinsurance'
          ? percent(h.locale, v)
          : MONEY_FIELDS.has(head)
            ? money(h.locale, v)
            : String(v)
        : typeof v === 'boolean'
          ? h.t(v ? 'yes' : 'no')
          : v === 'in' || v === 'out'
            ? h.t(v)
            : String(v ?? '')
    return html`<strong>${label}: ${value}</strong>${a.why ? html`. <span class="muted">${a.why}</span>` : nothing}`
  }

  const call = (h: ViewHost) => {
    const phone = h.partner?.phone
    if (!phone) return nothing
    return html`<a class="button secondary" href=${tel(phone)}>
      ${h.partner.name ? h.t('call', { name: h.partner.name }) : h.t('callUs')} · ${formatPhone(phone)}
    </a>`
  }

  const frame = (h: ViewHost, form: 'exact' | 'callback', title: string) =>
    html`<iframe title=${title} src=${h.frameUrl(form)}></iframe>`

  const cta = (h: ViewHost) => {
    const p = h.partner ?? {}
    if (!p.phone && !p.callback) return nothing
    return html`<div part="cta" class="cta">
        ${call(h)}
        ${p.callback && !h.callbackSent
          ? html`<button class="primary" type="button" @click=${h.callback}>${h.t('callback')}</button>`
          : nothing}
        <p role="status">${h.callbackSent ? h.t('callbackSent') : ''}</p>
      </div>
      ${h.frameFor === 'callback' ? frame(h, 'callback', h.t('callback')) : nothing}`
  }

  const exact = (h: ViewHost) => {
    if (!h.exactCheck || h.exact) return nothing
    return html`<div class="panel">
      <h4 aria-level=${h.level + 1}>${h.t('exactTitle')}</h4>
      <p class="muted">${h.t('exactIntro')}</p>
      ${h.frameFor === 'exact'
        ? frame(h, 'exact', h.t('exactFrame'))
        : html`<div class="actions">
            <button class="secondary button" type="button" @click=${() => h.openFrame('exact')}>${h.t('exactOpen')}</button>
          </div>`}
    </div>`
  }

  return (h: ViewHost): TemplateResult => {
    const t = h.t
    const loc = h.locale
    const r = h.answer
    const c = r.coverage
    const e = r.estimate
    const mine = r.basis === 'payer_271'
    const payerName = r.payer?.name ?? h.payerName ?? t('unknownPayer')
    const program = t(h.program).toLowerCase()
    const bh = c.behavioralHealthManager
    const weeks = e?.weeks ?? []
    const totals = weeks.reduce((a, w) => [a[0]! + w.patientPays, a[1]! + w.planPays], [0, 0])
    const named = c.conditions ?? []
    const named_ = (k: string) => named.some((x) => x.kind === k)
    return html`<section part="result" class="result" aria-labelledby="verdict-title">
      <div part="verdict" class="verdict ${c.status}">
        <svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">
          <circle cx="16" cy="16" r="14" stroke-width="2" />${ICONS[c.status] ?? ICONS.unknown}
        </svg>
        <div>
          ${r.member ? html`<p class="kicker">${t('yourBenefits')}</p>` : nothing}
          <h3 id="verdict-title" tabindex="-1" aria-level=${h.level}>${t(c.status)}</h3>
          <p>${t('verdictFor', { program, payer: payerName })}${r.plan?.type ? ` · ${r.plan.type}` : ''}</p>
        </div>
      </div>
      ${e
        ? html`<div class="price">
            <h4 aria-level=${h.level + 1}>${t(mine ? 'estimateMember' : 'estimate')}</h4>
            <div class="totals">
              <div><span class="label">${t('youPay')}</span><span class="big">${money(loc, e.patientPays)}</span></div>
              <div><span class="label">${t('planPays')}</span><span class="plan-pays">${money(loc, e.planPays)}</span></div>
            </div>
            <p class="muted">
              ${t('course', { days: e.days, weeks: weeks.length })}${e.range
                ? html` · ${t('range', { low: money(loc, e.range.low), high: money(loc, e.range.high) })}`
                : nothing}
            </p>
          </div>`
        : html`<div class="price none">
            <h4 aria-level=${h.level + 1}>${t('noPrice')}</h4>
            <p>${t(r.noEstimate ? (`n.${r.noEstimate}` as MessageKey) : 'n.none')}</p>
          </div>`}
      ${conditions(h, named)}
      ${r.member ? member(h, r, r.member) : nothing}
      ${e && e.outOfPocketMaxReachedOnDay ? html`<p class="muted">${t('oopReached', { day: e.outOfPocketMaxReachedOnDay })}</p>` : nothing}
      ${e && weeks.length
        ? html`<figure part="chart">
            ${costChart(lit, weeks, {
              describe: t('chartLabel', { patient: money(loc, totals[0]!), plan: money(loc, totals[1]!), weeks: weeks.at(-1)!.week }),
              caption: t('tableCaption'),
              week: t('colWeek'),
              youPay: t('youPay'),
              planPays: t('planPays'),
              money: (v) => money(loc, v),
            })}
            <figcaption aria-hidden="true">
              <div class="ticks"><span>${t('week', { n: weeks[0]!.week })}</span><span>${t('week', { n: weeks.at(-1)!.week })}</span></div>
              <div class="legend"><span>${t('youPay')} ${money(loc, totals[0]!)}</span><span>${t('planPays')} ${money(loc, totals[1]!)}</span></div>
            </figcaption>
          </figure>`
        : nothing}
      <dl class="facts">
        ${c.priorAuthorization !== 'unknown' && !named_('prior_authorization')
          ? html`<dt>${t('priorAuth')}</dt><dd>${t(c.priorAuthorization)}</dd>`
          : nothing}
        ${typeof c.referralRequired === 'boolean' && !named_('referral')
          ? html`<dt>${t('referral')}</dt><dd>${t(c.referralRequired ? 'yes' : 'no')}</dd>`
          : nothing}
        ${bh && !named_('carve_out')
          ? html`<dt>${t('bhManager')}</dt>
              <dd>${bh.name}${bh.phone ? html` · <a href=${tel(bh.phone)}>${formatPhone(bh.phone)}</a>` : nothing}</dd>`
          : nothing}
      </dl>
      ${r.nextSteps.length
        ? html`<h4 aria-level=${h.level + 1}>${t('nextSteps')}</h4><ol class="steps">${r.nextSteps.map((s) => html`<li>${s}</li>`)}</ol>`
        : nothing}
      ${e?.assumptions.length
        ? html`<h4 aria-level=${h.level + 1}>${t('assumptions')}</h4>
            <ul class="plain">${e.assumptions.map((a) => html`<li>${assumption(h, a)}</li>`)}</ul>`
        : nothing}
      ${e?.explanation?.length
        ? html`<details><summary>${t('howCalculated')}</summary>
            <ul class="plain">${e.explanation.map((x) => html`<li>${x}</li>`)}</ul></details>`
        : nothing}
      ${c.notes?.length ? html`<h4 aria-level=${h.level + 1}>${t('notes')}</h4><ul class="plain">${c.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${c.sources?.length
        ? html`<details><summary>${t('sources')}</summary><ul class="plain">
            ${c.sources.map((s) => html`<li><a href=${safeUrl(s.url)} target="_blank" rel="noopener noreferrer">${s.title}</a></li>`)}
          </ul></details>`
        : nothing}
      ${cta(h)} ${exact(h)}
      <p class="disclaimer">${t(mine ? 'disclaimerMember' : 'disclaimer')}</p>
      <div class="actions"><button class="link" type="button" @click=${h.reset}>${t('again')}</button></div>
    </section>`
  }
}
