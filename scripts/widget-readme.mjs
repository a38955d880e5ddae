// widget/README.md's API tables (attributes and properties, events, CSS parts), generated from
// widget/custom-elements.json, so the README says what the manifest says and the manifest what
// the element's class and JSDoc say. Type names the element's API uses (`Program`,
// `WidgetStatus`, `PartnerConfig`) are spelled out from the types widget/index.ts exports.
// Run by `npm run build:manifest` (after the analyzer) and scripts/build-widget-package.mjs;
// test/tools/widget-package.test.ts fails when the README is behind.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const README = `${ROOT}widget/README.md`
const MANIFEST = `${ROOT}widget/custom-elements.json`

/** The exported type aliases of widget/index.ts, each written out in full (`'a' | 'b'`). */
export function publicTypeAliases() {
  const program = ts.createProgram([`${ROOT}widget/index.ts`], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    experimentalDecorators: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  const entry = checker.getSymbolAtLocation(program.getSourceFile(`${ROOT}widget/index.ts`))
  const out = {}
  for (const sym of checker.getExportsOfModule(entry)) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym
    if (!(target.flags & ts.SymbolFlags.TypeAlias)) continue
    const type = checker.getDeclaredTypeOfSymbol(target)
    const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias
    // A union is written member by member, so a union of unions (`WidgetStatus`) reads flat.
    const text = type.isUnion() ? type.types.map((t) => checker.typeToString(t, undefined, flags)).join(' | ') : checker.typeToString(type, undefined, flags)
    out[sym.name] = text.replace(/"/g, "'").replace(/\?: ([^;]+) \| undefined;/g, '?: $1;')
  }
  return out
}

const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')
const code = (s) => (s ? `\`${s}\`` : '')

/** The markdown of each generated block, by block name. */
export function renderTables(manifest, aliases = publicTypeAliases()) {
  const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'iop-coverage-checker')
  if (!el) throw new Error('custom-elements.json has no <iop-coverage-checker>')
  const type = (t) => {
    if (!t) return ''
    const full = aliases[t.text]
    // Short unions read better spelled out; object types keep their exported name.
    return full && !full.startsWith('{') ? code(full) : code(t.text)
  }
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static)
  const attributes = [
    '| Attribute | Property | Type | Default | |',
    '|---|---|---|---|---|',
    ...fields.map((m) =>
      `| ${m.attribute ? code(m.attribute) : '—'} | ${code(m.name)} | ${cell(type(m.type))} | ${m.default ? cell(code(m.default)) : '—'} | ${cell(m.description)} |`,
    ),
  ]
  const events = [
    '| Event | Class | When, and its `detail` |',
    '|---|---|---|',
    ...(el.events ?? []).map((e) => `| ${code(e.name)} | ${code(e.type?.text)} | ${cell(e.description)} |`),
  ]
  const parts = ['| Part | Element |', '|---|---|', ...(el.cssParts ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`)]
  const objects = Object.entries(aliases)
    .filter(([name, full]) => full.startsWith('{') && fields.some((m) => m.type?.text === name))
    .map(([name, full]) => `\`${name}\`: \`${full}\``)
  if (objects.length) attributes.push('', ...objects)
  return { attributes: attributes.join('\n'), events: events.join('\n'), parts: parts.join('\n') }
}

const marker = (name) => [`<!-- generated from custom-elements.json (scripts/widget-readme.mjs): ${name} -->`, `<!-- /generated: ${name} -->`]

/** The README with each generated block replaced; throws when a block's markers are missing. */
export function withTables(readme, tables) {
  let out = readme
  for (const [name, md] of Object.entries(tables)) {
    const [open, close] = marker(name)
    const a = out.indexOf(open)
    const b = out.indexOf(close)
    if (a < 0 || b < a) throw new Error(`widget/README.md lacks the markers of the generated "${name}" table`)
    out = `${out.slice(0, a + open.length)}\n${md}\n${out.slice(b)}`
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
  writeFileSync(README, withTables(readFileSync(README, 'utf8'), renderTables(manifest)))
  console.log('custom-elements.json → widget/README.md (attributes, events, parts)')
}
