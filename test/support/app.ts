// The in-memory tier: the app's own `app.request()` in Node, for what needs no workerd, D1 or KV
// (routing, 404/405, problem rendering, static documents). Loaded at run time so that tsc does
// not check the Worker under the test project's Node/DOM types (the root tsconfig checks it).
const APP_MODULE = '../../worker/app'

type App = { request: (path: string, init?: RequestInit, env?: Record<string, unknown>) => Promise<Response> }

const loaded = import(/* @vite-ignore */ APP_MODULE) as Promise<{ app: App }>

/** Bindings for routes that read only plain vars; a route that touches D1 or KV fails loudly. */
export const PLAIN_ENV = { APP_VERSION: '0.1.0-test', ENVIRONMENT: 'local' }

/** Sends one request through the app in memory: `appRequest('/health')`. */
export async function appRequest(path: string, init?: RequestInit, env: Record<string, unknown> = PLAIN_ENV): Promise<Response> {
  const { app } = await loaded
  return app.request(path, init, env)
}
