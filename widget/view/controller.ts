/**
 * @module
 * The check's life after submit, in the view chunk: reading the API's answer (or problem),
 * the loading steps, the error and result views, the exact-check and callback frames and their
 * messages. The element (the first bundle) starts the API call itself, in parallel with this
 * chunk's fetch, and hands the pending response over (`run`). These functions read and write the
 * element's internal fields: the build gives both bundles one property-mangling cache, so
 * `_result` has the same short name in each.
 */
import type { TemplateResult } from 'lit'
import { isFromExpected, MSG, parseFrameMessage } from '../exact-check/protocol'
import type { IopCoverageChecker as El } from '../iop-coverage-checker'
import type { IopCheckCompleteDetail } from '../events'
import type { MessageKey } from '../i18n'
import { formatPhone } from '../phone'
import type { CoverageCheckResponse, Problem } from '../types'
import { answerView } from './answer'
import type { LitTags, ViewHost } from './contract'

/** The frame's path on the checker for the npm package's build; '' in the CDN build (scripts/widget-bundles.mjs). */
declare const __IOP_FRAME_PATH__: string

/** Loading progress: the step shown after this many ms (slow checks still show motion). */
const STEPS: readonly [number, MessageKey, number][] = [
  [0, 'step1', 20],
  [700, 'step2', 55],
  [1800, 'step3', 85],
]

/** Request fields the form shows errors beside; other API errors are listed in the alert. */
const FORM_FIELDS = ['payer', 'state', 'plan']

/** A failed call; `status` 0 means the service was not reached, `code` `timeout` that it was slow. */
export type CheckProblem = Required<Pick<Problem, 'status' | 'code' | 'retryable'>> & {
  detail: string | undefined
  errors: { path: string; message: string }[]
}

const problem = (p: Partial<Problem> & { status: number }): CheckProblem => ({
  status: p.status,
  code: p.code ?? 'http_error',
  detail: p.detail,
  errors: p.errors ?? [],
  retryable: p.retryable ?? (p.status === 0 || p.status === 429 || p.status >= 500),
})

/** The API's answer from the pending response, or the problem it stands for. */
async function read(pending: Promise<Response>, ctl: AbortController): Promise<CoverageCheckResponse> {
  let res: Response
  try {
    res = await pending
  } catch {
    throw problem({ status: 0, code: ctl.signal.reason === 'timeout' ? 'timeout' : 'network' })
  }
  if (res.ok) return (await res.json()) as CoverageCheckResponse
  let p: Partial<Problem> = {}
  if (/json/.test(res.headers.get('Content-Type') ?? '')) p = await res.json().catch(() => ({}))
  throw problem({ ...p, status: res.status })
}

