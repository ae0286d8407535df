import { simpleParser, type ParsedMail } from 'mailparser'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN_PDF } from '../helpers/adminPdf'
import { seriousViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { watchCspViolations } from '../helpers/csp'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'
import { signIn } from '../helpers/session'

/**
 * A visitor's walk through the portal: home, a theme, the library narrowed by country and
 * language, a resource in several languages; then the same page in Thai and Burmese; and an
 * editor's change showing on the public page without a rebuild.
 */
let portal: RunningPortal
let browser: Browser
const ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-admin-password-1' }

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page), page.url()).toEqual([])
}

beforeAll(async () => {
  portal = await startPortal({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('a visitor finding a resource', () => {
  it('should go from home to a theme, to the library filtered by country and language, to a resource in two languages', async () => {
    const page = await browser.newPage()
    const fonts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname)
    })
    await page.goto(`${portal.url}/en`)
    expect(await page.locator('h1').textContent()).toBe('Labour Migration Community of Practice')
    expect(await page.locator('#themes-heading + ul li').count()).toBe(5)
    // The language names (ไทย, ខ្មែរ, မြန်မာ…) come from tiny subsets: an English page downloads
    // no Noto font.
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((font) => !/\/language-names-\w+\.[\w-]+\.woff2$/.test(font))).toEqual([])
    await expectAccessible(page)

    await page
      .locator('#themes-heading + ul')
      .getByRole('link', { name: /^Labour exploitation/ })
      .click()
    await page.waitForURL(/\/en\/themes\/labour-exploitation$/)
    expect(await page.locator('h1').textContent()).toBe('Labour exploitation including trafficking')
    await expectAccessible(page)

    await page.getByRole('link', { name: /^See all \(\d+\)$/ }).click()
    await page.waitForURL(/\/en\/library\?theme=labour-exploitation/)
    const everything = Number(
      (await page.locator('.results-count').textContent())?.match(/\d+/)?.[0],
    )
    await page.locator('select[name="country"]').selectOption('TH')
    await page.locator('select[name="language"]').selectOption('th')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.waitForURL(/country=TH.*language=th/)
    const narrowed = Number((await page.locator('.results-count').textContent())?.match(/\d+/)?.[0])
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(everything)
    for (const languages of await page.locator('.card .hit-languages').allTextContents())
      expect(languages).toContain('ไทย')
    await expectAccessible(page)

    await page
      .getByRole('link', { name: /Paralegal/ })
      .first()
      .click()
    await page.waitForURL(/\/en\/library\/paralegal/)
    const editions = page.locator('.editions .edition')
    // The seed's two editions of the manual, Burmese and Thai (src/seed/data/resources.ts).
    expect(await editions.count()).toBe(2)
    expect(await page.locator('.edition-language').allTextContents()).toEqual(
      expect.arrayContaining(['ไทย', 'မြန်မာ']),
    )
    const link = editions.first().locator('a.download')
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\/|^\/api\/media\/file\//)
    expect(await page.locator('.citation').textContent()).toContain('/en/library/paralegal')
    await expectAccessible(page)
    await page.close()
  })

  it('should switch the same resource page to Thai and to Burmese, with the right lang attribute', async () => {
    const page = await browser.newPage()
    await page.goto(
      `${portal.url}/en/library/paralegal-training-manual-migrant-workers-access-to-justice`,
    )
    await page.locator('nav ul.languages').getByRole('link', { name: 'ไทย' }).click()
    await page.waitForURL(
      /\/th\/library\/paralegal-training-manual-migrant-workers-access-to-justice$/,
    )
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await page.locator('#editions-heading').textContent()).toBe('ฉบับภาษาต่าง ๆ')
    // Thai text is drawn with the self-hosted Noto Sans Thai, whatever fonts the device has.
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    // (No space in the sample: a space belongs to the font's Latin face, which Thai text never loads.)
    expect(
      await page.evaluate(() => document.fonts.check('16px "Noto Sans Thai"', 'ฉบับภาษาต่าง')),
    ).toBe(true)
    await expectAccessible(page)

    await page.locator('nav ul.languages').getByRole('link', { name: 'မြန်မာ' }).click()
    await page.waitForURL(
      /\/my\/library\/paralegal-training-manual-migrant-workers-access-to-justice$/,
    )
    expect(await page.locator('html').getAttribute('lang')).toBe('my')
    expect(await page.locator('#cite-heading').textContent()).toBe('ကိုးကားပုံ')
    await expectAccessible(page)
    await page.close()
  })

  it('should show a members-only resource as such, with no way to download it', async () => {
    const { token } = await signIn(portal.url, ADMIN)
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const { docs } = (await (
      await fetch(
        `${portal.url}/api/resources?where[slug][equals]=paralegal-training-manual-migrant-workers-access-to-justice`,
        { headers: auth },
      )
    ).json()) as { docs: { id: number }[] }
    await fetch(`${portal.url}/api/resources/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ visibility: 'members' }),
    })

    const page = await browser.newPage()
    await page.goto(
      `${portal.url}/en/library/paralegal-training-manual-migrant-workers-access-to-justice`,
    )
    expect(await page.locator('.badge').first().textContent()).toBe('Members only')
    expect(await page.locator('.notice').textContent()).toMatch(/for members/)
    expect(await page.locator('a.download').count()).toBe(0)
    // Both editions are named, though neither can be fetched.
    expect(await page.locator('.edition-title').count()).toBe(2)
    await page.close()
    await fetch(`${portal.url}/api/resources/${docs[0]!.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ visibility: 'public' }),
    })
  })
})

