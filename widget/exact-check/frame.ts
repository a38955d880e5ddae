/**
 * @module
 * Script of the exact-check frame (`GET /widget/v1/exact-check`, served from the checker's own
 * origin). The member ID, name and date of birth are typed here, sent only to the checker's API
 * (same origin), and never posted to the host page: the host receives `toBenefitsSummary(…)`.
 * Plain DOM, no Lit: this is a separate, tiny bundle, and a strict CSP with Trusted Types
 * applies (no innerHTML anywhere).
 */
import { en } from '../i18n/en'
import { es } from '../i18n/es'
import { pickLocale, type MessageKey } from '../i18n'
import { FRAME_MESSAGES, type FrameMessageKey } from './messages'
import { MSG, isFromExpected, parseHostMessage, toBenefitsSummary, type HostContext } from './protocol'

// A constructable stylesheet: no inline <style>, so the frame's CSP needs no 'unsafe-inline'.
const sheet = new CSSStyleSheet()
sheet.replaceSync(`
:root{color-scheme:light dark;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c2530;background:transparent}
@media (prefers-color-scheme:dark){:root{color:#e6eaee}input{background:#1a222b;color:inherit}}
body{margin:0;padding:2px}form{display:grid;gap:.875rem}.row{display:grid;gap:.875rem;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.field{display:grid;gap:.25rem}label{font-weight:600;font-size:.9375em}
input{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid #8d9aa7;border-radius:8px;box-sizing:border-box;width:100%}
:focus-visible{outline:3px solid #0a7c66;outline-offset:1px}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:999px;border:0;background:#0a7c66;color:#fff;justify-self:start;cursor:pointer}
.hint,.status{margin:0;font-size:.875em;color:#52606d}@media (prefers-color-scheme:dark){.hint,.status{color:#a7b3bf}}
`)
document.adoptedStyleSheets = [sheet]

const root = document.getElementById('app') as HTMLElement
/** The host page's origin, validated by the Worker against the partner's registered origins. */
const HOST = root.dataset.hostOrigin ?? ''
const SITE_KEY = root.dataset.siteKey ?? ''
const locale = pickLocale(root.dataset.locale, document.documentElement.lang)
const t = (k: MessageKey | FrameMessageKey) =>
  k in FRAME_MESSAGES.en ? FRAME_MESSAGES[locale][k as FrameMessageKey] : (locale === 'es' ? es : en)[k as MessageKey]
let context: HostContext = { payerId: null, payerName: '', state: '', program: 'substance_use' }

const post = (message: object) => {
  // Exact target origin: the browser drops the message if the parent is anything else.
  if (HOST && window.parent !== window) window.parent.postMessage(message, HOST)
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

const field = (id: string, label: FrameMessageKey, props: Partial<HTMLInputElement>) =>
  el('div', { className: 'field' }, el('label', { htmlFor: id }, t(label)), el('input', { id, name: id, required: true, ...props }))

const status = el('p', { className: 'status' })
status.setAttribute('role', 'status')
const submit = el('button', { type: 'submit', className: 'primary' }, t('exactSubmit'))
const form = el(
  'form',
  { noValidate: false },
  field('memberId', 'memberId', { autocomplete: 'off', maxLength: 40, spellcheck: false }),
  el(
    'div',
    { className: 'row' },
    field('firstName', 'firstName', { autocomplete: 'given-name', maxLength: 60 }),
    field('lastName', 'lastName', { autocomplete: 'family-name', maxLength: 60 }),
  ),
  field('dob', 'dob', { type: 'date', autocomplete: 'bday' as AutoFill }),
  el('p', { className: 'hint' }, t('exactPrivacy')),
  submit,
  status,
)
root.append(form)

form.addEventListener('submit', async (e) => {
  e.preventDefault()
  const data = new FormData(form)
  submit.disabled = true
  status.textContent = t('checking')
  try {
    const res = await fetch('/v1/eligibility/checks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Site-Key': SITE_KEY },
      // The EligibilityCheckRequest of DESIGN.md §3 (worker/http/schemas/eligibility.ts on main).
      body: JSON.stringify({
        payer: context.payerId ? { id: context.payerId } : context.payerName,
        memberId: data.get('memberId'),
        firstName: data.get('firstName'),
        lastName: data.get('lastName'),
        dateOfBirth: data.get('dob'),
        program: context.program,
        ...(context.state ? { state: context.state } : {}),
      }),
    })
    if (!res.ok) throw new Error(String(res.status))
    const summary = toBenefitsSummary(await res.json())
    form.reset() // PHI does not linger in the frame either
    status.textContent = t('exactDone').replace('{payer}', summary.payerName ?? '')
    post({ type: MSG.summary, summary })
  } catch {
    status.textContent = t('exactUnavailable')
  } finally {
    submit.disabled = false
  }
})

window.addEventListener('message', (e) => {
  if (!isFromExpected(e, HOST, window.parent)) return
  const c = parseHostMessage(e.data)
  if (c) context = c
})

new ResizeObserver(() => post({ type: MSG.resize, height: document.documentElement.scrollHeight })).observe(
  document.body,
)
post({ type: MSG.ready })
