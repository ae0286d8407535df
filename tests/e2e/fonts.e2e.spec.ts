import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import {
  checkScriptFonts,
  describeFonts,
  type DownloadedFont,
  fieldFonts,
  fontconfigWithoutTheScripts,
  fontReport,
  isDrawnRight,
  recordFontDownloads,
  SCRIPTS,
  type CheckedText,
  type ScriptCode,
  type VisitedPage,
} from '../helpers/fonts'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'
import { signIn } from '../helpers/session'

/**
 * Thai, Khmer, Lao and Burmese drawn on a machine that has no font for them (as on many Linux
 * desktops and kiosks): Chromium is given only the machine's fonts that lack all four scripts
 * (here the Latin text of the screenshots comes out in whatever font that leaves). On the home,
 * library, a resource, search (with a word typed in its box) and a country page in each of the
 * four languages, on the language switcher of every locale, and on account and forum pages for
 * visitors and members, every run of those letters must be drawn by the portal's own Noto font
 * of its script, as Chromium itself reports (CSS.getPlatformFontsForNode); and a page downloads
 * no font for a script it does not draw. Each page is screenshot into tmp/test-reports/fonts/,
 * beside a table of the texts checked and the font files and bytes each page downloaded.
 */
let portal: RunningPortal
let browser: Browser
const ADMIN = { email: 'e2e-fonts-admin@example.org', password: 'e2e-fonts-admin-password-1' }
const reports = path.join(process.cwd(), 'tmp', 'test-reports', 'fonts')
const visited: VisitedPage[] = []

/** The paralegal manual has Burmese and Thai editions (src/seed/data/resources.ts). */
const RESOURCE = 'paralegal-training-manual-migrant-workers-access-to-justice'
/** Each language's own country: Thailand, Cambodia, Lao PDR, Myanmar. */
const COUNTRY: Record<ScriptCode, string> = { th: 'th', km: 'kh', lo: 'la', my: 'mm' }
/** "Labour" in Thai and Lao, "worker" in Khmer and Burmese, typed into the search box. */
const WORD: Record<ScriptCode, string> = {
  th: 'แรงงาน',
  km: 'ពលករ',
  lo: 'ແຮງງານ',
  my: 'အလုပ်သမား',
}
/** The language switcher names these four locales in their own scripts (the list). */
const SWITCHER_NAMES = ['ไทย', 'ខ្មែរ', 'ລາວ', 'မြန်မာ']

/** The runs drawn in the language switcher, sorted. */
const switcherNames = (checked: CheckedText[]) =>
  checked
    .filter((text) => text.where === 'switcher')
    .map((text) => text.run)
    .sort()
const scriptName = (code: ScriptCode) => SCRIPTS.find((script) => script.code === code)!.name
const wrongly = (address: string, checked: CheckedText[]) =>
  checked
    .filter((text) => !isDrawnRight(text))
    .map(
      (text) =>
        `${address}: "${text.run}" (${scriptName(text.script)}, ${text.where}, in "${text.text.slice(0, 60)}") drawn with ${describeFonts(text.fonts)}`,
    )

type Visit = {
  page: Page
  cdp: CDPSession
  context: BrowserContext
  address: string
  /** Every run of the four scripts on the page, as drawn; the page is changed by the check. */
  check: () => Promise<CheckedText[]>
  downloads: () => Promise<DownloadedFont[]>
}

/**
 * Opens an address in a fresh browser context (an empty cache, so each page's font downloads
 * are its own) and waits for its fonts.
 */
async function visit(
  address: string,
  { status = 200, acceptLanguage = '', session = '' } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 800 },
    extraHTTPHeaders: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  })
  if (session) {
    const [name, value] = session.split('=')
    await context.addCookies([{ name, value, url: portal.url }])
  }
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const fonts = await recordFontDownloads(cdp)
  const response = await page.goto(`${portal.url}${address}`)
  expect(response?.status(), address).toBe(status)
  // Hydration swaps the language switcher's placeholder for the real one: check after it.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const name =
    (address.replace(/^\//, '').replace(/[^\w-]+/g, '-') || 'root') + (session ? '-member' : '')
  return {
    page,
    cdp,
    context,
    address,
    check: async () => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      await page.screenshot({
        path: path.join(reports, `${name}.png`),
        fullPage: true,
      })
      const checked = await checkScriptFonts(page, cdp)
      // Where the page is by then: a search moves its address as the visitor types.
      const { pathname, search } = new URL(page.url())
      visited.push({
        address: `${decodeURIComponent(pathname + search)}${session ? ' (member)' : ''}`,
        checked: checked.length,
        wrong: checked.filter((text) => !isDrawnRight(text)).length,
        downloads: await fonts.settled(),
      })
      return checked
    },
    downloads: fonts.settled,
  }
}

/** The scripts of the text a page draws outside language names: the Noto fonts it may load. */
const scriptsOfText = (checked: CheckedText[]) =>
  new Set(
    checked
      .filter((text) => text.where === 'text' || text.where === 'field')
      .map((text) => text.script),
  )

/** Which script's Noto font a downloaded file is, if it is one (not a language-names subset). */
const notoScript = (file: string) =>
  SCRIPTS.find((script) => file.startsWith(`${script.family.toLowerCase().replaceAll(' ', '-')}-`))
    ?.code

function expectOnlyNeededFonts(
  address: string,
  checked: CheckedText[],
  downloads: DownloadedFont[],
) {
  const drawn = scriptsOfText(checked)
  const needless = downloads.filter((font) => {
    const script = notoScript(font.file)
    return script ? !drawn.has(script) : !font.file.startsWith('language-names-')
  })
  expect(
    needless.map((font) => font.file),
    `${address} downloaded fonts it does not draw`,
  ).toEqual([])
  // Noto's own Latin subsets never come down: Latin is the device's interface font.
  expect(downloads.filter((font) => /latin/.test(font.file)).map((font) => font.file)).toEqual([])
}

