/**
 * @module
 * The demo page: what a partner treatment center's IOP page looks like with the checker
 * embedded by one script tag. Served under a strict CSP, the same one partners are told to use.
 */
import { html, raw } from 'hono/html'

export const WIDGET_PATH = '/widget/v1/iop-coverage-checker.js'

/** What the demo partner shows as its call to action (read by /demo/demo.js). */
export type DemoPartner = { name: string; phone: string | null }

export const demoPage = (siteKey: string, partner: DemoPartner) => html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Intensive Outpatient Program · Sunrise Recovery Center</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo/demo.css" />
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="/">Sunrise Recovery Center</a>
      <nav aria-label="Main">
        <a href="#program">Our IOP</a>
        <a href="#insurance">Insurance</a>
        <a href="#contact">Contact</a>
      </nav>
    </header>
    <main>
      <section class="hero" id="program">
        <h1>Intensive Outpatient Program</h1>
        <p>
          Structured treatment for substance use and mental health, three hours a day, three to five
          days a week, while you keep living at home, working or studying. Day and evening tracks.
        </p>
        <ul class="facts">
          <li><strong>9–15 hours</strong> of care a week</li>
          <li><strong>8–12 weeks</strong>, at your pace</li>
          <li><strong>Group, individual</strong> and family therapy</li>
        </ul>
      </section>
      <section class="insurance" id="insurance">
        <h2>Does my insurance cover IOP?</h2>
        <p>Most do: employer and Marketplace plans, Medicaid in most states, Medicare and TRICARE. See what yours pays, and what you would owe.</p>
        <script type="module" src="${WIDGET_PATH}"></script>
        <script type="module" src="/demo/demo.js"></script>
        <script type="application/json" id="partner-config">${raw(JSON.stringify({ name: partner.name, phone: partner.phone, callback: true }).replace(/</g, '\\u003c'))}</script>
        <iop-coverage-checker site-key="${siteKey}" exact-check></iop-coverage-checker>
        <p class="callback-note" id="callback-note" hidden>Thanks! Our admissions team will call you back within one business hour.</p>
      </section>
      <section class="contact" id="contact">
        <h2>Talk to admissions</h2>
        <p>Call <a href="tel:+18005550100">(800) 555-0100</a>, any day, 7am–10pm.</p>
      </section>
    </main>
    <footer>Sunrise Recovery Center is a fictional program used to demonstrate the IOP Coverage Checker.</footer>
  </body>
</html>`

/** The policy the demo page is served with: no inline script or style, no eval. */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ')
