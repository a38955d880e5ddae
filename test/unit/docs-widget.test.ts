// /docs "Embed the widget": plain HTML, React and WordPress, each pointing at this deployment's
// pinned bundle (or its API), with the widget README linked. In memory, through app.request().
import { beforeAll, describe, expect, it } from 'vitest'
import { PLAIN_ENV, appRequest } from '../support/app'

let text = ''
// The first request builds the OpenAPI document (every schema converted): slow on a busy machine.
beforeAll(async () => {
  const res = await appRequest('https://coverage.sunrise.example/docs', {}, PLAIN_ENV)
  expect(res.status).toBe(200)
  text = await res.text()
}, 60_000)
const page = async () => text
const section = (text: string, id: string) => text.slice(text.indexOf(`id="${id}"`), text.indexOf('</pre>', text.indexOf(`id="${id}"`)))

describe('/docs: embedding the widget', () => {
  it('lists the section in the contents and links the full reference', async () => {
    const text = await page()
    expect(text).toContain('<a href="#widget">Embed the widget</a>')
    expect(text).toContain('<a href="/docs/widget.md">the widget README</a>')
  })

  it('plain HTML: the pinned module of this version with an integrity hash, and the element', async () => {
    const html = section(await page(), 'widget-html')
    // Escaped, as text in <pre>: the page stays script-free.
    expect(html).toContain('&lt;script type=&quot;module&quot; src=&quot;https://coverage.sunrise.example/widget/v0.1.0-test/iop-coverage-checker.js&quot;')
    expect(html).toContain('integrity=&quot;sha384-')
    expect(html).toContain('&lt;iop-coverage-checker site-key=&quot;pk_live_…&quot;&gt;')
  })

  it('React: the @lit/react wrapper from the package, with the API base and an event callback', async () => {
    const react = section(await page(), 'widget-react')
    expect(react).toContain('from &#39;@iop-coverage/widget/react&#39;')
    expect(react).toContain('apiBase=&quot;https://coverage.sunrise.example&quot;')
    expect(react).toContain('onCheckComplete=')
  })

  it('WordPress: the module enqueued from the pinned URL and a shortcode', async () => {
    const wp = section(await page(), 'widget-wordpress')
    expect(wp).toContain('wp_enqueue_script_module(&#39;iop-coverage-checker&#39;, &#39;https://coverage.sunrise.example/widget/v0.1.0-test/iop-coverage-checker.js&#39;')
    expect(wp).toContain('add_shortcode(&#39;iop_coverage_checker&#39;')
  })
})
