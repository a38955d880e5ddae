// The app's route declarations (worker/routes/index.ts ROUTES), as method, path and access,
// loaded at run time: tsc must not check the Worker under the test project's Node/DOM types (the
// root tsconfig checks it).
export type RouteAccess = 'public' | 'site_key_or_staff' | 'staff' | 'staff_key'
export type RouteTableEntry = { method: string; path: string; access: RouteAccess }

const ROUTES_MODULE = '../../worker/routes'

export async function loadRouteTable(): Promise<readonly RouteTableEntry[]> {
  const mod = (await import(/* @vite-ignore */ ROUTES_MODULE)) as { ROUTES: readonly RouteTableEntry[] }
  return mod.ROUTES.map((r) => ({ method: r.method.toUpperCase(), path: r.path, access: r.access }))
}

/** Whether the route takes a staff credential (a staff key; for `staff`, also a console session). */
export const isStaffOnly = (r: RouteTableEntry) => r.access === 'staff' || r.access === 'staff_key'

/** A concrete path for a pattern: every `:param` (with its `{pattern}`, if any) becomes `value`. */
export const concretePath = (path: string, value = 'key_doesnotexist') => path.replace(/:\w+(\{[^}]*\})?/g, value)

export const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'DELETE'
