import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'

/** A visitor compares the region's figures, downloads them, and reads country pages in three languages. */
let portal: RunningPortal
let browser: Browser

const tableRows = (html: string[][]) => html.map((row) => row.map((cell) => cell.trim()))

beforeAll(async () => {
  portal = await startPortal()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('the regional overview', () => {
  it('should show 004 Table 1 exactly, switch indicator, and download exactly what it shows', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/regional-overview`)
    expect(await page.locator('section[aria-labelledby="compare-heading"] h3').textContent()).toBe(
      'International migrant workers, 2019',
    )
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(1)
    const rows = tableRows(
      await page
        .locator('section[aria-labelledby="compare-heading"] table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
        ),
    )
    const figure = (area: string, sex: string) =>
      rows.find((row) => row[0] === area && row[1] === sex)?.[2]
    expect(figure('South-East Asia and the Pacific', 'Total')).toBe('12.1')
    expect(figure('South-East Asia and the Pacific', 'Women')).toBe('5.6')
    expect(figure('South-East Asia and the Pacific', 'Men')).toBe('6.6')
    expect(figure('Arab States', 'Total')).toBe('24.1')
    expect(figure('Arab States', 'Women')).toBe('4.2')
    expect(figure('Arab States', 'Men')).toBe('19.9')
    expect(await seriousViolations(page)).toEqual([])

    await page.locator('select[name="indicator"]').selectOption('remittance-inflows')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/indicator=remittance-inflows/)
    expect(
      await page.locator('section[aria-labelledby="compare-heading"] h3').textContent(),
    ).toMatch(/^Remittances received, 2006$/)
    const shown = tableRows(
      await page
        .locator('section[aria-labelledby="compare-heading"] table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
        ),
    )

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download these figures/ }).click(),
    ])
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '')
    const [header, ...records] = parse(csv) as string[][]
    expect(header).toEqual(['Country or region', 'Sex', 'Value', 'Unit', 'Source'])
    expect(records).toEqual(shown)
    await page.close()
  })
})

describe('country pages', () => {
  it('should list countries by region and show Malaysia’s ratifications with the Sabah note', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/countries`)
    expect(await page.getByRole('heading', { name: 'South-East Asia' }).count()).toBe(1)
    await page.getByRole('link', { name: 'Malaysia' }).click()
    await page.waitForURL(/\/en\/countries\/my$/)
    expect(await page.locator('h1').textContent()).toBe('Malaysia')
    expect(await page.locator('main').textContent()).toMatch(/C97\s*Ratified.*Sabah/)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('should show a country’s figures as a chart with a table beside it', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/countries/ph`)
    expect(
      await page.locator('#statistics ~ div figure svg, main figure.chart svg').count(),
    ).toBeGreaterThan(0)
    expect(await page.locator('main table').first().textContent()).toMatch(/15/)
    await page.close()
  })

  it('should switch the same page to Thai and to Burmese', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/countries/my`)
    await page.getByRole('link', { name: 'ไทย' }).click()
    await page.waitForURL(/\/th\/countries\/my$/)
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await page.locator('h1').textContent()).toMatch(/[\u0E00-\u0E7F]/)
    await page.getByRole('link', { name: 'မြန်မာ' }).click()
    await page.waitForURL(/\/my\/countries\/my$/)
    expect(await page.locator('html').getAttribute('lang')).toBe('my')
    expect(await page.locator('h1').textContent()).toMatch(/[\u1000-\u109F]/)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
