/**
 * `node scripts/run-ts.mjs <file.ts> [args…]`: runs a TypeScript script through tsx's loader, and
 * starts it again when the start was lost. Under load, Node 20 with tsx's loader sometimes ends a
 * process with exit 13 ("unsettled top-level await") before the script ran a line
 * (payloadcms/payload#17757; one start in four to six here, and three in a row once). A start that
 * printed nothing and ended with 13 is such a loss; anything else, a failure included, is the
 * script's own outcome and is passed on. The benches run through this.
 */
import { spawn } from 'node:child_process'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
  process.exit(2)
}
const ATTEMPTS = 6

function start() {
  return new Promise((resolve) => {
    let printed = false
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['inherit', 'pipe', 'pipe'],
    })
    const relay = (target) => (chunk) => {
      printed = true
      target.write(chunk)
    }
    child.stdout.on('data', relay(process.stdout))
    child.stderr.on('data', relay(process.stderr))
    // Ctrl+C and a stop reach the script, which cleans up after itself.
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve({ code, signal, printed })
    })
  })
}

for (let attempt = 1; ; attempt += 1) {
  const { code, signal, printed } = await start()
  if (code === 13 && !printed && attempt < ATTEMPTS) {
    console.error(
      `${script}: the start was lost (exit 13, nothing run); starting again (${attempt + 1}/${ATTEMPTS})`,
    )
    continue
  }
  process.exit(signal ? 1 : (code ?? 1))
}
