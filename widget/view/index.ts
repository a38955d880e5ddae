/**
 * @module
 * Entry of the answer view chunk (`view.js`): the check after submit, the result, the chart and
 * the checker-origin frame host. `<iop-coverage-checker>` fetches it on the visitor's first
 * focus or submit (in parallel with the API call), pinned by the SRI hash the build baked into
 * the element, and calls `createView` with its own Lit. Nothing here runs before that.
 */
import type { LitTags, View } from './contract'
import { controller } from './controller'
import { form } from './form'
import { viewCss } from './styles'

export type { View, ViewHost, LitTags } from './contract'

export const createView = (lit: LitTags): View => ({ ...form(lit), ...controller(lit), css: viewCss })
