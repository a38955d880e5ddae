/**
 * @module
 * Which due webhook deliveries one cron tick attempts, and in what groups. On 0.1 the drain took
 * the 25 oldest due rows and sent them one at a time, so one partner with a dead webhook (10 s
 * timeouts, rows piling up) delayed every other partner's leads. Now each partner gets at most
 * `perPartner` rows per tick, partners are taken in turn (round robin by age of their oldest
 * row) up to `limit`, and each partner's rows form one group: groups run side by side, rows in a
 * group one after another (per-partner concurrency 1, so a partner's endpoint is never hit in
 * parallel and its own failures only slow itself).
 */

export type DueDelivery = { id: string; partnerId: string; dueAt: string }

/** Groups of delivery ids, one per partner, oldest partner first; at most `limit` ids in all. */
export function fairBatches(due: readonly DueDelivery[], limit: number, perPartner: number): string[][] {
  const byPartner = new Map<string, DueDelivery[]>()
  for (const d of [...due].sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))) {
    const list = byPartner.get(d.partnerId) ?? []
    if (list.length < perPartner) list.push(d)
    byPartner.set(d.partnerId, list)
  }
  const queues = [...byPartner.values()]
  const groups = queues.map(() => [] as string[])
  let taken = 0
  for (let round = 0; taken < limit; round++) {
    let any = false
    for (let i = 0; i < queues.length && taken < limit; i++) {
      const next = queues[i]![round]
      if (next) {
        groups[i]!.push(next.id)
        taken++
        any = true
      }
    }
    if (!any) break
  }
  return groups.filter((g) => g.length > 0)
}
