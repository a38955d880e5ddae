// Build-time pieces of the widget: the Lit template minifier (it rewrites our source, so it must
// never touch anything but the static text of html/svg/css literals) and the locale helpers.
import { describe, expect, it } from 'vitest'
import { minifyTemplates } from '../../scripts/minify-templates.mjs'
import { en, form as enForm, view as enView } from '../../widget/i18n/en'
import { es, form as esForm, view as esView } from '../../widget/i18n/es'
import { fill, pickLocale } from '../../widget/i18n'

describe('minifyTemplates', () => {
  it.each([
    ['html whitespace between tags', 'html`<div>\n    <p>a</p>\n  </div>`', 'html`<div><p>a</p></div>`'],
    // A space between inline elements is text a reader sees ("3 weeks", not "3weeks").
    ['a space between inline tags is kept', 'html`<p><strong>${n}</strong> <em>weeks</em></p>`', 'html`<p><strong>${n}</strong> <em>weeks</em></p>`'],
    ['a run of spaces between inline tags becomes one', 'html`<b>a</b>   <i>b</i>`', 'html`<b>a</b> <i>b</i>`'],
    ['<pre> keeps its whitespace, across expressions', 'html`<div>\n  <pre>  a\n   b ${x}  c\n</pre>\n  <p>x   y</p>\n</div>`', 'html`<div><pre>  a\n   b ${x}  c\n</pre><p>x y</p></div>`'],
    ['<textarea> keeps its whitespace', 'html`<textarea>\n  keep   this </textarea>`', 'html`<textarea>\n  keep   this </textarea>`'],
    ['css content strings are left alone', "css`.q::before { content: '  \\201C  : ;'; }`", "css`.q::before{content:'  \\201C  : ;'}`"],
    ['css double-quoted strings too', 'css`a { font-family: "Open   Sans", serif }`', 'css`a{font-family:"Open   Sans",serif}`'],
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

  it.each([
    // [explicit, page lang, navigator.languages, expected]
    ['', 'en', ['es-MX', 'en-US'], 'es'], // a Spanish browser on an English page
    ['', 'es', ['en-US'], 'en'], // the visitor's browser before the page
    ['', 'es', ['fr-FR', 'de'], 'es'], // no language the widget speaks: the page's
    ['', '', ['fr-FR', 'es-419'], 'es'], // the first one it speaks
    ['en', 'es', ['es-MX'], 'en'], // an explicit locale (attribute or switch) wins
    ['', '', [], 'en'],
  ] as const)('pickLocale(%j, %j, %j) → %s', (explicit, page, browser, expected) => {
    expect(pickLocale(explicit, page, browser)).toBe(expected)
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

  it('splits each language into the same form and view catalogs, with no key in both', () => {
    expect(Object.keys(esForm).sort()).toEqual(Object.keys(enForm).sort())
    expect(Object.keys(esView).sort()).toEqual(Object.keys(enView).sort())
    expect(Object.keys(enForm).filter((k) => k in enView)).toEqual([])
  })

  it('lists the same 56 states and territories in both languages', () => {
    const codes = (s: string) => s.split('|').map((x) => x.slice(0, 2)).sort()
    expect(codes(en.states)).toHaveLength(56)
    expect(codes(es.states)).toEqual(codes(en.states))
  })
})