describe('an editor changing content', () => {
  it("should show a resource's new title on its page and in the library without a rebuild", async () => {
    const path = '/en/library/paralegal-training-manual-migrant-workers-access-to-justice'
    const before = await (await fetch(`${portal.url}${path}`)).text()
    expect(before).toContain('Paralegal')
    // Read again, and the library list too, so both are certainly in the visitors' cache.
    await fetch(`${portal.url}${path}`)
    const list = `${portal.url}/en/library?theme=labour-exploitation&country=TH&language=th`
    expect(await (await fetch(list)).text()).toContain('Paralegal')

    const { token } = await signIn(portal.url, ADMIN)
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const { docs } = (await (
      await fetch(
        `${portal.url}/api/resources?where[slug][equals]=paralegal-training-manual-migrant-workers-access-to-justice`,
        { headers: auth },
      )
    ).json()) as { docs: { id: number }[] }
    const renamed = `Paralegal manual, revised ${Date.now()}`
    const update = await fetch(`${portal.url}/api/resources/${docs[0]!.id}?locale=en`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: renamed }),
    })
    expect(update.status).toBe(200)

    const after = await (await fetch(`${portal.url}${path}`)).text()
    expect(after).toContain(renamed)
    const library = await (await fetch(list)).text()
    expect(library).toContain(renamed)
  })
})

