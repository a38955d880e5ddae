/**
 * @module
 * The "Embed the widget" section of /docs: the same `<iop-coverage-checker>` in plain HTML, in
 * React (the `@lit/react` wrapper of the npm package) and in WordPress, with links to the full
 * element reference (widget/README.md, served at /docs/widget.md) and its custom-elements.json.
 * Snippets are text in `<pre>`: the page stays script-free.
 */
import { html } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

type Html = HtmlEscapedString | Promise<HtmlEscapedString>

export const htmlEmbed = (origin: string, version: string) => `<!-- Pin the version; copy the integrity hash from ${origin}/widget/manifest.json -->
<script type="module" src="${origin}/widget/v${version}/iop-coverage-checker.js"
        integrity="sha384-…" crossorigin="anonymous"></script>
<style>iop-coverage-checker { display: block; min-height: 31rem; max-width: 40rem; }</style>

<iop-coverage-checker site-key="pk_live_…"></iop-coverage-checker>`

export const reactEmbed = (origin: string) => `// npm install @iop-coverage/widget lit @lit/react   (React 18 or 19)
// Serve the package's dist/view.js and dist/i18n/ beside your bundle: the element fetches them
// relative to its own module and checks their hashes (see the widget README, "The npm package").
import { IopCoverageChecker } from '@iop-coverage/widget/react'

export function InsuranceCheck() {
  return (
    <IopCoverageChecker
      siteKey="pk_live_…"
      apiBase="${origin}"
      partner={{ name: 'Sunrise Recovery', phone: '+18005550100', callback: true }}
      onCheckComplete={(e) => console.info('verdict', e.detail.status)}
    />
  )
}`

export const wordpressEmbed = (origin: string, version: string) => `// In a small plugin or the theme's functions.php: load the pinned module (WordPress cannot add
// integrity to module scripts; the pinned URL's bytes never change), then put
// [iop_coverage_checker] in a Shortcode block.
add_action('wp_enqueue_scripts', function () {
  wp_enqueue_script_module('iop-coverage-checker', '${origin}/widget/v${version}/iop-coverage-checker.js', [], null);
});
add_shortcode('iop_coverage_checker', fn () => '<iop-coverage-checker site-key="pk_live_…"></iop-coverage-checker>');
// Theme CSS (Appearance → Customize → Additional CSS) reserves the space:
//   iop-coverage-checker { display: block; min-height: 31rem; max-width: 40rem; }`

export function widgetSection(origin: string, version: string): Html {
  return html`<section id="widget">
    <h2>Embed the widget</h2>
    <p><code>&lt;iop-coverage-checker&gt;</code> is a web component: one module script and one element, on any page whose origin is registered for the site key (<code>allowedOrigins</code>). It works the same in every framework; the React wrapper only adds typed props and <code>on…</code> event callbacks. The full reference (attributes, properties, events, theming, CSP, accessibility) is <a href="/docs/widget.md">the widget README</a>; tools read <code>custom-elements.json</code> from the npm package <code>@iop-coverage/widget</code>.</p>
    <h3 id="widget-html">Plain HTML</h3>
    <pre><code>${htmlEmbed(origin, version)}</code></pre>
    <h3 id="widget-react">React</h3>
    <pre><code>${reactEmbed(origin)}</code></pre>
    <h3 id="widget-wordpress">WordPress</h3>
    <p>WordPress 6.5+ loads modules with <code>wp_enqueue_script_module</code>. Keep trackers and session-replay plugins off the page that shows the checker: visitors may type insurance details into it.</p>
    <pre><code>${wordpressEmbed(origin, version)}</code></pre>
  </section>`
}
