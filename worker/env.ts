/**
 * @module
 * The Hono environment of the app: the Worker's bindings (generated into
 * `worker-configuration.d.ts` by `wrangler types`) and the per-request variables.
 */

export type AppEnv = {
  Bindings: Env
  Variables: {
    /** Set by the request-id middleware; echoed as `X-Request-Id` and in every problem. */
    requestId: string
  }
}
