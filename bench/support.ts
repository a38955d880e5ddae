/**
 * @module
 * What every benchmark shares: the machine and versions a run is recorded with, medians, a
 * Markdown table, and writing one section of BENCHMARKS.md between `<!-- bench:NAME -->`
 * markers so each benchmark updates only its own numbers.
 */
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }
  const gib = Math.round(totalmem() / 2 ** 30)
  return `${cpus().length} × ${cpu}, ${gib} GiB · Node ${process.versions.node} · wrangler ${pkg.devDependencies.wrangler} · ${new Date().toISOString().slice(0, 10)}`
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Replaces (or appends) the section between `<!-- bench:name -->` and `<!-- /bench:name -->`. */
export function writeSection(name: string, markdown: string, file = 'BENCHMARKS.md'): void {
  let doc = ''
  try {
    doc = readFileSync(file, 'utf8')
  } catch {
    doc = '# Benchmarks\n'
  }
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const block = `${start}\n${markdown.trim()}\n${end}`
  const i = doc.indexOf(start)
  const j = doc.indexOf(end)
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`
  writeFileSync(file, doc)
}

/** Resident memory (KiB) of the workerd process under a wrangler dev process. */
export function workerdRssKiB(wranglerPid: number): number | null {
  const ps = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' })
  const procs = ps
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .map(([pid, ppid, rss, comm]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), comm }))
  const descendants = new Set([wranglerPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of procs) if (descendants.has(p.ppid) && !descendants.has(p.pid)) (descendants.add(p.pid), (grew = true))
  }
  const workerd = procs.filter((p) => descendants.has(p.pid) && p.comm?.startsWith('workerd'))
  return workerd.length ? workerd.reduce((sum, p) => sum + p.rss, 0) : null
}

/**
 * RSS (KiB) of each workerd process under a wrangler dev process: wrangler 4 runs two, the one
 * serving the Worker (started with `--inspector-addr`: `worker`) and Miniflare's proxy in front
 * of it (`proxy`). Together they are what `workerdRssKiB` sums.
 */
export function workerdRssByRole(wranglerPid: number): { worker: number; proxy: number } {
  const ps = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
  const procs = ps
    .trim()
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4]! }))
  const descendants = new Set([wranglerPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of procs) if (descendants.has(p.ppid) && !descendants.has(p.pid)) (descendants.add(p.pid), (grew = true))
  }
  const out = { worker: 0, proxy: 0 }
  for (const p of procs) {
    if (!descendants.has(p.pid) || !/\/workerd(\s|$)/.test(p.args.split(' serve')[0] ?? '')) continue
    if (p.args.includes('--inspector-addr')) out.worker += p.rss
    else out.proxy += p.rss
  }
  return out
}

/** Runs the load generator in its own Node process and returns its JSON result. */
export function runLoadProcess<T>(spec: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'bench/load/load-generator.ts', JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T) : reject(new Error(`load generator exited ${code}`))))
  })
}