export function controller(lit: LitTags) {
  const { html, nothing } = lit
  const answer = answerView(lit)

  const clearSteps = (el: El) => {
    el._stepTimers.forEach(clearTimeout)
    el._stepTimers = []
  }

  const startSteps = (el: El) => {
    clearSteps(el)
    el._step = 0
    el._announce = el._t('step1')
    el._stepTimers = STEPS.slice(1).map(([ms, key], i) =>
      setTimeout(() => {
        el._step = i + 1
        el._announce = el._t(key)
      }, ms),
    )
  }

  const completeDetail = (el: El): IopCheckCompleteDetail => ({
    ...el._lastContext!,
    kind: el._exact ? 'exact' : 'quick',
    status: el._result?.coverage.status ?? 'unknown',
    patientPays: el._result?.estimate?.patientPays ?? null,
  })

  /** Shows an answer: reflected status, announcement, event, verdict at the top and focused. */
  async function show(el: El, r: CoverageCheckResponse) {
    el._result = r
    el.status = r.coverage.status
    if (r.payer) el._lastContext = { ...el._lastContext!, payerId: r.payer.id, payerName: r.payer.name }
    el._announce = el._t(r.coverage.status)
    el._fire('iop-check-complete', completeDetail(el))
    await el.updateComplete
    // The verdict at the top of the screen, so the price and conditions follow it on a phone.
    el.renderRoot.querySelector('.result')?.scrollIntoView({ block: 'start' })
    ;(el.renderRoot.querySelector('.verdict h3') as HTMLElement | null)?.focus({ preventScroll: true })
  }

  const problemText = (el: El, p: CheckProblem) => {
    const t = el._t
    return p.code === 'timeout'
      ? t('errorTimeout')
      : p.status === 0
        ? t('errorNetwork')
        : p.status >= 500 || !p.detail
          ? t('errorGeneric')
          : p.detail
  }

  /** Reads the pending answer the element started; shows it or the problem. */
  async function run(el: El, pending: Promise<Response>, ctl: AbortController) {
    el._result = null
    el._problem = null
    el._callbackSent = false
    el._frameFor = ''
    el._alert = ''
    startSteps(el)
    try {
      const r = await read(pending, ctl)
      if (ctl.signal.aborted) return
      await show(el, r)
    } catch (err) {
      if (ctl.signal.aborted && ctl.signal.reason !== 'timeout') return
      const p = (err as CheckProblem).status === undefined ? problem({ status: 0, code: 'network' }) : (err as CheckProblem)
      el._problem = p
      el._fieldErrors = Object.fromEntries(
        p.errors.map((fe) => [fe.path.split('.')[0] ?? '', fe.message] as const).filter(([k]) => FORM_FIELDS.includes(k)),
      )
      el.status = 'error'
      el._announce = ''
      el._alert = `${el._t('errorTitle')}. ${problemText(el, p)}`
      el._fire('iop-check-error', { httpStatus: p.status, code: p.code, retryable: p.retryable })
      await el.updateComplete
      ;(el.renderRoot.querySelector('.error h3') as HTMLElement | null)?.focus()
    } finally {
      clearSteps(el)
    }
  }

  const call = (el: El) => {
    const phone = el.partner?.phone
    if (!phone) return nothing
    return html`<a class="button secondary" href="tel:${phone.replace(/[^\d+]/g, '')}">
      ${el.partner.name ? el._t('call', { name: el.partner.name }) : el._t('callUs')} · ${formatPhone(phone)}
    </a>`
  }

  const renderError = (el: El, p: CheckProblem) => {
    const t = el._t
    const others = p.errors.filter((e) => !FORM_FIELDS.includes(e.path.split('.')[0] ?? ''))
    return html`<section part="error" class="error">
      <h3 tabindex="-1" aria-level=${el._level + 1}>${t('errorTitle')}</h3>
      <p>${problemText(el, p)}</p>
      ${others.length ? html`<ul>${others.map((e) => html`<li>${e.message}</li>`)}</ul>` : nothing}
      <div class="actions">
        ${p.retryable || p.status >= 500 || p.status === 0
          ? html`<button class="primary" type="button" @click=${() => el._go()}>${t('retry')}</button>`
          : nothing}
        ${call(el)}
      </div>
    </section>`
  }

  const apiOrigin = (el: El) => new URL(el.apiBase).origin

  /**
   * The checker-origin frame on the bundle's own channel: a pinned bundle (`/widget/v0.1.0/…`)
   * opens `/widget/v0.1.0/exact-check`, the floating one `/widget/v1/exact-check`. The npm
   * package, bundled into a partner's app, has no channel in its URL: its build names the frame
   * of its own version (`__IOP_FRAME_PATH__`; empty in the CDN build).
   */
  const frameUrl = (el: El, form: 'exact' | 'callback') => {
    const src = new URL(__IOP_FRAME_PATH__ || new URL('exact-check', import.meta.url).pathname, el.apiBase)
    src.search = new URLSearchParams({ 'site-key': el.siteKey, origin: location.origin, locale: el._locale, form }).toString()
    return src.href
  }

  /** Opens a frame and moves focus into it; the frame focuses its first field (frame.ts). */
  async function openFrame(el: El, form: 'exact' | 'callback') {
    el._frameFor = form
    await el.updateComplete
    el._frame?.focus()
  }

  function reset(el: El) {
    el._checkAbort?.abort()
    el._result = null
    el._problem = null
    el._payer = null
    el._query = ''
    el._plan = ''
    el._options = []
    el._searched = false
    el._dym = []
    el._exact = false
    el._announce = ''
    el.status = 'idle'
    void el.updateComplete.then(() => el._payerInput?.focus())
  }

  const host = (el: El): ViewHost => ({
    t: el._t,
    has: (k) => !!el._messages?.[k as MessageKey],
    locale: el._locale,
    level: el._level + 1,
    answer: el._result!,
    payerName: el._lastContext?.payerName ?? '',
    program: el._lastRequest?.program ?? 'substance_use',
    exactCheck: el.exactCheck,
    exact: el._exact,
    frameFor: el._frameFor,
    callbackSent: el._callbackSent,
    partner: el.partner ?? {},
    frameUrl: (form) => frameUrl(el, form),
    openFrame: (form) => void openFrame(el, form),
    callback: () => {
      el._fire('iop-callback-request', completeDetail(el))
      // Contact details are typed in the checker's frame, like the member ID (DESIGN.md §4).
      void openFrame(el, 'callback')
    },
    reset: () => reset(el),
  })

  /** Loading, error or result, below the form. */
  function outcome(el: El): TemplateResult | symbol {
    if (el.status === 'loading') {
      const [, key, pct] = STEPS[el._step]!
      return html`<section class="loading" aria-busy="true">
        <p>${el._t(key)}</p>
        <progress class="progress" max="100" .value=${pct} aria-label=${el._t(key)}></progress>
      </section>`
    }
    if (el._problem) return renderError(el, el._problem as CheckProblem)
    if (el._result) return answer(host(el))
    return nothing
  }

  /** A message from the open frame (exactly its origin and window), or nothing. */
  function message(el: El, e: MessageEvent) {
    const frame = el._frame
    if (!frame || !isFromExpected(e, apiOrigin(el), frame.contentWindow)) return
    const m = parseFrameMessage(e.data)
    if (!m) return
    if (m.type === MSG.ready) {
      frame.contentWindow!.postMessage({ ...completeDetail(el), type: MSG.context }, apiOrigin(el))
    } else if (m.type === MSG.resize) {
      el._frameHeight = m.height
    } else if (m.type === MSG.lead) {
      const { payerId, state, program } = el._lastContext!
      el._callbackSent = true
      el._frameFor = ''
      el._fire('iop-lead-submitted', { leadId: m.leadId, payerId, state, program })
    } else {
      // The exact check's one answer, composed by the API with the partner's contract: shown as
      // it is, with no second check and nothing recomposed here (DESIGN.md "The one answer").
      el._fire('iop-exact-check-complete', { answer: m.answer })
      el._exact = true
      el._frameFor = ''
      el._checkAbort?.abort()
      void show(el, m.answer)
    }
  }

  return { run, outcome, message }
}
