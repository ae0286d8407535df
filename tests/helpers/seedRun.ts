import { spawn } from 'node:child_process'

/**
 * `npm run seed` (`payload run src/seed/run.ts`) in a process of its own, as an operator would
 * run it beside the portal. `payload run` sometimes ends before running its script at all (a
 * tsx loader race on Node 20 under load, payloadcms/payload#17757): with exit 0, or with exit 13
 * (a top-level await left unsettled) and no output, as scripts/check-generated.mjs also meets.
 * Only then is it started again, up to five times; a seed that ran (it printed a `seed:` line)
 * and failed is returned as it is.
 */
export async function runSeed(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  let last = { code: null as number | null, output: '' }
  for (let attempt = 0; attempt < 6; attempt++) {
    last = await new Promise((resolve) => {
      let output = ''
      const child = spawn('npx', ['payload', 'run', 'src/seed/run.ts'], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('exit', (code) => resolve({ code, output }))
    })
    const ran = last.output.includes('seed:')
    if (last.output.includes('seed: done') || (last.code !== 0 && ran)) return last
  }
  return last
}
