/**
 * @module
 * A small Chrome DevTools Protocol client for the Worker's isolate under `wrangler dev`
 * (`startWorker().inspectorPort`): CPU profiles summed by function, JS heap usage after a full
 * GC, and heap snapshots summed by constructor. Used by bench/profile.ts and bench/soak.ts; it
 * measures, it never changes what runs.
 */
import { WebSocket } from 'undici'

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void }

export class Inspector {
  private nextId = 1
  private pending = new Map<number, Pending>()
  private listeners = new Map<string, ((params: unknown) => void)[]>()
  private constructor(private ws: WebSocket) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown }
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id)
        this.pending.delete(msg.id)
        if (msg.error) p?.reject(new Error(msg.error.message))
        else p?.resolve(msg.result)
      } else if (msg.method) {
        for (const f of this.listeners.get(msg.method) ?? []) f(msg.params)
      }
    })
  }

  /** Connects to the first (the Worker's) target of wrangler's inspector on `port`. */
  static async connect(port: number): Promise<Inspector> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string; title?: string }[]
    const target = targets[0]
    if (!target) throw new Error(`no inspector target on port ${port}`)
    // wrangler's inspector proxy only accepts local origins (undici lets us send one).
    const ws = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: 'http://localhost' } } as never)
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true })
      ws.addEventListener('error', () => reject(new Error('inspector websocket failed')), { once: true })
    })
    return new Inspector(ws)
  }

  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++
    this.ws.send(JSON.stringify({ id, method, params }))
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }))
  }

  on(method: string, f: (params: unknown) => void): () => void {
    const list = this.listeners.get(method) ?? []
    list.push(f)
    this.listeners.set(method, list)
    return () => this.listeners.set(method, (this.listeners.get(method) ?? []).filter((g) => g !== f))
  }

  close(): void {
    this.ws.close()
  }

  /**
   * JS heap used/total (bytes) after a full GC. workerd (through wrangler's inspector proxy) never
   * answers `HeapProfiler.collectGarbage`, but V8 collects all available garbage before it takes a
   * heap snapshot, so a snapshot is the forced GC: take one, then read the heap usage.
   */
  async heapAfterGc(): Promise<{ usedSize: number; totalSize: number; snapshot: HeapSummary }> {
    const snapshot = await this.heapSnapshot()
    const usage = await this.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage')
    return { ...usage, snapshot }
  }

  /** A CPU profile of whatever runs during `work()`. */
  async cpuProfile(work: () => Promise<void>, samplingIntervalUs = 200): Promise<CpuProfile> {
    await this.send('Profiler.enable')
    await this.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs })
    await this.send('Profiler.start')
    await work()
    const { profile } = await this.send<{ profile: CpuProfile }>('Profiler.stop')
    return profile
  }

  /** A heap snapshot (V8 runs a full GC first), summed by constructor. */
  async heapSnapshot(): Promise<HeapSummary> {
    await this.send('HeapProfiler.enable')
    let chunks = ''
    const off = this.on('HeapProfiler.addHeapSnapshotChunk', (p) => (chunks += (p as { chunk: string }).chunk))
    await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
    off()
    return summarizeSnapshot(JSON.parse(chunks) as HeapSnapshot)
  }
}

export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

/** Self time per function (µs), largest first, and the share of samples that were not idle. */
export function selfTimes(profile: CpuProfile): { total: number; busy: number; rows: { name: string; us: number }[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  let idle = 0
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0
    total += dt
    const f = byId.get(id)!.callFrame
    const url = f.url.replace(/^.*\//, '')
    const name = `${f.functionName || '(anonymous)'} ${url}${url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`.trim()
    if (f.functionName === '(idle)') idle += dt
    self.set(name, (self.get(name) ?? 0) + dt)
  })
  const rows = [...self.entries()].map(([name, us]) => ({ name, us })).sort((a, b) => b.us - a.us)
  return { total, busy: total - idle, rows }
}

/** Total (inclusive) time of every node whose function name matches, without double counting recursion. */
export function inclusiveTime(profile: CpuProfile, match: (name: string, url: string) => boolean): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  let t = 0
  profile.samples.forEach((id, i) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame
      if (match(f.functionName, f.url)) {
        t += profile.timeDeltas[i] ?? 0
        break
      }
    }
  })
  return t
}

type HeapSnapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] }; node_count: number }
  nodes: number[]
  edges: number[]
  strings: string[]
}

export type HeapSummary = { totalSelf: number; nodes: number; byConstructor: { name: string; count: number; self: number }[] }

/** Sums self sizes by constructor (node name for objects, the node type otherwise). */
export function summarizeSnapshot(snap: HeapSnapshot): HeapSummary {
  const f = snap.snapshot.meta.node_fields
  const width = f.length
  const iType = f.indexOf('type')
  const iName = f.indexOf('name')
  const iSize = f.indexOf('self_size')
  const types = snap.snapshot.meta.node_types[0]
  const groups = new Map<string, { count: number; self: number }>()
  let totalSelf = 0
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!]!
    const name = type === 'object' || type === 'native' || type === 'closure' ? `${type === 'closure' ? 'closure ' : ''}${snap.strings[snap.nodes[i + iName]!]}` : `(${type})`
    const size = snap.nodes[i + iSize]!
    totalSelf += size
    const g = groups.get(name) ?? { count: 0, self: 0 }
    g.count++
    g.self += size
    groups.set(name, g)
  }
  const byConstructor = [...groups.entries()].map(([name, g]) => ({ name, ...g })).sort((a, b) => b.self - a.self)
  return { totalSelf, nodes: snap.nodes.length / width, byConstructor }
}
