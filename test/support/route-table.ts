// The app's access-control route table (worker/app.ts), loaded at run time: tsc must not check
// the Worker under the test project's Node/DOM types (the root tsconfig checks it).
export type RouteAccess = 'public' | 'site_key' | 'staff'
export type RouteTableEntry = { method: string; path: string; access: RouteAccess }

const APP_MODULE = '../../worker/app'

export async function loadRouteTable(): Promise<readonly RouteTableEntry[]> {
  const mod = (await import(/* @vite-ignore */ APP_MODULE)) as { ROUTE_TABLE: readonly RouteTableEntry[] }
  return mod.ROUTE_TABLE
}

/** A concrete path for a pattern: every `:param` becomes `value`. */
export const concretePath = (path: string, value = 'key_doesnotexist') => path.replace(/:\w+/g, value)

export const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'DELETE'
