import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'

/**
 * A visitor looks for the paralegal manual: types a query, narrows it by theme and language and
 * opens the result; then the same with JavaScript turned off (plain form, server-rendered).
 */
let portal: RunningPortal
let browser: Browser

/**
 * The seed's search jobs run in the background after the first start, in the order the seed
 * saved things (countries long before resources): wait for the paralegal manual itself.
 */
async function waitForIndexedSeed() {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const result = await (
      await fetch(`${portal.url}/api/search?q=paralegal&type=resource&language=th`)
    ).json()
    if (result.hits?.some((hit: { title: string }) => /Paralegal/i.test(hit.title))) return
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error('the seed content was not searchable within 3 minutes')
}

const hitTitles = (page: Page) => page.locator('.hit-title a').allTextContents()

beforeAll(async () => {
  portal = await startPortal()
  browser = await launchChromium()
  await waitForIndexedSeed()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('searching with JavaScript', () => {
  it('should show results as the visitor types, narrow them by theme and language, and open one', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/search`)
    await page.locator('#q').pressSequentially('paralegal', { delay: 40 })
    await page.waitForURL(/q=paralegal/)
    await expect.poll(() => hitTitles(page), { timeout: 15_000 }).not.toHaveLength(0)

    await page.locator('select[name="theme"]').selectOption('labour-exploitation')
    await page.waitForURL(/theme=labour-exploitation/)
    await page.locator('select[name="language"]').selectOption('th')
    await page.waitForURL(/language=th/)
    await expect
      .poll(async () => (await hitTitles(page)).join(' | '), { timeout: 15_000 })
      .toMatch(/Paralegal/i)
    const hit = page.locator('.hit').first()
    expect(await hit.locator('.hit-title mark').count()).toBeGreaterThan(0)
    expect(await hit.locator('.hit-languages').textContent()).toMatch(/ไทย|မြန်မာ/)

    await hit.locator('.hit-title a').click()
    await page.waitForURL(/\/en\/library\//)
    expect(await page.locator('h1').textContent()).toMatch(/Paralegal/i)
    expect(await page.locator('.editions li').count()).toBeGreaterThanOrEqual(2)
    await page.close()
  })

  it('should explain an empty result and offer to clear the filters', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/search?q=zzqxv+nothing+matches&theme=skilled-migration`)
    expect(await page.locator('.results').textContent()).toMatch(/Nothing matches/)
    expect(await page.getByRole('link', { name: 'Clear filters' }).count()).toBe(1)
    await page.close()
  })
})

describe('searching without JavaScript', () => {
  it('should work as a plain form with server-rendered results', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${portal.url}/th/search`)
    await page.locator('#q').fill('paralegal')
    await page.locator('select[name="theme"]').selectOption('labour-exploitation')
    await page.locator('select[name="language"]').selectOption('my')
    await page.locator('.search-box button[type="submit"]').click()
    await page.waitForURL(/q=paralegal.*theme=labour-exploitation.*language=my/)
    expect(await page.locator('.results-count').textContent()).toMatch(/พบ \d+ รายการ/)
    const first = page.locator('.hit-title a').first()
    expect(await first.getAttribute('href')).toMatch(/^\/th\/library\//)
    await first.click()
    await page.waitForURL(/\/th\/library\//)
    expect(await page.locator('h1').count()).toBe(1)
    await context.close()
  })
})
