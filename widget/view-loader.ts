/**
 * @module
 * Fetches the answer view chunk (`view.js`, beside this bundle) once per page, pinned: a
 * `<link rel="modulepreload" integrity>` fetches and verifies it against the SHA-384 the build
 * baked in, and `import()` then takes the module the preload put in the page's module map. A
 * chunk that does not match its hash is refused by the browser and never runs; the promise
 * rejects and the element says the answer could not load.
 */
import type { LitTags, View } from './view/contract'

/** The chunk's file name and SRI hash, injected by scripts/build-widget.mjs. */
declare const __IOP_VIEW__: { file: string; integrity: string }

let loading: Promise<View> | undefined

export function loadView(lit: LitTags): Promise<View> {
  if (!loading) {
    const url = new URL(__IOP_VIEW__.file, import.meta.url).href
    loading = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.href = url
      link.integrity = __IOP_VIEW__.integrity
      link.crossOrigin = 'anonymous'
      link.onload = () => resolve()
      link.onerror = () => reject(new Error('view integrity or network'))
      document.head.append(link)
    })
      .then(() => import(/* @vite-ignore */ url) as Promise<{ createView: (lit: LitTags) => View }>)
      .then((m) => m.createView(lit))
    loading.catch(() => (loading = undefined))
  }
  return loading
}
