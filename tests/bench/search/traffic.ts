/**
 * Readers searching: `clients` at once, each sending its next query as soon as the last was
 * answered, through the portal's /api/search, until every query has been asked once. Each answer
 * is checked: the work the query was drawn from must be among its hits (the first page, ten).
 */
import type { BenchQuery } from './queries'

export type Traffic = {
  clients: number
  /** Each query's time to a whole answer, in the order the queries were sent. */
  ms: number[]
  /** Meilisearch's own processingTimeMs for each (the rest is the portal and HTTP). */
  engineMs: number[]
  seconds: number
  errors: number
  /** Queries whose expected work was on the first page, by kind and by script. */
  found: { byKind: Record<string, [number, number]>; byScript: Record<string, [number, number]> }
  /** A few queries that missed, to look at. */
  misses: { params: Record<string, string>; expected: string; total: number }[]
}

export async function runQueries({
  base,
  queries,
  clients,
  ids,
}: {
  base: string
  queries: BenchQuery[]
  clients: number
  /** Database id of each expected work, by slug. */
  ids: Map<string, string>
}): Promise<Traffic> {
  const ms: number[] = []
  const engineMs: number[] = []
  const byKind: Record<string, [number, number]> = {}
  const byScript: Record<string, [number, number]> = {}
  const misses: Traffic['misses'] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  const client = async () => {
    for (let k = next++; k < queries.length; k = next++) {
      const query = queries[k]
      const begun = performance.now()
      let body: { hits?: { id: string }[]; total?: number; processingTimeMs?: number } = {}
      let ok = false
      try {
        const response = await fetch(`${base}/api/search?${new URLSearchParams(query.params)}`)
        body = (await response.json()) as typeof body
        ok = response.status === 200
      } catch {
        ok = false
      }
      ms.push(performance.now() - begun)
      engineMs.push(body.processingTimeMs ?? 0)
      if (!ok) errors += 1
      const hit =
        ok && (body.hits ?? []).some((h) => h.id === `resource-${ids.get(query.expected)}`)
      for (const [tally, key] of [
        [byKind, query.kind],
        [byScript, query.script],
      ] as const) {
        tally[key] ??= [0, 0]
        tally[key][1] += 1
        if (hit) tally[key][0] += 1
      }
      if (!hit && misses.length < 20)
        misses.push({ params: query.params, expected: query.expected, total: body.total ?? -1 })
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  return {
    clients,
    ms,
    engineMs,
    seconds: (performance.now() - started) / 1000,
    errors,
    found: { byKind, byScript },
    misses,
  }
}
