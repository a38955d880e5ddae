/**
 * @module
 * Script of the checker-origin frame (`GET /widget/v1/exact-check?form=exact|callback`, served
 * from the checker's own origin). Two forms live here because both collect sensitive details of
 * someone seeking addiction or mental-health treatment: the exact check (member ID, name, date of
 * birth → `POST /v1/eligibility/checks`) and the callback request (name, phone, email →
 * `POST /v1/leads`). What is typed is sent only to the checker's API (same origin), never posted
 * to the host page: the host receives the exact check's one answer (the response's `coverageCheck`,
 * checked by `cleanAnswer`) or a lead id. Both submits carry a
 * Turnstile token (`X-Turnstile-Token`) from the widget rendered in `#turnstile`.
 * Plain DOM, no Lit: this is a separate, small bundle, and a strict CSP with Trusted Types
 * applies (no innerHTML anywhere).
 */
import { pickLocale } from '../i18n'
import { CONSENT_TEXT_VERSION, FRAME_MESSAGES, type FrameMessageKey } from './messages'
import { MSG, cleanAnswer, isFromExpected, parseHostMessage, type HostContext } from './protocol'

/** The part of Turnstile's client API the frame uses (developers.cloudflare.com/turnstile). */
type Turnstile = {
  render: (el: HTMLElement, o: { sitekey: string; callback: (token: string) => void; 'expired-callback'?: () => void; language?: string }) => string
  reset: (id: string) => void
}
declare global {
  interface Window {
    turnstile?: Turnstile
  }
}

// A constructable stylesheet: no inline <style>, so the frame's CSP needs no 'unsafe-inline'.
const sheet = new CSSStyleSheet()
sheet.replaceSync(`
:root{color-scheme:light dark;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1c2530;background:#fff}
@media (prefers-color-scheme:dark){:root{color:#e6eaee;background:#1a222b}input,select{background:#1a222b;color:inherit}}
body{margin:0;padding:.75rem}form{display:grid;gap:.875rem}.row{display:grid;gap:.875rem;align-items:start;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr))}
.field{display:grid;gap:.25rem}label{font-weight:600;font-size:.9375em}
input,select{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid #8d9aa7;border-radius:8px;box-sizing:border-box;width:100%}
.check{display:grid;grid-template-columns:auto 1fr;gap:.625rem;align-items:start}.check input{width:1.5rem;min-height:1.5rem;margin:.125rem 0 0}
.check label{font-weight:400}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
[aria-invalid=true]{border-color:#b42318;border-width:2px}.error{margin:0;font-size:.875em;color:#b42318}
@media (prefers-color-scheme:dark){.error{color:#ff9b91}[aria-invalid=true]{border-color:#ff9b91}}
:focus-visible{outline:3px solid #0a7c66;outline-offset:1px}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:999px;border:0;background:#0a7c66;color:#fff;justify-self:start;cursor:pointer}
.hint,.status,.fake-turnstile{margin:0;font-size:.875em;color:#52606d}@media (prefers-color-scheme:dark){.hint,.status,.fake-turnstile{color:#a7b3bf}}
`)
document.adoptedStyleSheets = [sheet]

const root = document.getElementById('app') as HTMLElement
/** The host page's origin, validated by the Worker against the partner's registered origins. */
const HOST = root.dataset.hostOrigin ?? ''
const SITE_KEY = root.dataset.siteKey ?? ''
const TURNSTILE_KEY = root.dataset.turnstileSiteKey ?? ''
const FORM = root.dataset.form === 'callback' ? 'callback' : 'exact'
const locale = pickLocale(root.dataset.locale, document.documentElement.lang)
const t = (k: FrameMessageKey) => FRAME_MESSAGES[locale][k]
let context: HostContext = { payerId: null, payerName: '', state: '', program: 'substance_use', status: null, patientPays: null }

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

/** A labelled control with a slot for its error (`#<id>-error`, referenced when shown). */
const field = (id: string, label: FrameMessageKey, control: HTMLInputElement | HTMLSelectElement, hint?: FrameMessageKey) => {
  Object.assign(control, { id, name: id })
  const box = el('div', { className: 'field' }, el('label', { htmlFor: id }, t(label)), control)
  if (hint) {
    box.append(el('p', { className: 'hint', id: `${id}-hint` }, t(hint)))
    control.setAttribute('aria-describedby', `${id}-hint`)
  }
  return box
}
const input = (props: Partial<HTMLInputElement>) => el('input', props)

const status = el('p', { className: 'status' })
status.setAttribute('role', 'status')
const alertBox = el('div', { className: 'error' })
alertBox.setAttribute('role', 'alert')
const turnstileBox = el('div', { id: 'turnstile' })

