/**
 * `NODE_OPTIONS="--import ./tests/bench/cpuProfile.mjs" CPU_PROFILE_DIR=tmp/prof`: every Node
 * process started with it records a CPU profile and writes it to CPU_PROFILE_DIR when it exits
 * (open the `.cpuprofile` in Chrome's DevTools). Node 20 refuses `--cpu-prof` in NODE_OPTIONS,
 * and the portal's server runs in a child of `next start`, so the benches pass this instead
 * (BENCH_PORTAL_NODE_OPTIONS).
 */
import fs from 'node:fs'
import inspector from 'node:inspector'
import path from 'node:path'

const dir = process.env.CPU_PROFILE_DIR
if (dir) {
  const session = new inspector.Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 500 })
  session.post('Profiler.start')
  let written = false
  const write = () => {
    if (written) return
    written = true
    // An in-process session answers synchronously, so this works inside 'exit'.
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return
      fs.mkdirSync(dir, { recursive: true })
      const name = `${path.basename(process.argv[1] ?? 'node')}-${process.pid}.cpuprofile`
      fs.writeFileSync(path.join(dir, name), JSON.stringify(result.profile))
    })
  }
  process.on('exit', write)
  for (const signal of ['SIGTERM', 'SIGINT'])
    process.prependListener(signal, () => {
      write()
      if (process.listenerCount(signal) === 1) process.exit(0)
    })
}