describe('the portal under its Content-Security-Policy', () => {
  it('should run the public pages, the live search included, with no violation', async () => {
    const context = await browser.newContext()
    const violations = await watchCspViolations(context)
    const page = await context.newPage()
    for (const path of ['/en', '/en/library', '/en/countries/th', '/en/regional-overview']) {
      await page.goto(`${portal.url}${path}`, { waitUntil: 'networkidle' })
    }
    await page.goto(`${portal.url}/en/search`)
    await page.locator('main input[type="search"]').fill('migrant')
    await page.locator('.hit-title a').first().waitFor()
    expect(violations).toEqual([])
    await context.close()
  })

  it('should let an editor sign in, rename a resource and upload a PDF with no violation, and the dashboard name its locale', async () => {
    const context = await browser.newContext()
    const violations = await watchCspViolations(context)
    // Every text the locale switcher shows, in every page of the context.
    const localeLabels: string[] = []
    context.on('console', (message) => {
      const [, label] = /^locale label: (.*)$/.exec(message.text()) ?? []
      if (label !== undefined) localeLabels.push(label)
    })
    await context.addInitScript(() => {
      new MutationObserver(() => {
        const label = document.querySelector('.localizer-button__current-label')?.textContent
        if (label && label !== (window as { lastLabel?: string }).lastLabel) {
          ;(window as { lastLabel?: string }).lastLabel = label
          console.log(`locale label: ${label}`)
        }
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    const page = await context.newPage()

    await page.goto(`${portal.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin$/)
    await expect
      .poll(() => page.locator('.localizer-button__current-label').first().textContent())
      .toBe('English')
    expect(localeLabels.filter((label) => label !== 'English')).toEqual([])

    const { docs } = (await (
      await fetch(`${portal.url}/api/resources?limit=1&sort=-slug&locale=en`)
    ).json()) as { docs: { id: number; title: string }[] }
    const renamed = `${docs[0]!.title} (edited in the admin panel)`
    await page.goto(`${portal.url}/admin/collections/resources/${docs[0]!.id}?locale=en`)
    await page.locator('#field-title').fill(renamed)
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && /\/api\/resources\//.test(response.url()),
    )
    await page.locator('#action-save').click()
    expect((await saved).status()).toBe(200)
    const resource = await (
      await fetch(`${portal.url}/api/resources/${docs[0]!.id}?locale=en`)
    ).json()
    expect(resource.title).toBe(renamed)

    await page.goto(`${portal.url}/admin/collections/media/create?locale=en`)
    await page.locator('input[type="file"]').setInputFiles({
      name: 'admin-upload.pdf',
      mimeType: 'application/pdf',
      buffer: ADMIN_PDF,
    })
    await page.locator('#field-alt').fill('A guide uploaded in the admin panel')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+/)
    const fileURL = await page.locator('a[href*="/api/media/file/"]').first().getAttribute('href')
    expect(fileURL).toMatch(/\/api\/media\/file\/admin-upload(-\d+)?\.pdf$/)
    // Uploaded files carry no page policy, so Chromium draws the PDF in its viewer.
    await page.goto(new URL(fileURL!, portal.url).toString())
    await expect
      .poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension://')))
      .toBe(true)

    expect(violations).toEqual([])
    await context.close()
  })
})

describe('signing in on the site', () => {
  const MEMBER = {
    email: 'e2e-member@example.org',
    password: 'e2e-member-password-1',
    name: 'Site Member',
  }

  beforeAll(async () => {
    const { cookie } = await signIn(portal.url, ADMIN)
    const created = await fetch(`${portal.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: portal.url, cookie },
      body: JSON.stringify({
        ...MEMBER,
        roles: ['member'],
        membershipStatus: 'approved',
        // An account a manager creates needs no mailed link before it signs in.
        _verified: true,
      }),
    })
    expect(created.status, await created.text()).toBe(201)
  })

  /** The newest mail to `to` that `matches`, waiting for it to arrive. */
  async function mailTo(to: string, matches: (mail: ParsedMail) => boolean): Promise<ParsedMail> {
    const dir = portal.env.MAIL_DIR
    let found: ParsedMail | undefined
    await expect
      .poll(
        async () => {
          const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort().reverse() : []
          for (const file of files) {
            const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
            if (JSON.stringify(mail.to ?? '').includes(to) && matches(mail)) {
              found = mail
              return true
            }
          }
          return false
        },
        { timeout: 20_000 },
      )
      .toBe(true)
    return found!
  }

  /** The text of the newest mail the portal sent to `to`, as the SMTP sink stored it. */
  async function newestMailTo(to: string): Promise<string> {
    return (await mailTo(to, () => true)).text ?? ''
  }

  it('should sign a member in from the header, show who is signed in on every page, and sign them out for good', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.url}/en/library`)
    await page.locator('.account-state').getByRole('link', { name: 'Sign in' }).click()
    await page.waitForURL(/\/en\/account\/sign-in$/)
    await expectAccessible(page)

    await page.getByLabel('E-mail address').fill(MEMBER.email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).last().click()
    await page.waitForURL(/\/en\/account\/sign-in\?error=failed$/)
    expect(await page.locator('main').getByRole('alert').textContent()).toBe(
      'That e-mail address and password do not match an account. Check them and try again.',
    )
    await expectAccessible(page)

    await page.getByLabel('E-mail address').fill(MEMBER.email)
    await page.getByLabel('Password').fill(MEMBER.password)
    await page.getByRole('button', { name: 'Sign in' }).last().click()
    await page.waitForURL(/\/en\/account$/)
    expect(await page.locator('main').textContent()).toContain(
      'You are a member: members-only resources and their files are open to you.',
    )
    await expectAccessible(page)
    const [session] = (await context.cookies()).filter((c) => c.name === 'payload-token')
    expect({ httpOnly: session.httpOnly, sameSite: session.sameSite }).toEqual({
      httpOnly: true,
      sameSite: 'Lax',
    })

    await page.goto(`${portal.url}/th/news`)
    expect(await page.locator('.account-state').textContent()).toContain('เข้าสู่ระบบในชื่อ Site Member')
    await page.locator('.account-state').getByRole('button', { name: 'ออกจากระบบ' }).click()
    await page.waitForURL(/\/th\/account\/sign-in\?signedOut=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe('คุณออกจากระบบแล้ว')
    // The token the browser held no longer signs anyone in, even replayed by hand.
    const replay = await fetch(`${portal.url}/api/users/me`, {
      headers: { cookie: `payload-token=${session.value}`, 'sec-fetch-site': 'same-origin' },
    })
    expect((await replay.json()).user).toBeNull()
    await context.close()
  })

  it('should reset a forgotten password through the mailed link and sign the member in', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.url}/th/account/forgot-password`)
    await expectAccessible(page)
    await page.getByLabel('ที่อยู่อีเมล').fill(MEMBER.email)
    await page.getByRole('button', { name: 'ส่งลิงก์ให้ฉันทางอีเมล' }).click()
    await page.waitForURL(/\/th\/account\/forgot-password\?sent=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(
      'หากมีบัญชีที่ใช้ที่อยู่นี้ เราได้ส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปแล้ว ลิงก์ใช้ได้หนึ่งชั่วโมง',
    )

    // The member chose no language: the mail and its link are in English.
    const mail = await newestMailTo(MEMBER.email)
    const link = mail.match(/https?:\/\/[^\s"<>]+\/en\/account\/reset-password\/[a-f0-9]+/)?.[0]
    expect(link?.startsWith(`${portal.url}/`)).toBe(true)
    await page.goto(link!)
    await expectAccessible(page)

    await page.getByLabel('New password (at least 10 characters)').fill('short')
    await page.getByLabel('The new password again').fill('short')
    // The browser's own check (minlength) would stop a short password: send the form anyway.
    await page.locator('form.account-form').evaluate((form: HTMLFormElement) => {
      form.noValidate = true
    })
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/\?error=short$/)
    expect(await page.locator('main').getByRole('alert').textContent()).toBe(
      'The new password must have at least 10 characters.',
    )

    await page.getByLabel('New password (at least 10 characters)').fill('a-new-password-2026')
    await page.getByLabel('The new password again').fill('a-new-password-2027')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/\?error=differ$/)

    await page.getByLabel('New password (at least 10 characters)').fill('a-new-password-2026')
    await page.getByLabel('The new password again').fill('a-new-password-2026')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/\/en\/account\?passwordChanged=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(
      'Your new password is saved, and you are signed in.',
    )
    expect(await page.locator('.account-state').textContent()).toContain('Signed in as Site Member')
    await expectAccessible(page)

    // The link is spent.
    await page.goto(link!)
    await page.getByLabel('New password (at least 10 characters)').fill('yet-another-password')
    await page.getByLabel('The new password again').fill('yet-another-password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/\?error=invalid$/)
    await context.close()
  })

  /** The join form in Thai, filled for `email` and sent; `organisation: false` leaves it out. */
  async function applyToJoin(page: Page, email: string, { organisation = true } = {}) {
    await page.goto(`${portal.url}/th/account/join`)
    const form = page.locator('main form')
    await form.getByLabel('ชื่อของคุณ').fill(APPLICANT.name)
    await form.getByLabel('ที่อยู่อีเมล').fill(email)
    await form.locator('[name="password"]').fill(APPLICANT.password)
    await form.locator('[name="repeat"]').fill(APPLICANT.password)
    // The first entry of the directory.
    if (organisation) await form.locator('select[name="organisation"]').selectOption({ index: 1 })
    await form.locator('select[name="memberGroup"]').selectOption('trade-union')
    await form.locator('select[name="country"]').selectOption({ index: 1 })
    await form.locator('fieldset input[type="checkbox"]').first().check()
    await form.locator('[name="statement"]').fill('ฉันทำงานด้านสิทธิแรงงานข้ามชาติ')
    await form.locator('select[name="preferredLanguage"]').selectOption('th')
    await form.getByRole('button', { name: 'ส่งใบสมัคร' }).click()
  }
  const APPLICANT = {
    email: 'e2e-applicant@example.org',
    password: 'e2e-applicant-password-1',
    name: 'Site Applicant',
  }
  const CHECK_YOUR_MAIL = 'โปรดตรวจสอบอีเมลของคุณ: เราได้ส่งลิงก์สำหรับยืนยันที่อยู่อีเมลไปให้แล้ว'

  const MODERATOR = {
    email: 'e2e-moderator@example.org',
    password: 'e2e-moderator-password-1',
    name: 'Site Moderator',
  }
  const MEMBERS_ONLY = 'paralegal-training-manual-migrant-workers-access-to-justice'
  const EVENT_TITLE = 'เวทีสหภาพแรงงานว่าด้วยการจัดหางานอย่างเป็นธรรม'

  /** A browser of its own for `who`, signed in through the site's form. */
  async function signedInContext(who: { email: string; password: string }, locale = 'en') {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.url}/${locale}/account/sign-in`)
    await page.locator('main input[type="email"]').fill(who.email)
    await page.locator('main input[type="password"]').fill(who.password)
    await page.locator('main form button[type="submit"]').last().click()
    await page.waitForURL(new RegExp(`/${locale}/account$`))
    await page.close()
    return context
  }

  async function signInOnTheSite(page: Page) {
    await page.goto(`${portal.url}/th/account/sign-in`)
    await page.getByLabel('ที่อยู่อีเมล').fill(APPLICANT.email)
    await page.getByLabel('รหัสผ่าน').fill(APPLICANT.password)
    await page.locator('main').getByRole('button', { name: 'เข้าสู่ระบบ' }).click()
  }

  it('should take a visitor from the join form and the mailed link, confirmed by a button, to a manager’s approval on the site and membership', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${portal.url}/th/account/sign-in`)
    await page.locator('main').getByRole('link', { name: 'เข้าร่วมชุมชน' }).click()
    await page.waitForURL(/\/th\/account\/join$/)
    await expectAccessible(page)

    // Without an organisation, the form comes back saying which field to look at.
    await applyToJoin(page, APPLICANT.email, { organisation: false })
    await page.waitForURL(/\/th\/account\/join\?error=organisation$/)
    expect(await page.locator('main').getByRole('alert').textContent()).toBe(
      'โปรดเลือกองค์กรของคุณจากรายการ หรือพิมพ์ชื่อองค์กร',
    )
    await expectAccessible(page)

    await applyToJoin(page, APPLICANT.email)
    await page.waitForURL(/\/th\/account\/join\?sent=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(CHECK_YOUR_MAIL)

    // The mail is in the language the applicant chose, linking to the site's verify page.
    const mail = await newestMailTo(APPLICANT.email)
    const link = mail.match(/https?:\/\/[^\s"<>]+\/th\/account\/verify\/[a-f0-9]+/)?.[0]
    expect(link?.startsWith(`${portal.url}/`)).toBe(true)

    // Opening the link (as a mail scanner would) confirms nothing.
    await page.goto(link!)
    await expectAccessible(page)
    expect(await page.locator('main').getByRole('status').count()).toBe(0)
    await signInOnTheSite(page)
    await page.waitForURL(/\/th\/account\/sign-in\?error=unverified$/)
    expect(await page.locator('main').getByRole('alert').textContent()).toBe(
      'โปรดยืนยันที่อยู่อีเมลของคุณก่อน โดยใช้ลิงก์ในอีเมลที่เราส่งให้',
    )

    await page.goto(link!)
    await page.getByRole('button', { name: 'ยืนยันที่อยู่อีเมลของฉัน' }).click()
    await page.waitForURL(/\/th\/account\/verify\/[a-f0-9]+\?confirmed=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(
      'ยืนยันที่อยู่อีเมลของคุณแล้ว ผู้จัดการจะพิจารณาใบสมัครของคุณ และเราจะแจ้งผลให้ทราบทางอีเมล',
    )
    await expectAccessible(page)

    // A manager approves on the site, in a browser of their own, and lets the member submit.
    const manager = await signedInContext(ADMIN)
    const admin = await manager.newPage()
    await admin.goto(`${portal.url}/en/account/members`)
    await expectAccessible(admin)
    const application = admin.locator('article.applicant', { hasText: APPLICANT.email })
    await application.locator('select[name="memberGroup"]').selectOption('trade-union')
    await application.getByRole('button', { name: 'Approve', exact: true }).click()
    await admin.waitForURL(/\/en\/account\/members\?saved=/)
    expect(await admin.locator('article.applicant', { hasText: APPLICANT.email }).count()).toBe(0)
    const rights = admin.locator('article.member', { hasText: APPLICANT.email })
    await rights.getByLabel('May submit their organisation’s events, news and resources').check()
    await rights.getByRole('button', { name: 'Save roles and rights' }).click()
    await admin.waitForURL(/\/en\/account\/members\?saved=/)
    await expectAccessible(admin)
    for (const managersPage of ['invitations', 'organisation-changes', 'review']) {
      // The page itself: a sign-in redirect or an error page has one heading too.
      const answer = await admin.goto(`${portal.url}/en/account/${managersPage}`)
      expect(answer?.status(), managersPage).toBe(200)
      expect(new URL(admin.url()).pathname).toBe(`/en/account/${managersPage}`)
      expect(await admin.locator('h1').count(), managersPage).toBe(1)
      await expectAccessible(admin)
    }

    // The applicant is told, in Thai, and signs in as a member.
    expect(await newestMailTo(APPLICANT.email)).toContain('อนุมัติ')
    await signInOnTheSite(page)
    await page.waitForURL(/\/th\/account$/)
    expect(await page.locator('main').textContent()).toContain(
      'คุณเป็นสมาชิกแล้ว: คุณเข้าถึงทรัพยากรและไฟล์สำหรับสมาชิกได้',
    )
    for (const memberPage of [
      'account/profile',
      'account/notifications',
      'members',
      'account/submissions',
      'account/submissions/news',
      'account/submissions/resource',
      'account/submissions/organisation',
      'account/closed',
    ]) {
      const answer = await page.goto(`${portal.url}/th/${memberPage}`)
      expect(answer?.status(), memberPage).toBe(200)
      expect(new URL(page.url()).pathname).toBe(`/th/${memberPage}`)
      expect(await page.locator('h1').count(), memberPage).toBe(1)
      await expectAccessible(page)
    }
    await manager.close()
    await context.close()
  })

  it('should let a member download a members-only work, propose an event that a moderator publishes to the calendar, hear of it at once and stop the mails from the link', async () => {
    const { cookie } = await signIn(portal.url, ADMIN)
    const rest = (url: string, init: RequestInit = {}) =>
      fetch(`${portal.url}/api${url}`, {
        ...init,
        headers: { 'content-type': 'application/json', origin: portal.url, cookie },
      })
    const found = await rest(`/resources?where[slug][equals]=${MEMBERS_ONLY}&depth=0`)
    const [work] = (await found.json()).docs as { id: number }[]
    const hidden = await rest(`/resources/${work!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ visibility: 'members' }),
    })
    expect(hidden.status).toBe(200)

    const member = await signedInContext(APPLICANT, 'th')
    const page = await member.newPage()
    await page.goto(`${portal.url}/th/library/${MEMBERS_ONLY}`)
    expect(await page.locator('.notice').count()).toBe(0)
    expect(await page.locator('a.download').count()).toBeGreaterThan(0)

    // They want to hear at once of anything new in what they follow (their themes of interest).
    await page.goto(`${portal.url}/th/account/notifications`)
    await page.locator('input[name="notifications"][value="immediate"]').check()
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click()
    await page.waitForURL(/\/th\/account\/notifications\?saved=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(
      'บันทึกการตั้งค่าการแจ้งเตือนของคุณแล้ว',
    )

    // The member proposes an event, in Thai, for the first theme.
    await page.goto(`${portal.url}/th/account/submissions/event`)
    await expectAccessible(page)
    const form = page.locator('main form')
    const themeId = await form.locator('input[name="themes"]').first().getAttribute('value')
    const start = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
    await form.locator('[name="title"]').fill(EVENT_TITLE)
    await form.locator('input[name="themes"]').first().check()
    await form
      .locator('[name="summary"]')
      .fill('การประชุมหารือของสหภาพแรงงานเรื่องการจัดหางานอย่างเป็นธรรม')
    await form.locator('select[name="kind"]').selectOption({ index: 1 })
    await form.locator('[name="start"]').fill(`${start}T09:00`)
    await form.locator('[name="end"]').fill(`${start}T16:00`)
    await form.locator('select[name="mode"]').selectOption('in-person')
    await form.locator('[name="place"]').fill('กรุงเทพมหานคร')
    await form.getByRole('button', { name: 'ส่งเพื่อตรวจสอบ' }).click()
    await page.waitForURL(/\/th\/account\/submissions\?sent=1$/)
    expect(await page.locator('main').textContent()).toContain(EVENT_TITLE)
    await expectAccessible(page)

    // Waiting, it is nowhere public.
    const visitor = await browser.newContext()
    const calendar = await visitor.newPage()
    await calendar.goto(`${portal.url}/en/events`)
    expect(await calendar.locator('main').textContent()).not.toContain(EVENT_TITLE)

    // A moderator of that theme approves it from their review queue.
    const created = await rest('/users', {
      method: 'POST',
      body: JSON.stringify({
        ...MODERATOR,
        roles: ['moderator'],
        moderatedThemes: [Number(themeId)],
        membershipStatus: 'approved',
        _verified: true,
      }),
    })
    expect(created.status, await created.text()).toBe(201)
    const moderator = await signedInContext(MODERATOR)
    const review = await moderator.newPage()
    await review.goto(`${portal.url}/en/account/review`)
    await expectAccessible(review)
    const waiting = review.locator('li, article', { hasText: EVENT_TITLE }).last()
    await waiting.getByRole('button', { name: 'Approve and publish' }).click()
    await review.waitForURL(/\/en\/account\/review\?decided=1$/)
    expect(await review.locator('main').textContent()).not.toContain(EVENT_TITLE)

    // The visitor's calendar shows it within seconds.
    await expect
      .poll(
        async () => {
          await calendar.reload()
          return (await calendar.locator('main').textContent()) ?? ''
        },
        { timeout: 10_000 },
      )
      .toContain(EVENT_TITLE)

    // The member, following its theme, is told at once, with a link that stops the mails only
    // once its button is pressed.
    const notice = await mailTo(APPLICANT.email, (mail) =>
      // mailparser gathers the List-* headers under `list`.
      Boolean(
        (mail.headers.get('list') as { unsubscribe?: unknown } | undefined)?.unsubscribe &&
        mail.text?.includes(EVENT_TITLE),
      ),
    )
    const stop = notice.text?.match(
      /https?:\/\/[^\s"<>]+\/th\/account\/unsubscribe\/[^\s"<>]+/,
    )?.[0]
    expect(stop?.startsWith(`${portal.url}/`)).toBe(true)
    await page.goto(stop!)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'หยุดรับอีเมลเหล่านี้' }).click()
    await page.waitForURL(/\?done=1$/)
    expect(await page.locator('main').getByRole('status').textContent()).toBe(
      'เรียบร้อย คุณจะไม่ได้รับอีเมลแจ้งเตือนอีก',
    )
    await page.goto(`${portal.url}/th/account/notifications`)
    expect(await page.locator('input[name="notifications"][value="none"]').isChecked()).toBe(true)
    await Promise.all([member.close(), moderator.close(), visitor.close()])
    await rest(`/resources/${work!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ visibility: 'public' }),
    })
  })

  it('should answer a join for an address that already has an account with exactly the same page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await applyToJoin(page, 'e2e-newcomer@example.org')
    await page.waitForURL(/\/th\/account\/join\?sent=1$/)
    const forNewAddress = await page.locator('main').innerHTML()
    expect(forNewAddress).toContain(CHECK_YOUR_MAIL)

    await applyToJoin(page, MEMBER.email)
    await page.waitForURL(/\/th\/account\/join\?sent=1$/)
    expect(await page.locator('main').innerHTML()).toBe(forNewAddress)
    await context.close()
  })

  it('should carry a cross-theme discussion from its start to a quoted reply, a mention, the mails, and a moderator, and show visitors only the invitation', async () => {
    // Three approved members and a moderator of one theme, as a manager creates them.
    const { cookie } = await signIn(portal.url, ADMIN)
    const people = {
      a: { email: 'e2e-forum-a@example.org', password: 'e2e-forum-a-pass-1', name: 'Malee Srisuk' },
      b: { email: 'e2e-forum-b@example.org', password: 'e2e-forum-b-pass-1', name: 'Dara Sok' },
      c: {
        email: 'e2e-forum-c@example.org',
        password: 'e2e-forum-c-pass-1',
        name: 'Khin Thandar',
      },
      moderator: {
        email: 'e2e-forum-moderator@example.org',
        password: 'e2e-forum-moderator-pass-1',
        name: 'Forum Moderator',
      },
    }
    const themes = await (
      await fetch(`${portal.url}/api/themes?limit=1&depth=0`, { headers: { cookie } })
    ).json()
    const handles: Record<string, string> = {}
    for (const [key, who] of Object.entries(people)) {
      const created = await fetch(`${portal.url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: portal.url, cookie },
        body: JSON.stringify({
          ...who,
          roles: key === 'moderator' ? ['moderator'] : ['member'],
          moderatedThemes: key === 'moderator' ? [themes.docs[0].id] : [],
          membershipStatus: 'approved',
          _verified: true,
        }),
      })
      const answer = await created.text()
      expect(created.status, answer).toBe(201)
      handles[key] = JSON.parse(answer).doc.handle
    }
    expect(handles.c).toBe('khin-thandar')

    // A starts a cross-theme discussion.
    const TITLE = 'Recruitment fees from the first contact to the return home'
    const a = await signedInContext(people.a)
    const started = await a.newPage()
    await started.goto(`${portal.url}/en/forums`)
    await expectAccessible(started)
    await started.getByRole('link', { name: 'Start a discussion' }).first().click()
    await started.waitForURL(/\/en\/forums\/new$/)
    await expectAccessible(started)
    const startForm = started.locator('main form')
    await startForm.getByLabel('Title (15 to 255 characters)').fill(TITLE)
    await startForm.getByLabel('Cross-theme: it concerns every theme').check()
    await startForm
      .getByLabel('Your post')
      .fill('Where in the migration cycle do workers pay the most, and who collects it?')
    await startForm.getByRole('button', { name: 'Publish' }).click()
    await started.waitForURL(
      /\/en\/forums\/recruitment-fees-from-the-first-contact-to-the-return-home-[a-z0-9]{6}$/,
    )
    const threadUrl = started.url()
    expect(await started.locator('h1').textContent()).toBe(TITLE)
    expect(await started.locator('.discussion-entry-tags').textContent()).toContain('Cross-theme')
    await expectAccessible(started)

    // B replies quoting A, and mentions C.
    const b = await signedInContext(people.b)
    const replying = await b.newPage()
    await replying.goto(threadUrl)
    const first = replying.locator('article.post').first()
    await first.getByRole('link', { name: 'Quote' }).click()
    const box = replying.locator('#reply-body')
    expect(await box.inputValue()).toBe(
      '> Malee Srisuk:\n> Where in the migration cycle do workers pay the most, and who collects it?\n\n',
    )
    await box.press('End')
    await box.pressSequentially(
      `Mostly before departure, to sub-agents in the village. @${handles.c} has the survey.`,
    )
    await replying.getByRole('button', { name: 'Reply' }).click()
    const reply = replying.locator('article.post').nth(1)
    await expect.poll(() => reply.count(), { timeout: 10_000 }).toBe(1)
    expect(await reply.locator('.post-quoted').textContent()).toContain('In reply to Malee Srisuk')
    expect(await reply.locator('.post-body blockquote').textContent()).toContain(
      'Where in the migration cycle do workers pay the most',
    )
    const replyId = ((await reply.getAttribute('id')) ?? '').replace('post-', '')
    await expectAccessible(replying)

    // A (who took part) and C (mentioned) are mailed, each once, with a link to B's post.
    const toA = await mailTo(people.a.email, (mail) => Boolean(mail.subject?.includes(TITLE)))
    expect(toA.subject).toBe(`Dara Sok in “${TITLE}”`)
    const toC = await mailTo(people.c.email, (mail) => Boolean(mail.subject?.includes(TITLE)))
    expect(toC.subject).toBe(`Dara Sok mentioned you in “${TITLE}”`)
    for (const mail of [toA, toC]) {
      expect(
        (mail.headers.get('list') as { unsubscribe?: unknown } | undefined)?.unsubscribe,
      ).toBeTruthy()
    }
    const link = toA.text?.match(/https?:\/\/\S+\?post=(\d+)#post-\d+/)
    expect(link?.[1]).toBe(replyId)
    const reading = await a.newPage()
    await reading.goto(link![0].replace(/^https?:\/\/[^/]+/, portal.url))
    const target = reading.locator(`#post-${replyId}`)
    expect(await target.locator('.post-author').textContent()).toBe('Dara Sok')
    expect(await target.locator('.post-body').textContent()).toContain('sub-agents in the village')
    await expectAccessible(reading)

    // A moderator hides B's post with a reason, and pins the thread.
    const moderator = await signedInContext(people.moderator)
    const moderating = await moderator.newPage()
    await moderating.goto(threadUrl)
    await expectAccessible(moderating)
    const hidden = moderating.locator(`#post-${replyId}`)
    // The tools fold away under each post, and at the top of the thread.
    await hidden.locator('summary', { hasText: 'Hide this post' }).click()
    await hidden
      .getByLabel('Reason (its author is told)')
      .fill('It names a person without consent.')
    await hidden.locator('form button[type="submit"]', { hasText: 'Hide this post' }).click()
    await expect
      .poll(async () => {
        await moderating.reload()
        return moderating.locator(`#post-${replyId} .post-placeholder`).textContent()
      })
      .toContain('This post was hidden by a moderator.')
    await moderating.locator('#moderation > summary').click()
    await moderating.getByRole('button', { name: 'Pin to the top' }).click()
    await expect
      .poll(async () => {
        await moderating.reload()
        return moderating.locator('.discussion-entry-tags').textContent()
      })
      .toContain('Pinned')
    const toB = await mailTo(people.b.email, (mail) => mail.subject === 'A moderator hid your post')
    expect(toB.text).toContain('It names a person without consent.')
    await expectAccessible(moderating)

    // Other members see the placeholder, not the words.
    await reading.reload()
    expect(await reading.locator(`#post-${replyId}`).textContent()).not.toContain('sub-agents')

    // A visitor sees none of it, only the invitation to join.
    const visitor = await browser.newContext()
    const looking = await visitor.newPage()
    for (const address of [`${portal.url}/en/forums`, threadUrl]) {
      const answer = await looking.goto(address)
      expect(answer?.status()).toBe(200)
      const main = (await looking.locator('main').textContent()) ?? ''
      expect(main).not.toContain(TITLE)
      expect(main).not.toContain('sub-agents')
      expect(main).not.toContain('migration cycle')
      expect(main).toContain('Join the community')
      await expectAccessible(looking)
    }
    // Nor do the sitemaps, the feeds or the search name it.
    // Each must answer: an error page would not name it either.
    const indexAnswer = await fetch(`${portal.url}/sitemap.xml`)
    expect(indexAnswer.status).toBe(200)
    const index = await indexAnswer.text()
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(sitemaps.length).toBeGreaterThan(0)
    const slug = new URL(threadUrl).pathname.split('/').pop()!
    for (const address of sitemaps) {
      const sitemap = await fetch(address.replace(/^https?:\/\/[^/]+/, portal.url))
      expect(sitemap.status, address).toBe(200)
      expect(await sitemap.text()).not.toContain(slug)
    }
    for (const feed of ['news.xml', 'resources.atom']) {
      const answer = await fetch(`${portal.url}/en/feeds/${feed}`)
      expect(answer.status, feed).toBe(200)
      expect(await answer.text()).not.toContain(TITLE)
    }
    const search = await fetch(`${portal.url}/api/search?q=${encodeURIComponent(TITLE)}`)
    expect(search.status).toBe(200)
    const { hits } = (await search.json()) as { hits: { title: string; url: string }[] }
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.filter((hit) => hit.url.includes('/forums/'))).toEqual([])
    expect(hits.map((hit) => hit.title).join('\n')).not.toContain('first contact')
    for (const context of [a, b, moderator, visitor]) await context.close()
  })

  it('should sign in and out with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${portal.url}/km/account/sign-in`)
    await page.getByLabel('អាសយដ្ឋានអ៊ីមែល').fill(MEMBER.email)
    // The password the reset test above chose (the tests of a file run in order).
    await page.getByLabel('ពាក្យសម្ងាត់').fill('a-new-password-2026')
    await page.getByRole('button', { name: 'ចូលគណនី' }).click()
    await page.waitForURL(/\/km\/account$/)
    expect(await page.locator('.account-state').textContent()).toContain('បានចូលជា Site Member')
    await page.locator('main').getByRole('button', { name: 'ចាកចេញ' }).click()
    await page.waitForURL(/\/km\/account\/sign-in\?signedOut=1$/)
    await context.close()
  })
})
