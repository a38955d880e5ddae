// An esbuild plugin that removes the whitespace and comments in Lit's `html`, `svg` and `css`
// tagged templates, which esbuild's minifier leaves alone (they are string contents). Expressions
// inside `${…}` are copied untouched (nested tagged templates are minified too). It scans
// tokens rather than using a regex over the file, so quotes and braces inside expressions are
// respected. Only for code we write in widget/: Lit itself ships minified.
import { readFile } from 'node:fs/promises'

const TAGS = /(?:^|[^\w$.])(html|svg|css)$/

/** CSS outside strings: comments out, whitespace around punctuation out, runs to one space. */
const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')

/** Quoted CSS strings (`content: '  '`, `url("a b")`) are copied as they are. */
const CSS_STRING = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/

/**
 * HTML text: comments out; whitespace that contains a line break and sits between two tags is
 * source formatting and goes (as JSX treats it); any other run of whitespace becomes one space,
 * so `<strong>${n}</strong> <em>weeks</em>` keeps the space a reader sees.
 */
const squeezeHtml = (text) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s+/g, ' ')

/** `<pre>` and `<textarea>` keep their whitespace: it is their content. */
const RAW_OPEN = /<(pre|textarea)\b/i

/**
 * Minifies the static text of one template part. `state.raw` carries an open `<pre>` or
 * `<textarea>` across the `${…}` boundaries of one template.
 */
function squeeze(text, tag, state = { raw: null }) {
  if (tag === 'css') {
    return text
      .split(CSS_STRING)
      .map((part, i) => (i % 2 ? part : squeezeCss(part)))
      .join('')
  }
  let out = ''
  let rest = text
  while (rest) {
    if (state.raw) {
      const close = rest.search(new RegExp(`</${state.raw}\\s*>`, 'i'))
      if (close < 0) return out + rest
      out += rest.slice(0, close)
      rest = rest.slice(close)
      state.raw = null
      continue
    }
    const m = RAW_OPEN.exec(rest)
    if (!m) return out + squeezeHtml(rest)
    // The '<' of the raw element is part of the text before it, for the between-tags rule.
    out += squeezeHtml(rest.slice(0, m.index + 1)).slice(0, -1)
    const tagEnd = rest.indexOf('>', m.index)
    const end = tagEnd < 0 ? rest.length : tagEnd + 1
    out += rest.slice(m.index, end)
    rest = rest.slice(end)
    state.raw = m[1].toLowerCase()
  }
  return out
}

/** Returns the index just past the string/template starting at `i` (quote char at `s[i]`). */
function skipString(s, i) {
  const q = s[i]
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++
    else if (s[j] === q) return j + 1
  }
  return s.length
}

/**
 * Copies `s` from `i` up to the matching close of an expression or file end; returns
 * [output, index]. `depth` counts braces within a `${…}`.
 */
function scanCode(s, i, inExpr) {
  let out = ''
  let depth = 0
  while (i < s.length) {
    const c = s[i]
    if (c === "'" || c === '"') {
      const e = skipString(s, i)
      out += s.slice(i, e)
      i = e
    } else if (c === '/' && s[i + 1] === '/') {
      const e = s.indexOf('\n', i)
      const end = e < 0 ? s.length : e
      out += s.slice(i, end)
      i = end
    } else if (c === '/' && s[i + 1] === '*') {
      const e = s.indexOf('*/', i + 2) + 2
      out += s.slice(i, e)
      i = e
    } else if (c === '`') {
      const m = out.match(TAGS)
      const [body, e] = scanTemplate(s, i + 1, m ? m[1] : null)
      out += '`' + body + '`'
      i = e
    } else if (c === '{') {
      depth++
      out += c
      i++
    } else if (c === '}') {
      if (inExpr && depth === 0) return [out, i]
      depth--
      out += c
      i++
    } else {
      out += c
      i++
    }
  }
  return [out, i]
}

/** Scans a template body from `i` (after the backtick); returns [body, index after closing]. */
function scanTemplate(s, i, tag) {
  let out = ''
  let text = ''
  const state = { raw: null }
  const flush = () => {
    out += tag ? squeeze(text, tag, state) : text
    text = ''
  }
  while (i < s.length) {
    const c = s[i]
    if (c === '\\') {
      text += s.slice(i, i + 2)
      i += 2
    } else if (c === '`') {
      flush()
      return [out, i + 1]
    } else if (c === '$' && s[i + 1] === '{') {
      flush()
      const [expr, e] = scanCode(s, i + 2, true)
      out += '${' + expr + '}'
      i = e + 1
    } else {
      text += c
      i++
    }
  }
  flush()
  return [out, i]
}

export const minifyTemplates = (source) => scanCode(source, 0, false)[0]

/** esbuild plugin: apply `minifyTemplates` to the widget's own TypeScript files. */
export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /\/widget\/.*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }))
  },
}
