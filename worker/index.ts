/** The Worker entry point: composition only. */
import { app } from './app'

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
