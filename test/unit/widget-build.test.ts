// Build-time pieces of the widget: the Lit template minifier (it rewrites our source, so it must
// never touch anything but the static text of html/svg/css literals) and the locale helpers.
import { describe, expect, it } from 'vitest'
import { minifyTemplates } from '../../scripts/minify-templates.mjs'
import { en } from '../../widget/i18n/en'
import { es } from '../../widget/i18n/es'
import { fill, pickLocale } from '../../widget/i18n'

describe('minifyTemplates', () => {
  it.each([
    ['html whitespace between tags', 'html`<div>\n    <p>a</p>\n  </div>`', 'html`<div><p>a</p></div>`'],
    ['html runs of spaces in text', 'html`<p>a    b</p>`', 'html`<p>a b</p>`'],
    ['svg like html', 'svg`<g>\n  <rect />\n</g>`', 'svg`<g><rect /></g>`'],
    ['css whitespace and comments (a leading run becomes one space)', 'css`\n  a {\n    color: red; /* why */\n  }\n`', 'css` a{color:red}`'],
    ['css descendant selectors keep one space', 'css`.a   .b > .c { x: 1 }`', 'css`.a .b>.c{x:1}`'],
    ['expressions untouched', 'html`<p>  ${a ? "x   y" : `  z  `}  </p>`', 'html`<p> ${a ? "x   y" : `  z  `} </p>`'],
    ['nested tagged templates', 'html`<ul>\n ${xs.map((x) => html`<li>\n ${x} </li>`)}\n</ul>`', 'html`<ul> ${xs.map((x) => html`<li> ${x} </li>`)} </ul>`'],
    ['braces in expression strings', 'html`<p> ${"}"} </p>`', 'html`<p> ${"}"} </p>`'],
    ['untagged templates left alone', 'const s = `a    b\n  c`', 'const s = `a    b\n  c`'],
    ['a property named html is not a tag', 'o.html`a    b`', 'o.html`a    b`'],
    ['strings and comments outside templates', "const q = 'html`  x`' // html`  y`\n", "const q = 'html`  x`' // html`  y`\n"],
  ])('%s', (_, source, expected) => {
    expect(minifyTemplates(source)).toBe(expected)
  })
})

describe('locale helpers', () => {
  it.each([
    ['es', 'en', 'es'],
    ['', 'es-MX', 'es'],
    ['', 'es', 'es'],
    ['en', 'es', 'en'],
    ['', 'fr', 'en'],
    ['', '', 'en'],
    ['', 'estonian-ish', 'en'],
  ])('pickLocale(%j, page lang %j) → %s', (explicit, page, expected) => {
    expect(pickLocale(explicit, page)).toBe(expected)
  })

  it('fills placeholders and leaves text without them alone', () => {
    expect(fill('Week {n} of {total}', { n: 3, total: 12 })).toBe('Week 3 of 12')
    expect(fill('No placeholders')).toBe('No placeholders')
  })

  it('has the same placeholders in English and Spanish for every message', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(es[key]), key).toEqual(names(en[key]))
    }
  })

  it('lists the same 56 states and territories in both languages', () => {
    const codes = (s: string) => s.split('|').map((x) => x.slice(0, 2)).sort()
    expect(codes(en.states)).toHaveLength(56)
    expect(codes(es.states)).toEqual(codes(en.states))
  })
})
