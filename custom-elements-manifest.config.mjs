// `npm run build:manifest`: widget/custom-elements.json, the element's public API (attributes,
// properties, events, CSS parts and properties) read from its class and JSDoc, for editors,
// design tools and the React wrapper, and the source of widget/README.md's API tables
// (scripts/widget-readme.mjs). test/tools/widget-package.test.ts keeps both current.

/**
 * widget/index.ts registers the element with `define(tag = TAG)`, which the analyzer cannot
 * follow: name the definition after the `TAG` constant it declares. Events dispatched under a
 * computed name come out nameless; the JSDoc `@fires` lines already list them. Internal `_name`
 * members and state are dropped.
 */
function resolveTagFromConstant() {
  return {
    name: 'resolve-tag-from-constant',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules
      const tagConstant = modules.flatMap((m) => m.declarations ?? []).find((d) => d.kind === 'variable' && d.name === 'TAG')
      const tag = tagConstant?.default?.replace(/^['"]|['"]$/g, '')
      for (const mod of modules) {
        for (const exp of mod.exports ?? []) {
          if (exp.kind !== 'custom-element-definition' || !tag) continue
          exp.name = tag
          const decl = modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === exp.declaration.name)
          if (decl) decl.tagName = tag
        }
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name)
          // `_name` members are internal (reactive state, handlers; mangled in the CDN bundle and
          // left out of the package's .d.ts by scripts/widget-types.mjs): not public API here either.
          if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('_'))
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !(a.fieldName ?? a.name).startsWith('_'))
        }
      }
    },
  }
}

export default {
  globs: ['widget/iop-coverage-checker.ts', 'widget/index.ts'],
  outdir: 'widget',
  litelement: true,
  dependencies: false,
  plugins: [resolveTagFromConstant()],
}
