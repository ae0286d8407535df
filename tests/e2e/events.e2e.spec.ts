import fs from 'node:fs'

import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'

/**
 * A visitor browses the events calendar: list, month grid, a month change, an event page with
 * its times in the event's zone and their own, and the event's .ics file.
 *
 * The seed's events from the documents are historical; the Chiang Mai visioning workshop
 * (25-27 October 2010, Asia/Bangkok) is reached by its month in the address.
 */
let portal: RunningPortal
let browser: Browser

const WORKSHOP = 'Visioning workshop for the Community of Practice on Labour Migration'

beforeAll(async () => {
  portal = await startPortal()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('the events calendar', () => {
  it('should show the list, switch to the month grid, and filter without JavaScript tricks', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/events`)
    expect(await page.locator('h1').textContent()).toBe('Events')
    expect(await page.locator('.results-count').textContent()).toMatch(/^\d+ events?$/)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Month calendar' }).click()
    await page.waitForURL(/view=month/)
    expect(await page.locator('table.month-calendar thead th').count()).toBe(7)
    expect(await page.locator('table.month-calendar thead th').first().textContent()).toBe('Mon')
    expect(await page.locator('table.month-calendar td[aria-current="date"]').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('link', { name: 'Past events' }).click()
    await page.waitForURL(/when=past/)
    await page.locator('select[name="kind"]').selectOption('meeting')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/kind=meeting/)
    expect(page.url()).toMatch(/when=past/)
    const kinds = await page.locator('.event-list li .hit-meta:nth-of-type(2)').allTextContents()
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.every((text) => text.startsWith('Meeting'))).toBe(true)
    await page.close()
  })

  it('should place a historical event on its days and keep it there after a month change', async () => {
    const page = await browser.newPage()
    await page.goto(`${portal.url}/en/events?view=month&month=2010-10`)
    expect(await page.locator('table.month-calendar caption').textContent()).toBe(
      'Events in October 2010',
    )
    for (const day of ['2010-10-25', '2010-10-26', '2010-10-27']) {
      expect(
        await page
          .locator(`td:has(time[datetime="${day}"])`)
          .getByRole('link', { name: WORKSHOP })
          .count(),
        day,
      ).toBe(1)
    }
    expect(
      await page
        .locator('td:has(time[datetime="2010-10-28"])')
        .getByRole('link', { name: WORKSHOP })
        .count(),
    ).toBe(0)

    await page.getByRole('link', { name: 'Next month' }).click()
    await page.waitForURL(/month=2010-11/)
    expect(await page.locator('table.month-calendar caption').textContent()).toBe(
      'Events in November 2010',
    )
    expect(await page.getByRole('link', { name: WORKSHOP }).count()).toBe(0)
    await page.getByRole('link', { name: 'Previous month' }).click()
    await page.waitForURL(/month=2010-10/)
    expect(
      await page
        .locator('td:has(time[datetime="2010-10-25"])')
        .getByRole('link', { name: WORKSHOP })
        .count(),
    ).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})

describe('an event page', () => {
  it('should show the time in the event’s zone and the reader’s, and download a parseable .ics', async () => {
    // A reader in New York: 09:00 in Bangkok on 25 October 2010 was 22:00 the day before there.
    const context = await browser.newContext({
      timezoneId: 'America/New_York',
      locale: 'en-US',
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(`${portal.url}/en/events?view=month&month=2010-10`)
    await page
      .locator('td:has(time[datetime="2010-10-25"])')
      .getByRole('link', { name: WORKSHOP })
      .click()
    await page.waitForURL(/\/en\/events\/cop-labour-migration-visioning-workshop-chiang-mai-2010$/)
    expect(await page.locator('h1').textContent()).toBe(WORKSHOP)
    const facts = await page.locator('.event-facts').textContent()
    expect(facts).toMatch(/Monday, October 25, 2010/)
    expect(facts).toMatch(/Indochina Time \(GMT\+7\)/)
    await page.locator('.event-local-time').waitFor()
    expect(await page.locator('.event-local-time').textContent()).toMatch(
      /In your time zone: Sunday, October 24, 2010.*10:00\s?PM.*Eastern Daylight Time/,
    )
    expect(await seriousViolations(page)).toEqual([])

    const link = page.getByRole('link', { name: 'Add to your calendar (.ics)' })
    const href = await link.getAttribute('href')
    const response = await page.request.get(`${portal.url}${href}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(
      'cop-labour-migration-visioning-workshop-chiang-mai-2010.ics',
    )
    const calendar = new ICAL.Component(
      ICAL.parse(fs.readFileSync((await download.path())!, 'utf8')),
    )
    const [vevent] = calendar.getAllSubcomponents('vevent')
    expect(vevent.getFirstPropertyValue('summary')).toBe(WORKSHOP)
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Bangkok')
    expect(new ICAL.Event(vevent).startDate.hour).toBe(9)
    expect(vevent.getFirstPropertyValue('url')).toBe(
      `${portal.url}/en/events/cop-labour-migration-visioning-workshop-chiang-mai-2010`,
    )
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Asia/Bangkok'])
    await context.close()
  })
})
