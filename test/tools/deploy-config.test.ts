// The deploy configuration: each wrangler environment bundles and uploads offline
// (`wrangler deploy --dry-run --outdir`, no account or network), builds the widget first, binds
// its own D1, KV and limits, and keeps the platform's invocation logs (URLs, headers) off.
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unstable_readConfig } from 'wrangler'
import { describe, expect, it } from 'vitest'
import { runWrangler } from '../support/wrangler'

const ENVS = ['staging', 'production'] as const

const dryRun = (env: string, outdir: string) => runWrangler(['deploy', '--dry-run', '--outdir', outdir, '--env', env])

describe.each(ENVS)('wrangler environment %s', (env) => {
  const config = unstable_readConfig({ config: 'wrangler.toml', env })

  it('bundles and uploads offline, widget built first', { timeout: 60_000 }, async () => {
    const outdir = await mkdtemp(join(tmpdir(), `iop-deploy-${env}-`))
    const { code, output } = await dryRun(env, outdir)
    expect(code, output).toBe(0)
    expect(output).toContain('[custom build] widget →')
    expect(output).toContain(`env.DB (iop-coverage-${env})`)
    expect(output).toContain(`env.ENVIRONMENT ("${env}")`)
    expect(output).toContain(`env.LEAD_DELIVERIES (iop-lead-deliveries-${env})`)
    expect(await readdir(outdir)).toContain('index.js')
  })

  it('binds everything the Worker reads, with its own resources', () => {
    expect(config.d1_databases.map((d: { binding: string; database_name?: string }) => [d.binding, d.database_name])).toEqual([['DB', `iop-coverage-${env}`]])
    expect(config.kv_namespaces.map((k: { binding: string }) => k.binding)).toEqual(['ELIGIBILITY_CACHE'])
    // Bindings are not inherited by an environment: each restates every limiter the local Worker has.
    const local = unstable_readConfig({ config: 'wrangler.toml' })
    const names = (c: typeof config) => c.ratelimits.map((r: { name: string }) => r.name).sort()
    expect(names(local)).toContain('RATE_LIMIT_IP')
    expect(names(config)).toEqual(names(local))
    expect(config.vars.ENVIRONMENT).toBe(env)
  })

  it('restates the delivery queue, its consumer and dead-letter queue, on its own queues', () => {
    const local = unstable_readConfig({ config: 'wrangler.toml' })
    const producers = (c: typeof config) => (c.queues.producers ?? []).map((p: { binding: string }) => p.binding).sort()
    expect(producers(local)).toEqual(['LEAD_DELIVERIES'])
    expect(producers(config)).toEqual(producers(local))
    const [producer] = config.queues.producers ?? []
    const [consumer, ...more] = config.queues.consumers ?? []
    expect(more).toEqual([])
    expect(producer!.queue).toBe(`iop-lead-deliveries-${env}`)
    // The Worker consumes what it produces, with the same settings as locally.
    const { queue: localQueue, dead_letter_queue: localDlq, ...localSettings } = local.queues.consumers![0]!
    expect(localQueue).toBe('iop-lead-deliveries')
    expect(localDlq).toBe('iop-lead-deliveries-dlq')
    const { queue, dead_letter_queue, ...settings } = consumer!
    expect(queue).toBe(producer!.queue)
    expect(dead_letter_queue).toBe(`iop-lead-deliveries-${env}-dlq`)
    expect(settings).toEqual(localSettings)
    expect(settings).toMatchObject({ max_concurrency: expect.any(Number), max_retries: expect.any(Number) })
  })

  it('keeps invocation logs (request URLs and headers) off, the Worker’s own logs on', () => {
    expect(config.observability?.logs).toMatchObject({ enabled: true, invocation_logs: false })
    expect(config.observability?.traces?.enabled ?? false).toBe(false)
  })
})
