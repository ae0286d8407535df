import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless, with its background networking off (this network is closed).
 * `env` adds to the browser's environment (FONTCONFIG_FILE, to choose the fonts it may find).
 */
export function launchChromium({ env }: { env?: Record<string, string> } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    env: env ? { ...process.env, ...env } : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}
