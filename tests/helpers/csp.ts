import type { BrowserContext } from 'playwright-core'

/**
 * Collects every Content-Security-Policy violation in a browser context: the document's
 * `securitypolicyviolation` events, and Chromium's own console reports (it logs each refusal,
 * including those in frames and workers, as "Refused to … Content Security Policy").
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`,
      )
    })
  })
  context.on('console', (message) => {
    const text = message.text()
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text)
  })
  return violations
}
