import { spawn } from 'node:child_process'

/**
 * `npm run seed` (`payload run src/seed/run.ts`) in a process of its own, as an operator would
 * run it beside the portal. `payload run` sometimes exits 0 before running its script at all
 * (a tsx loader race on Node 20 under load, payloadcms/payload#17757): only then is it started
 * again, up to three times; a seed that ran and failed is returned as it is.
 */
export async function runSeed(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  let last = { code: null as number | null, output: '' }
  for (let attempt = 0; attempt < 4; attempt++) {
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
    if (last.code !== 0 || last.output.includes('seed: done')) return last
  }
  return last
}
