/** The Worker entry point: composition only. */
import { app } from './app'
import { runQueue } from './jobs/queue'
import { runScheduled } from './jobs/scheduled'

export default {
  fetch: app.fetch,
  scheduled: (controller, env) => runScheduled(env, new Date(controller.scheduledTime)),
  queue: (batch, env) => runQueue(batch, env),
} satisfies ExportedHandler<Env>
