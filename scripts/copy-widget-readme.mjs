// Serves widget/README.md (the element's full reference) at /docs/widget.md, linked from the
// "Embed the widget" section of /docs. Run by `npm run build:widget`, so `wrangler deploy`'s
// [build] and the tests get it; public/docs/widget.md is a build output (git-ignored).
import { readFile } from 'node:fs/promises'
import { writeIfChanged } from './widget-bundles.mjs'

await writeIfChanged(new URL('../public/docs/widget.md', import.meta.url), await readFile(new URL('../widget/README.md', import.meta.url)))
console.log('widget/README.md → /docs/widget.md')