function buildExactForm() {
  return el(
    'form',
    {},
    field('memberId', 'memberId', input({ autocomplete: 'off', maxLength: 40, spellcheck: false, required: true })),
    el(
      'div',
      { className: 'row' },
      field('firstName', 'firstName', input({ autocomplete: 'given-name', maxLength: 35, required: true })),
      field('lastName', 'lastName', input({ autocomplete: 'family-name', maxLength: 60, required: true })),
    ),
    field('dob', 'dob', input({ type: 'date', autocomplete: 'bday' as AutoFill, required: true })),
    el('p', { className: 'hint' }, t('exactPrivacy')),
    turnstileBox,
    el('button', { type: 'submit' }, t('exactSubmit')),
    alertBox,
    status,
  )
}

function buildCallbackForm() {
  const time = el('select', { autocomplete: 'off' })
  for (const v of ['anytime', 'morning', 'afternoon', 'evening'] as const) time.append(el('option', { value: v }, t(v)))
  const consent = input({ type: 'checkbox', id: 'consent', name: 'consent', required: true })
  return el(
    'form',
    {},
    field('name', 'name', input({ autocomplete: 'name', maxLength: 120, required: true })),
    el(
      'div',
      { className: 'row' },
      field('phone', 'phone', input({ type: 'tel', autocomplete: 'tel', maxLength: 30 }), 'contactHint'),
      field('email', 'email', input({ type: 'email', autocomplete: 'email', maxLength: 254 })),
    ),
    field('preferredTime', 'preferredTime', time),
    el('div', { className: 'check' }, consent, el('label', { htmlFor: 'consent' }, t('consent'))),
    el('p', { className: 'hint' }, t('leadPrivacy')),
    turnstileBox,
    el('button', { type: 'submit' }, t('leadSubmit')),
    alertBox,
    status,
  )
}

// The frame is a document of its own: a heading names it (visually, the host's heading does).
root.append(el('h1', { className: 'visually-hidden' }, document.title))
const form = FORM === 'callback' ? buildCallbackForm() : buildExactForm()
form.noValidate = true // our own messages, beside each field, in the visitor's language
const submit = form.querySelector('button') as HTMLButtonElement
root.append(form)

// ── Turnstile: one token per submit (tokens are single-use; reset after each) ────────────────
let token = ''
let widgetId = ''
if (window.turnstile && TURNSTILE_KEY) {
  widgetId = window.turnstile.render(turnstileBox, {
    sitekey: TURNSTILE_KEY,
    language: locale,
    callback: (tk) => (token = tk),
    'expired-callback': () => (token = ''),
  })
}
const freshToken = () => {
  token = ''
  if (widgetId) window.turnstile?.reset(widgetId)
}

// ── field errors ──────────────────────────────────────────────────────────────────────────
/** API error paths → the frame's field ids. */
const FIELD_OF: Record<string, string> = { dateOfBirth: 'dob' }

function clearErrors() {
  alertBox.replaceChildren()
  for (const c of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    c.removeAttribute('aria-invalid')
    const hint = c.id === 'phone' ? 'phone-hint' : ''
    if (hint) c.setAttribute('aria-describedby', hint)
    else c.removeAttribute('aria-describedby')
  }
  for (const e of form.querySelectorAll('.field-error')) e.remove()
}

/** Marks fields invalid with a message beside each; focuses the first. */
function showFieldErrors(errors: Map<string, string>) {
  let first: HTMLElement | null = null
  for (const [id, message] of errors) {
    const control = form.querySelector<HTMLElement>(`#${id}`)
    if (!control) continue
    const note = el('p', { className: 'error field-error', id: `${id}-error` }, message)
    // Inside the field's own box (a grid cell in a row), or after the consent checkbox.
    const box = control.closest('.field')
    if (box) box.append(note)
    else (control.closest('.check') ?? control).after(note)
    control.setAttribute('aria-invalid', 'true')
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '))
    first ??= control
  }
  first?.focus()
}

/** Required fields left empty, by id. */
function missing(ids: string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const id of ids) {
    const c = form.querySelector<HTMLInputElement>(`#${id}`)!
    if (c.type === 'checkbox' ? !c.checked : !c.value.trim()) out.set(id, t(id === 'consent' ? 'consentRequired' : 'required'))
  }
  return out
}

type Problem = { status: number; code?: string; errors?: { path: string; message: string }[] }

async function send(path: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    // The API words its texts in the visitor's language (DESIGN.md "Language").
    headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, 'X-Site-Key': SITE_KEY, 'X-Turnstile-Token': token },
    body: JSON.stringify(body),
  })
}

