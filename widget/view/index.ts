/**
 * @module
 * Entry of the answer view chunk (`view.js`): the result, the chart and the checker-origin frame
 * host. `<iop-coverage-checker>` fetches it on the visitor's first focus or submit (in parallel
 * with the API call), pinned by the SRI hash the build baked into the element, and calls
 * `createView` with its own Lit. Nothing here runs before that.
 */
import { isFromExpected, parseFrameMessage } from '../exact-check/protocol'
import { answerView } from './answer'
import { withExact } from './exact'
import type { LitTags, View } from './contract'
import { viewCss } from './styles'

export type { View, ViewHost, LitTags } from './contract'

export function createView(lit: LitTags): View {
  return {
    render: answerView(lit),
    css: viewCss,
    withExact,
    frameMessage: (e, origin, source) => (isFromExpected(e, origin, source) ? parseFrameMessage(e.data) : null),
  }
}
