/**
 * @module
 * Styles of `<iop-coverage-checker>`. Public `--iop-*` custom properties (settable at `:root`
 * by the host page) feed private `--_*` ones with light and dark defaults; nothing leaks out of
 * the shadow root and only inherited font and color come in. Adopted as a constructable
 * stylesheet, so no `style-src 'unsafe-inline'` is needed.
 */
import { css } from 'lit'

const light = css`
  --_text: var(--iop-text, #1c2530);
  --_muted: var(--iop-muted, #52606d);
  --_surface: var(--iop-surface, #ffffff);
  --_surface-alt: var(--iop-surface-alt, #f4f6f8);
  --_border: var(--iop-border, #c3ccd5);
  --_accent: var(--iop-accent, #0a7c66);
  --_on-accent: var(--iop-on-accent, #ffffff);
  --_covered: var(--iop-covered, #0a6b57);
  --_covered-bg: var(--iop-covered-bg, #e3f4ee);
  --_conditions: var(--iop-conditions, #8a4b00);
  --_conditions-bg: var(--iop-conditions-bg, #fff1dc);
  --_not-covered: var(--iop-not-covered, #b42318);
  --_not-covered-bg: var(--iop-not-covered-bg, #fdecea);
  --_unknown: var(--iop-unknown, #3e4c59);
  --_unknown-bg: var(--iop-unknown-bg, #eceff3);
  --_error: var(--iop-error, #b42318);
  --_chart-patient: var(--iop-chart-patient, var(--_accent));
  --_chart-plan: var(--iop-chart-plan, #b7c6d4);
`

const dark = css`
  --_text: var(--iop-text, #e6eaee);
  --_muted: var(--iop-muted, #a7b3bf);
  --_surface: var(--iop-surface, #1a222b);
  --_surface-alt: var(--iop-surface-alt, #232d38);
  --_border: var(--iop-border, #3d4b59);
  --_accent: var(--iop-accent, #4cc3a5);
  --_on-accent: var(--iop-on-accent, #0b1a16);
  --_covered: var(--iop-covered, #6fdcbf);
  --_covered-bg: var(--iop-covered-bg, #10332b);
  --_conditions: var(--iop-conditions, #f5c06b);
  --_conditions-bg: var(--iop-conditions-bg, #3a2a10);
  --_not-covered: var(--iop-not-covered, #ff9b91);
  --_not-covered-bg: var(--iop-not-covered-bg, #3d1a17);
  --_unknown: var(--iop-unknown, #c9d2db);
  --_unknown-bg: var(--iop-unknown-bg, #2a3541);
  --_error: var(--iop-error, #ff9b91);
  --_chart-plan: var(--iop-chart-plan, #4f6172);
`

export const styles = css`
  :host {
    ${light}
    display: block;
    min-height: var(--iop-min-height, 31rem);
    max-width: var(--iop-max-width, 40rem);
    font-family: var(--iop-font, inherit);
    font-size: var(--iop-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light;
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--iop-radius, 14px);
    padding: clamp(1rem, 4vw, 1.5rem);
    box-shadow: var(--iop-shadow, 0 1px 2px rgb(16 24 40 / 6%), 0 4px 16px rgb(16 24 40 / 6%));
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .intro,
  .hint,
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0.25rem 0 0;
  }
  form {
    display: grid;
    gap: 1rem;
    margin-top: 1.25rem;
  }
  .row {
    display: grid;
    gap: 1rem;
    grid-template-columns: 1fr;
  }
  @container (min-width: 34rem) {
    .row {
      grid-template-columns: 1fr 1.4fr;
    }
  }
  .field {
    display: grid;
    gap: 0.25rem;
    position: relative;
    align-content: start;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.9375em;
    padding: 0;
  }
  .opt {
    font-weight: 400;
    color: var(--_muted);
  }
  input[type='text'],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  :focus-visible {
    outline: 3px solid var(--iop-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  input[type='text']:focus-visible,
  select:focus-visible {
    outline-offset: 0;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.875em;
    margin: 0;
    font-weight: 600;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 10px;
    box-shadow: 0 8px 24px rgb(16 24 40 / 16%);
    max-height: 16rem;
    overflow-y: auto;
  }
  .combo {
    position: relative;
  }
  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: 6px;
    cursor: pointer;
  }
  [role='option'] small {
    color: var(--_muted);
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_surface-alt);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .empty {
    padding: 0.5rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-weight: 500;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    accent-color: var(--_accent);
    margin: 0;
    width: 1.5rem;
    height: 1.5rem;
  }
  .lang {
    display: flex;
    gap: 0.25rem;
    float: right;
  }
  .lang button {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.125rem 0.625rem;
    font-size: 0.875em;
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .lang [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    cursor: pointer;
    text-decoration: none;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .submit {
    justify-self: start;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`
