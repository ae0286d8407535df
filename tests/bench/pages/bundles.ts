import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export type RouteBundle = { route: string; gzipBytes: number; overFloorBytes: number }

/**
 * First-load JavaScript of each route, gzipped, from the build's own record
 * (`<dist>/diagnostics/route-bundle-stats.json`: Next 16.4 no longer prints the column). The floor
 * is `/_not-found`, which carries nothing but Next's App Router runtime.
 */
export function routeBundles(dist = process.env.NEXT_DIST_DIR ?? '.next'): RouteBundle[] {
  const file = path.join(dist, 'diagnostics/route-bundle-stats.json')
  if (!fs.existsSync(file)) throw new Error(`No ${file}: build the portal first (npm run build).`)
  const routes = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    route: string
    firstLoadChunkPaths: string[]
  }[]
  const sizes = new Map<string, number>()
  const gzipped = (chunk: string) => {
    if (!sizes.has(chunk)) {
      const relative = chunk.replace(/^\.next\//, '')
      sizes.set(
        chunk,
        zlib.gzipSync(fs.readFileSync(path.join(dist, relative)), { level: 9 }).length,
      )
    }
    return sizes.get(chunk)!
  }
  const totals = routes.map((route) => ({
    route: route.route,
    gzipBytes: route.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipped(chunk), 0),
  }))
  const floor = totals.find((route) => route.route === '/_not-found')?.gzipBytes ?? 0
  return totals
    .map((route) => ({ ...route, overFloorBytes: route.gzipBytes - floor }))
    .sort((a, b) => a.route.localeCompare(b.route))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
  console.log('| Route | First-load JS (gzip) | Over the floor |\n|---|---:|---:|')
  for (const route of routeBundles())
    console.log(`| \`${route.route}\` | ${kib(route.gzipBytes)} | ${kib(route.overFloorBytes)} |`)
}
