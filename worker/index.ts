/** The Worker entry point: composition only. */
import { app } from './app'
import { runScheduled } from './jobs/scheduled'

export default {
  fetch: app.fetch,
  scheduled: (controller, env) => runScheduled(env, new Date(controller.scheduledTime)),
} satisfies ExportedHandler<Env>
