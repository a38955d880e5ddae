// Serves widget/README.md (the element's full reference) at /docs/widget.md, linked from the
// "Embed the widget" section of /docs. Run by `npm run build:widget`, so `wrangler deploy`'s
// [build] and the tests get it; public/docs/widget.md is a build output (git-ignored).
import { copyFile } from 'node:fs/promises'

await copyFile(new URL('../widget/README.md', import.meta.url), new URL('../public/docs/widget.md', import.meta.url))
console.log('widget/README.md → /docs/widget.md')
