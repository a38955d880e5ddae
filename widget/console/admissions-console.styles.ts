/** @module Styles of `<iop-admissions-console>`, screen and print. */
import { css } from 'lit'

export const consoleStyles = css`
  :host {
    display: block;
    color: #1f2933;
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --accent: #0a6c5a;
    --line: #d8dee4;
    --muted: #57606a;
    --bg: #f6f8fa;
  }
  * { box-sizing: border-box; }
  h1, h2, h3 { line-height: 1.2; margin: 0; }
  h2 { font-size: 1.35rem; }
  h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
  h4 { font-size: 0.9rem; margin: 0.9rem 0 0.35rem; }
  .page-h { font-size: 1.35rem; margin-bottom: 0.5rem; }
  .topbar {
    display: flex; align-items: center; justify-content: space-between; gap: 1rem;
    padding: 0.75rem 1.5rem; background: #0f2e2a; color: #fff;
  }
  .topbar h1 { font-size: 1.1rem; font-weight: 650; }
  .topbar .who { font-size: 0.9rem; opacity: 0.85; }
  nav { display: flex; gap: 0.25rem; padding: 0 1.5rem; border-bottom: 1px solid var(--line); background: #fff; }
  nav button {
    border: 0; background: none; padding: 0.75rem 0.9rem; font: inherit; color: var(--muted);
    border-bottom: 3px solid transparent; cursor: pointer;
  }
  nav button[aria-current='page'] { color: #111; border-bottom-color: var(--accent); font-weight: 600; }
  main { padding: 1.25rem 1.5rem 2rem; max-width: 1200px; }
  .card {
    background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem;
  }
  .signin { max-width: 26rem; margin: 4rem auto; }
  .signin p { color: var(--muted); font-size: 0.9rem; }
  label { display: block; font-weight: 600; font-size: 0.9rem; margin-bottom: 0.25rem; }
  input, select, textarea {
    font: inherit; width: 100%; padding: 0.45rem 0.6rem; border: 1px solid #8c959f; border-radius: 6px;
    background: #fff;
  }
  textarea { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; min-height: 7rem; }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible {
    outline: 3px solid var(--accent); outline-offset: 1px;
  }
  .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 500; }
  .check input { width: auto; }
  button.primary, button.secondary {
    font: inherit; font-weight: 600; border-radius: 6px; padding: 0.5rem 0.95rem; cursor: pointer;
  }
  button.primary { background: var(--accent); color: #fff; border: 1px solid var(--accent); }
  button.secondary { background: #fff; color: #1f2933; border: 1px solid #8c959f; }
  button:disabled { opacity: 0.6; cursor: default; }
  .row { display: flex; gap: 0.75rem; align-items: end; flex-wrap: wrap; margin-top: 1rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem 1rem; }
  fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem 1rem; margin: 0 0 1rem; }
  legend { font-weight: 650; padding: 0 0.35rem; }
  .toolbar.sheet-tools { max-width: 8.5in; margin: 0 auto 0.75rem; }
  .toolbar { display: flex; justify-content: space-between; align-items: center; margin-bottom: 0.75rem; gap: 1rem; }
  .hint { color: var(--muted); font-size: 0.85rem; margin: 0.25rem 0 0; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  thead th { font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); background: var(--bg); }
  td small { display: block; color: var(--muted); }
  .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.85em; }
  .badge {
    display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600;
    background: #eaeef2; color: #24292f; white-space: nowrap;
  }
  .badge[data-status='covered'], .badge[data-status='delivered'], .badge[data-status='active'] { background: #dafbe1; color: #116329; }
  .badge[data-status='covered_with_conditions'], .badge[data-status='pending'] { background: #fff8c5; color: #7d4e00; }
  .badge[data-status='not_covered'], .badge[data-status='failed'], .badge[data-status='inactive'], .badge[data-status='rejected'] { background: #ffebe9; color: #a40e26; }
  [role='alert'] { background: #ffebe9; border: 1px solid #ff8182; color: #82071e; padding: 0.6rem 0.8rem; border-radius: 6px; margin: 0 0 1rem; }
  [role='status']:not(:empty) { background: #ddf4ff; border: 1px solid #54aeff; padding: 0.6rem 0.8rem; border-radius: 6px; margin: 0 0 1rem; }
  .empty { color: var(--muted); padding: 1.5rem; text-align: center; }
  .result { margin-top: 1rem; }
  details.card-ish { margin: 0 0 1rem; }
  details.card-ish > summary { cursor: pointer; font-weight: 600; margin-bottom: 0.75rem; }

  /* Wide tables scroll inside their own region: the page never scrolls sideways. */
  .scroll-region { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 8px; }
  .scroll-region:focus-visible { outline: 3px solid var(--accent); }
  table.leads { min-width: 60rem; }
  table.leads select, table.leads input { min-width: 8rem; }

  /* Payer typeahead. */
  .combo { position: relative; }
  .combo [role='listbox'] {
    position: absolute; z-index: 2; left: 0; right: 0; margin: 0.15rem 0 0; padding: 0.25rem 0; list-style: none;
    background: #fff; border: 1px solid #8c959f; border-radius: 6px; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.12);
    max-height: 16rem; overflow-y: auto;
  }
  .combo [role='option'] { padding: 0.4rem 0.6rem; cursor: pointer; }
  .combo [role='option'] small { display: block; color: var(--muted); }
  .combo [role='option'][aria-selected='true'] { background: #ddf4ff; }

  /* A 271 transaction and the answer. */
  .tx { margin: 0 0 1rem; }
  .tx h3 { margin-top: 0; display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
  .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.4rem 1.25rem; margin: 0 0 0.75rem; }
  .facts dt { color: var(--muted); font-size: 0.8rem; }
  .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .facts .line { display: block; font-weight: 500; }
  table.iop caption { text-align: left; font-weight: 650; padding: 0.25rem 0; }
  table.iop th[scope='row'] { font-weight: 500; }
  .eb summary { cursor: pointer; margin-top: 0.5rem; }
  .eb-lines { margin: 0.4rem 0 0; padding-left: 1.4rem; font-size: 0.85rem; }
  .eb-lines li { margin: 0.15rem 0; }
  .msg { display: block; color: var(--muted); font-style: italic; }
  .rejection { border-left: 4px solid #cf222e; background: #fff5f5; padding: 0.6rem 0.9rem; margin: 0 0 0.75rem; border-radius: 6px; }
  .rejection p { margin: 0.2rem 0; }
  .rejection ul { margin: 0.2rem 0; }
  .verdict { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin: 0 0 0.75rem; }
  .verdict .badge { font-size: 0.95rem; }
  .origin { color: var(--muted); font-size: 0.8em; }
  .no-price { font-weight: 600; }
  .conditions, .assumptions { margin: 0; padding-left: 1.2rem; }
  .origins { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.2rem 1rem; margin: 0; font-size: 0.85rem; }
  .origins div { display: flex; justify-content: space-between; gap: 0.5rem; border-bottom: 1px dotted var(--line); }
  .origins dt { color: var(--muted); }
  .origins dd { margin: 0; }
  .sources { margin: 0; padding-left: 1.2rem; font-size: 0.85rem; }
  .sources a { color: #0a5b4c; }

  @media (max-width: 40rem) {
    .topbar { flex-direction: column; align-items: flex-start; padding: 0.75rem 1rem; }
    nav { overflow-x: auto; padding: 0 0.5rem; }
    main { padding: 1rem 0.75rem 2rem; }
    .card { padding: 0.9rem; }
    .sheet { padding: 1rem; }
    .sheet-head { flex-direction: column; }
    .sheet-grid { grid-template-columns: 1fr; }
    .totals { grid-template-columns: 1fr 1fr; }
    table.iop { font-size: 0.85rem; }
  }

  /* The printable VOB summary: screen preview and paper. */
  .sheet {
    background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.75rem 2rem;
    max-width: 8.5in; margin: 0 auto;
  }
  .sheet-head { display: flex; justify-content: space-between; gap: 1.5rem; border-bottom: 2px solid #0f2e2a; padding-bottom: 0.75rem; }
  .eyebrow { margin: 0 0 0.25rem; font-size: 0.75rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); }
  .sheet-meta { display: grid; grid-template-columns: auto auto; gap: 0.1rem 0.75rem; margin: 0; font-size: 0.85rem; }
  .sheet-meta div { display: contents; }
  .sheet-meta dt { color: var(--muted); }
  .sheet-meta dd { margin: 0; }
  .sheet-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; margin: 1rem 0 0; }
  .sheet-grid div { display: flex; justify-content: space-between; gap: 1rem; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  .sheet-grid dt { color: var(--muted); }
  .sheet-grid dd { margin: 0; font-weight: 600; text-align: right; }
  .benefits th[scope='row'] { font-weight: 500; }
  .totals { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0.75rem; }
  .totals div { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.8rem; }
  .totals span { display: block; font-size: 0.8rem; color: var(--muted); }
  .totals strong { font-size: 1.25rem; }
  .notes { white-space: pre-wrap; margin: 0; }
  .sheet-foot { margin-top: 1.5rem; padding-top: 0.6rem; border-top: 1px solid var(--line); font-size: 0.75rem; color: var(--muted); }

  .sheet-cols { columns: 2 18rem; column-gap: 1.5rem; }
  .sheet-cols h4 { break-after: avoid; }
  .sheet .tx { border: 0; padding: 0; }

  @media print {
    /*
     * One Letter page. Every size is in pt or em here: rem would follow the host page's root
     * font, not this sheet. The answer's details run in three columns, the EB lines in two, and
     * origins and sources read as running lists.
     */
    :host { color: #000; }
    .topbar, nav, .no-print, [role='status'] { display: none !important; }
    main { padding: 0; max-width: none; }
    .sheet { border: 0; border-radius: 0; padding: 0; max-width: none; font-size: 7.5pt; line-height: 1.22; }
    .sheet * { font-size: inherit; }
    .sheet h2 { font-size: 12pt; }
    .sheet h3 { font-size: 9pt; margin: 0.5em 0 0.2em; }
    .sheet h4 { font-size: 7.5pt; margin: 0.4em 0 0.1em; }
    .sheet .eyebrow { font-size: 6.5pt; margin: 0; }
    .sheet-head { padding-bottom: 0.3em; }
    .sheet-meta { font-size: 7.5pt; }
    .sheet-grid { margin-top: 0.3em; gap: 0 1em; grid-template-columns: repeat(3, 1fr); }
    .sheet-grid div { padding: 0.1em 0; }
    .badge { border: 1px solid #000; background: none !important; color: #000 !important; padding: 0 0.4em; }
    .verdict { margin: 0 0 0.3em; gap: 0.75em; }
    .verdict .badge { font-size: 9pt; }
    .totals { gap: 0.5em; }
    .totals div { padding: 0.15em 0.4em; break-inside: avoid; }
    .totals span { font-size: 6.5pt; }
    .totals strong { font-size: 10pt; }
    .sheet ul, .sheet ol { padding-left: 1.1em; margin: 0; }
    .sheet-cols { columns: 3; column-gap: 1.2em; font-size: 6.8pt; }
    .origins, .sources { display: block; }
    .origins div { display: inline; border: 0; }
    .origins dt, .origins dd { display: inline; margin: 0; }
    .origins dt::after { content: ': '; }
    .origins div:not(:last-child)::after { content: '; '; }
    .sources { padding-left: 0 !important; list-style: none; }
    .sources li { display: inline; }
    .sources li:not(:last-child)::after { content: '; '; }
    .sources a { color: #000; text-decoration: none; }
    .sheet .tx { margin: 0; }
    .facts { gap: 0 0.75em; margin-bottom: 0.2em; grid-template-columns: repeat(4, 1fr); }
    .facts dt { font-size: 6.3pt; }
    table.iop { width: auto; min-width: 60%; }
    table.iop caption { padding: 0; }
    th, td { padding: 0.05em 0.6em 0.05em 0; }
    thead th { background: none; font-size: 6.3pt; }
    .eb-lines { columns: 2; column-gap: 1.2em; font-size: 6.3pt; margin: 0; }
    .eb-lines li { margin: 0; break-inside: avoid; }
    .rejection { padding: 0.15em 0.5em; margin-bottom: 0.2em; }
    .sheet .notes { font-size: 7pt; }
    .sheet-foot { margin-top: 0.4em; padding-top: 0.2em; font-size: 6.3pt; }
  }
`