let fontconfig: ReturnType<typeof fontconfigWithoutTheScripts> | undefined

beforeAll(async () => {
  fs.mkdirSync(reports, { recursive: true })
  fontconfig = fontconfigWithoutTheScripts()
  portal = await startPortal({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchChromium({ env: { FONTCONFIG_FILE: fontconfig.file } })
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
  if (fontconfig) fs.rmSync(fontconfig.dir, { recursive: true, force: true })
  const report = fontReport(visited)
  fs.writeFileSync(path.join(reports, 'fonts.md'), report)
  console.log(report)
})

describe('pages in Thai, Khmer, Lao and Burmese on a machine with no font for them', () => {
  for (const script of SCRIPTS) {
    const locale = script.code
    it(`should draw every ${script.name} text of the home, library, a resource, search and the country page in ${script.family}`, async () => {
      const failures: string[] = []
      const addresses = [
        `/${locale}`,
        `/${locale}/library`,
        `/${locale}/library/${RESOURCE}`,
        `/${locale}/countries/${COUNTRY[locale]}`,
      ]
      for (const address of addresses) {
        const page = await visit(address)
        const checked = await page.check()
        failures.push(...wrongly(address, checked))
        expect(
          checked.filter((text) => text.where === 'text' && text.script === locale).length,
          address,
        ).toBeGreaterThan(0)
        expect(switcherNames(checked), address).toEqual([...SWITCHER_NAMES].sort())
        expectOnlyNeededFonts(address, checked, await page.downloads())
        await page.context.close()
      }

      // A word typed into the search page's box: the live search puts it in the address and the
      // results render under it, the word still in the box.
      const search = await visit(`/${locale}/search`)
      await search.page.locator('#q').pressSequentially(WORD[locale], { delay: 30 })
      await search.page.waitForURL((url) => url.searchParams.get('q') === WORD[locale])
      await search.page.waitForLoadState('networkidle')
      const checked = await search.check()
      failures.push(...wrongly(`${search.address}?q=${WORD[locale]}`, checked))
      expect(checked.filter((text) => text.where === 'field').map((text) => text.run)).toContain(
        WORD[locale],
      )
      expectOnlyNeededFonts(search.address, checked, await search.downloads())
      await search.context.close()

      expect(failures).toEqual([])
    })
  }
})

describe('the language switcher and typing on pages in Latin scripts', () => {
  it('should draw ไทย, ខ្មែរ, ລາວ and မြန်မာ from their subsets in English, Vietnamese and Indonesian, downloading no Noto font', async () => {
    const failures: string[] = []
    for (const locale of ['en', 'vi', 'id']) {
      const address = `/${locale}`
      const page = await visit(address)
      const checked = await page.check()
      failures.push(...wrongly(address, checked))
      expect(switcherNames(checked), address).toEqual([...SWITCHER_NAMES].sort())
      const downloads = await page.downloads()
      expect(
        downloads
          .filter((font) => !font.file.startsWith('language-names-'))
          .map((font) => font.file),
        address,
      ).toEqual([])
      await page.context.close()
    }
    // The page outside every language brings its own document, styles and switcher.
    const missing = await visit('/nothing-here', { status: 404, acceptLanguage: 'my' })
    const checked = await missing.check()
    failures.push(...wrongly(missing.address, checked))
    expect(switcherNames(checked)).toEqual([...SWITCHER_NAMES].sort())
    expect(
      checked.filter((text) => text.where === 'text' && text.script === 'my').length,
    ).toBeGreaterThan(0)
    await missing.context.close()
    expect(failures).toEqual([])
  })

  it('should draw a Thai, Khmer, Lao or Burmese word typed into the header search box of an English page', async () => {
    const page = await visit('/en/search')
    const failures: string[] = []
    for (const script of SCRIPTS) {
      await page.page.locator('#header-q').fill('')
      await page.page.locator('#header-q').pressSequentially(WORD[script.code], { delay: 30 })
      await page.page.evaluate(() => document.fonts.ready.then(() => undefined))
      const fonts = await fieldFonts(page.cdp, '#header-q', WORD[script.code])
      const typed: CheckedText = {
        script: script.code,
        run: WORD[script.code],
        text: WORD[script.code],
        where: 'field',
        fonts,
      }
      if (!isDrawnRight(typed)) failures.push(...wrongly('/en/search (header box)', [typed]))
    }
    await page.check()
    await page.context.close()
    expect(failures).toEqual([])
  })
})

describe('account and forum pages in the four scripts', () => {
  it('should draw their labels, fields and buttons in the Noto fonts, for visitors and members, loading only the fonts they draw', async () => {
    const failures: string[] = []
    const session = (await signIn(portal.url, ADMIN)).cookie
    const pages = [
      { address: '/th/account/sign-in', session: '' },
      { address: '/km/account/join', session: '' },
      { address: '/lo/account/forgot-password', session: '' },
      { address: '/my/forums', session: '' },
      { address: '/km/account/profile', session },
      { address: '/th/forums/new', session },
      { address: '/my/account', session },
    ]
    for (const { address, session: cookie } of pages) {
      const page = await visit(address, { session: cookie })
      const checked = await page.check()
      failures.push(...wrongly(address, checked))
      expect(checked.filter((text) => text.where === 'text').length, address).toBeGreaterThan(0)
      expectOnlyNeededFonts(address, checked, await page.downloads())
      await page.context.close()
    }
    expect(failures).toEqual([])
  })
})
