import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { launchChromium } from '../helpers/browser'
import { MINIMAL_PDF } from '../helpers/samples'
import { startPortal, type RunningPortal } from '../helpers/portalProcess'
import { sameOriginWith, signIn } from '../helpers/session'

/**
 * The forum pages over HTTP against the production build (issue 12): a visitor and a pending
 * member get the invitation at every forum address, members the discussions; a member replies
 * through the page's form, quoting a post, and sees the API's sentence when refused.
 */
let portal: RunningPortal
let browser: Browser
const ADMIN = { email: 'e2e-forum-admin@example.org', password: 'e2e-forum-admin-password-1' }
const PASSWORD = 'e2e-forum-password-1'
const PEOPLE = {
  author: { email: 'e2e-forum-author@example.org', name: 'Forum Author' },
  replier: { email: 'e2e-forum-replier@example.org', name: 'Forum Replier' },
  pending: { email: 'e2e-forum-pending@example.org', name: 'Forum Pending' },
  attacher: { email: 'e2e-forum-attacher@example.org', name: 'Forum Attacher' },
}
const TITLE = 'Recruitment fees paid before departure'
const FIRST_POST = 'Who has data on what workers pay recruiters before they leave home?'
const cookies: Record<string, string> = {}
let slug = ''
let firstPostId = ''

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal' }],
      },
    ],
  },
})

