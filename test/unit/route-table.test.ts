import { describe, expect, it } from 'vitest'
import { loadRouteTable } from '../support/route-table'

// Imported at run time through a variable, so that tsc does not type-check the Worker under the
// test project's Node/DOM types (the root tsconfig checks it with the Workers types).
const APP_MODULE = '../../worker/app'
const { app } = (await import(/* @vite-ignore */ APP_MODULE)) as { app: { routes: { method: string; path: string }[] } }
const declared = await loadRouteTable()

const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`
// Handlers, not middleware: `app.use()` registers method ALL.
const handlerRoutes = app.routes.filter((r) => r.method !== 'ALL')

describe('the route declarations', () => {
  it('are all the app serves: no route is mounted around them, without declared access', () => {
    const keys = new Set(declared.map(key))
    expect(handlerRoutes.map(key).filter((k) => !keys.has(k))).toEqual([])
  })

  it('are all mounted', () => {
    const served = new Set(handlerRoutes.map(key))
    expect(declared.map(key).filter((k) => !served.has(k))).toEqual([])
  })

  it('declare each method and path once', () => {
    expect(new Set(declared.map(key)).size).toBe(declared.length)
  })

  it('carry PHI-capable methods only on non-public routes', () => {
    expect(declared.filter((r) => r.access === 'public' && r.method !== 'GET')).toEqual([])
  })
})
