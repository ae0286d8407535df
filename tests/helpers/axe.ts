import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Serious and critical accessibility violations on the page, as axe-core (WCAG 2.1 AA rules) finds them. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next streams the new page's metadata in after its body:
  // check the page once its <title> has arrived, as a screen reader would meet it.
  await page.waitForFunction(() => Boolean(document.querySelector('title')?.textContent))
  await page.evaluate(axeSource)
  const violations = (await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> }
      }
    ).axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
      .then((result) => result.violations),
  )) as Violation[]
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    )
}
