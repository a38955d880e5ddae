import { describe, expect, it } from 'vitest'

// Imported at run time through a variable, so that tsc does not type-check the Worker under the
// test project's Node/DOM types (the root tsconfig checks it with the Workers types).
const APP_MODULE = '../../worker/app'
type RouteTableEntry = { method: string; path: string; access: 'public' | 'site_key' | 'staff' }
const { app, ROUTE_TABLE } = (await import(/* @vite-ignore */ APP_MODULE)) as {
  app: { routes: { method: string; path: string }[] }
  ROUTE_TABLE: readonly RouteTableEntry[]
}

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`
// Handlers, not middleware: `app.use()` registers method ALL.
const handlerRoutes = app.routes.filter((r) => r.method !== 'ALL')

describe('the access-control route table', () => {
  it('lists every route the app serves, so a new route cannot slip in without declared access', () => {
    const declared = new Set(ROUTE_TABLE.map(key))
    const undeclared = handlerRoutes.map(key).filter((k) => !declared.has(k))
    expect(undeclared).toEqual([])
  })

  it('lists no route the app does not serve', () => {
    const served = new Set(handlerRoutes.map(key))
    expect(ROUTE_TABLE.map(key).filter((k) => !served.has(k))).toEqual([])
  })

  it('declares each route once', () => {
    expect(new Set(ROUTE_TABLE.map(key)).size).toBe(ROUTE_TABLE.length)
  })

  it('carries PHI-capable methods only on non-public routes', () => {
    const publicWrites = ROUTE_TABLE.filter((r) => r.access === 'public' && r.method !== 'GET')
    expect(publicWrites).toEqual([])
  })
})