/** Says what went wrong in the alert; field errors go beside their fields. */
function showProblem(p: Problem, fields: Map<string, string>) {
  const lines: string[] = []
  if (p.code === 'eligibility_rejected') {
    lines.push(t('fixFields'))
    if (p.errors?.some((e) => e.path === 'payer')) lines.push(t('fixPayer'))
  } else if (p.status === 429) lines.push(t('tooMany'))
  else if (p.code?.startsWith('turnstile_') && p.status === 403) lines.push(t('humanCheck'))
  else if (!fields.size) lines.push(t('exactUnavailable'))
  alertBox.replaceChildren(...lines.map((l) => el('p', {}, l)))
  showFieldErrors(fields)
}

// ── the two submits ───────────────────────────────────────────────────────────────────────
async function submitExact(data: FormData): Promise<void> {
  const res = await send('/v1/eligibility/checks', {
    payer: context.payerId ? { id: context.payerId } : context.payerName,
    memberId: data.get('memberId'),
    firstName: data.get('firstName'),
    lastName: data.get('lastName'),
    dateOfBirth: data.get('dob'),
    program: context.program,
    ...(context.state ? { state: context.state } : {}),
  })
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as Problem
    const fields = new Map<string, string>()
    for (const e of p.errors ?? []) {
      const id = FIELD_OF[e.path] ?? e.path
      if (form.querySelector(`#${id}`)) fields.set(id, p.code === 'eligibility_rejected' ? t('fieldCheck') : e.message)
    }
    return showProblem({ ...p, status: res.status }, fields)
  }
  // The one answer for the member, composed by the API with the partner's contract; the host
  // renders exactly it. An answer not of its shape is not shown half-way.
  const answer = cleanAnswer(((await res.json()) as { coverageCheck?: unknown }).coverageCheck)
  form.reset() // PHI does not linger in the frame either
  if (!answer) return showProblem({ status: 502 }, new Map())
  const payer = answer.payer?.name ?? context.payerName
  const manager = answer.coverage.behavioralHealthManager
  status.textContent =
    answer.member?.status === 'inactive'
      ? t('exactInactive').replace('{payer}', payer)
      : manager && answer.origins?.['coverage.behavioralHealthManager'] === 'payer_271'
        ? t('exactCarveOut').replace('{name}', manager.name)
        : t('exactDone').replace('{payer}', payer)
  post({ type: MSG.answer, answer })
}

async function submitCallback(data: FormData): Promise<void> {
  const opt = (k: string) => String(data.get(k) ?? '').trim() || undefined
  const c = context
  const res = await send('/v1/leads', {
    consent: data.get('consent') === 'on',
    consentTextVersion: CONSENT_TEXT_VERSION,
    name: opt('name'),
    phone: opt('phone'),
    email: opt('email'),
    preferredTime: opt('preferredTime'),
    context: {
      ...(c.payerId ? { payerId: c.payerId } : {}),
      ...(c.state ? { state: c.state } : {}),
      program: c.program,
      ...(c.status ? { coverageStatus: c.status } : {}),
      ...(c.patientPays !== null ? { patientPays: c.patientPays } : {}),
    },
  })
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as Problem
    const fields = new Map<string, string>()
    for (const e of p.errors ?? []) if (form.querySelector(`#${e.path}`)) fields.set(e.path, e.message)
    return showProblem({ ...p, status: res.status }, fields)
  }
  const { id } = (await res.json()) as { id: string }
  form.reset()
  status.textContent = t('leadDone')
  post({ type: MSG.lead, leadId: id })
}

form.addEventListener('submit', async (e) => {
  e.preventDefault()
  clearErrors()
  status.textContent = ''
  const data = new FormData(form)
  const empty =
    FORM === 'callback'
      ? missing(['name', 'consent', ...(opt(data, 'phone') || opt(data, 'email') ? [] : ['phone'])])
      : missing(['memberId', 'firstName', 'lastName', 'dob'])
  if (empty.size) return showFieldErrors(empty)
  if (!token) {
    alertBox.replaceChildren(el('p', {}, window.turnstile ? t('humanCheck') : t('exactUnavailable')))
    return
  }
  submit.disabled = true
  status.textContent = t('checking')
  try {
    await (FORM === 'callback' ? submitCallback(data) : submitExact(data))
    if (alertBox.childElementCount) status.textContent = ''
  } catch {
    status.textContent = ''
    alertBox.replaceChildren(el('p', {}, t('exactUnavailable')))
  } finally {
    submit.disabled = false
    freshToken()
  }
})

function opt(data: FormData, k: string): string {
  return String(data.get(k) ?? '').trim()
}

let focused = false
window.addEventListener('message', (e) => {
  if (!isFromExpected(e, HOST, window.parent)) return
  const c = parseHostMessage(e.data)
  if (c) context = c
  // The host moved focus to this frame when the visitor opened it: continue to the first field.
  if (c && !focused) {
    focused = true
    form.querySelector<HTMLElement>('input, select')?.focus()
  }
})

new ResizeObserver(() => post({ type: MSG.resize, height: document.documentElement.scrollHeight })).observe(
  document.body,
)
post({ type: MSG.ready })
