// An esbuild plugin that removes the whitespace and comments in Lit's `html`, `svg` and `css`
// tagged templates, which esbuild's minifier leaves alone (they are string contents). Expressions
// inside `${…}` are copied untouched (nested tagged templates are minified too). It scans
// tokens rather than using a regex over the file, so quotes and braces inside expressions are
// respected. Only for code we write in widget/: Lit itself ships minified.
import { readFile } from 'node:fs/promises'

const TAGS = /(?:^|[^\w$.])(html|svg|css)$/

/** Minifies the static text of one template part. */
function squeeze(text, tag) {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
  }
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').replace(/>\s+</g, '><')
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
  const flush = () => {
    out += tag ? squeeze(text, tag) : text
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