async function api(method: string, path: string, cookie: string, body: unknown) {
  const response = await fetch(`${portal.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: portal.url, cookie },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  expect(response.status, text).toBeLessThan(300)
  return JSON.parse(text)
}

const page = async (path: string, cookie?: string) => {
  const response = await fetch(`${portal.url}${path}`, {
    headers: cookie ? sameOriginWith(cookie) : {},
    redirect: 'manual',
  })
  return { status: response.status, html: await response.text() }
}

async function signedInContext(cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext()
  const [name, value] = cookie.split('=')
  await context.addCookies([{ name: name!, value: value!, url: portal.url }])
  return context
}

beforeAll(async () => {
  portal = await startPortal({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  browser = await launchChromium()
  const admin = (await signIn(portal.url, ADMIN)).cookie
  const theme = (
    await (await fetch(`${portal.url}/api/themes?where[slug][equals]=labour-exploitation`)).json()
  ).docs[0]
  for (const [key, person] of Object.entries(PEOPLE)) {
    await api('POST', '/users', admin, {
      ...person,
      password: PASSWORD,
      roles: ['member'],
      membershipStatus: key === 'pending' ? 'pending' : 'approved',
      // Members of some standing: the newcomers' rates are tested in the forums' own suites.
      approvedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      _verified: true,
    })
    cookies[key] = (await signIn(portal.url, { email: person.email, password: PASSWORD })).cookie
  }
  const created = await api('POST', '/discussions', cookies.author!, {
    title: TITLE,
    themes: [theme.id],
    body: paragraph(FIRST_POST),
  })
  slug = created.doc.slug
  firstPostId = String(created.doc.firstPost?.id ?? created.doc.firstPost)
  // The author has read their own first post: the reply below is then their one unread post.
  await page(`/en/forums/${slug}`, cookies.author)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

describe('the forum pages over HTTP', () => {
  it('should give a visitor the invitation with the counts at every forum address, and never a title or a post', async () => {
    for (const path of ['/en/forums', `/en/forums/${slug}`, '/en/forums/new', '/en/forums/x']) {
      const { status, html } = await page(path)
      expect(status, path).toBe(200)
      expect(html).toContain('Join the community')
      expect(html).not.toContain(TITLE)
      expect(html).not.toContain(FIRST_POST)
    }
    const theme = await page('/en/themes/labour-exploitation')
    expect(theme.html).toContain('This theme has 1 discussions in the members’ forums.')
    expect(theme.html).not.toContain(TITLE)
  })

  it('should tell a pending member their membership is waiting, with no content', async () => {
    const { status, html } = await page(`/en/forums/${slug}`, cookies.pending)
    expect(status).toBe(200)
    expect(html).toContain('Your membership is waiting for approval.')
    expect(html).not.toContain(FIRST_POST)
  })

  it('should give a member the discussions, the thread, the form to start one, and a 404 for an unknown address', async () => {
    const home = await page('/en/forums', cookies.replier)
    expect(home.html).toContain(TITLE)
    expect(home.html).toContain('>New<')
    const thread = await page(`/en/forums/${slug}`, cookies.replier)
    expect(thread.status).toBe(200)
    expect(thread.html).toContain(FIRST_POST)
    expect(thread.html).toContain(`id="post-${firstPostId}"`)
    expect((await page('/en/forums/new', cookies.replier)).html).toContain('name="title"')
    expect((await page('/en/forums/no-such-discussion-abc123', cookies.replier)).status).toBe(404)
  })
})

describe('replying on the thread page', () => {
  it('should quote a post into the reply box, publish the reply, and keep the text with the sentence of a refusal', async () => {
    const context = await signedInContext(cookies.replier!)
    const tab = await context.newPage()
    await tab.goto(`${portal.url}/en/forums/${slug}`)
    expect(await seriousViolations(tab)).toEqual([])

    const box = tab.locator('#reply-body')
    await box.fill('Too short')
    await tab.getByRole('button', { name: 'Reply' }).click()
    await expect
      .poll(() => tab.locator('#reply .form-error').textContent())
      .toBe('A post has 20 to 32000 characters; this one has 9.')
    expect(await box.inputValue()).toBe('Too short')

    await box.fill('')
    await tab.locator(`#post-${firstPostId}`).getByRole('link', { name: 'Quote' }).click()
    expect(await box.inputValue()).toBe(`> Forum Author:\n> ${FIRST_POST}\n\n`)
    await box.press('End')
    await box.pressSequentially('The 2023 survey has a table on fees paid in advance.')
    await tab.getByRole('button', { name: 'Reply' }).click()
    await tab.waitForURL(/\?post=\d+#post-\d+$/)
    const reply = tab.locator('article.post').last()
    expect(await reply.locator('.post-body blockquote').textContent()).toContain(FIRST_POST)
    expect(await reply.locator('.post-quoted').textContent()).toContain('In reply to Forum Author')
    expect(await seriousViolations(tab)).toEqual([])
    await context.close()
  })

  it('should show the author an unread count after the reply, gone once they read it', async () => {
    const before = await page('/en/forums', cookies.author)
    expect(before.html).toContain('1 unread')
    expect((await page(`/en/forums/${slug}`, cookies.author)).status).toBe(200)
    const after = await page('/en/forums', cookies.author)
    // The forum home with the discussion still listed, and no unread count on any entry
    // (a discussion never opened says "New" instead).
    expect(after.status).toBe(200)
    expect(after.html).toContain(TITLE)
    expect(after.html).not.toMatch(/\d+ unread/)
  })

  it('should attach a file to a reply from the form, show it under the post to members, and never to visitors', async () => {
    // A member who has not posted yet: the others wait out the forum's time between replies.
    const context = await signedInContext(cookies.attacher!)
    const tab = await context.newPage()
    await tab.goto(`${portal.url}/en/forums/${slug}`)
    const input = tab.getByLabel('Attach files (optional)')
    // Said in the browser before a slow upload: a file over 10 MB.
    await input.setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
    })
    expect(await input.evaluate((element) => (element as HTMLInputElement).validationMessage)).toBe(
      'Each file may be at most 10 MB, and all of them together 25 MB.',
    )
    await input.setInputFiles({
      name: 'fee-survey.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(MINIMAL_PDF),
    })
    expect(await input.evaluate((element) => (element as HTMLInputElement).validationMessage)).toBe(
      '',
    )
    await tab.locator('#reply-body').fill('The survey the 2023 table comes from is attached here.')
    await tab.getByRole('button', { name: 'Reply' }).click()
    await expect
      .poll(
        async () =>
          /\?post=\d+#post-\d+$/.test(tab.url())
            ? 'published'
            : ((await tab
                .locator('#reply .form-error')
                .textContent({ timeout: 100 })
                .catch(() => null)) ?? 'waiting'),
        { timeout: 30_000 },
      )
      .toBe('published')
    const link = tab.locator('article.post').last().getByRole('link', { name: 'fee-survey.pdf' })
    const href = (await link.getAttribute('href'))!
    expect(new URL(href, portal.url).pathname).toBe('/api/forum-files/file/fee-survey.pdf')
    expect(await tab.locator('article.post').last().locator('.post-files').textContent()).toMatch(
      /fee-survey\.pdf \(PDF, \d+ kB\)/,
    )
    expect(await seriousViolations(tab)).toEqual([])
    await context.close()
    const file = new URL(href, portal.url).pathname
    const asMember = await fetch(`${portal.url}${file}`, {
      headers: sameOriginWith(cookies.replier!),
    })
    expect(asMember.status).toBe(200)
    expect(Buffer.from(await asMember.arrayBuffer()).equals(Buffer.from(MINIMAL_PDF))).toBe(true)
    expect((await fetch(`${portal.url}${file}`)).status).toBe(403)
    // The visitor's thread address answers with the invitation, not an error page.
    const asVisitor = await page(`/en/forums/${slug}`)
    expect(asVisitor.status).toBe(200)
    expect(asVisitor.html).toContain(
      'The forums are where members discuss labour migration with colleagues across the region. Join the community to read the discussions and take part.',
    )
    expect(asVisitor.html).not.toContain('fee-survey.pdf')
  })

  it('should give a member an accessible forum home and form to start a discussion', async () => {
    const context = await signedInContext(cookies.replier!)
    const tab = await context.newPage()
    await tab.goto(`${portal.url}/en/forums?theme=labour-exploitation`)
    expect(await tab.locator('h2#forum-list-heading').textContent()).toBe(
      'Labour exploitation including trafficking',
    )
    expect(await seriousViolations(tab)).toEqual([])
    await tab.getByRole('link', { name: 'Start a discussion' }).click()
    await tab.waitForURL(/\/en\/forums\/new\?theme=labour-exploitation$/)
    expect(
      await tab
        .getByRole('checkbox', { name: 'Labour exploitation including trafficking' })
        .isChecked(),
    ).toBe(true)
    expect(await seriousViolations(tab)).toEqual([])
    await context.close()
  })

  it('should give a visitor’s browser the invitation, accessible', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(`${portal.url}/th/forums/${slug}`)
    expect(await tab.locator('h1').textContent()).toBe('กระดานสนทนา')
    expect(await tab.content()).not.toContain(TITLE)
    expect(await seriousViolations(tab)).toEqual([])
    await context.close()
  })
})
