import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ForumInvitation } from '@/components/forums/ForumInvitation'
import { ThemeForumLine } from '@/components/forums/ThemeForumLine'
import {
  deletePost,
  editPost,
  flagPost,
  markAnswer,
  refusalSentence,
  replyToDiscussion,
  startDiscussion,
  toggleHelpful,
  votePoll,
} from '@/forums/writing'
import type { Discussion, Post, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { MINIMAL_PDF, PNG_PIXEL } from '../helpers/samples'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, type Cast } from '../helpers/people'

/**
 * The forum pages (issue 12, items 2 and 3): what a visitor, a pending member, an approved
 * member, a moderator and a manager are given at `/<l>/forums`, a thread and the theme page,
 * read through the pages' own data functions (the HTTP answers are in
 * tests/e2e/forums.e2e.spec.ts); and a reply written through the server actions' path.
 */
let portal: Portal
let payload: Payload
let cast: Cast
let themes: { moderated: Theme; other: Theme }
let fees: Discussion
let returns: Discussion
let skills: Discussion
const replies: Post[] = []

// The pages' data layer loads Payload's config when imported: only after the test database is
// chosen (bootPortal), never at the top of the file.
let countDiscussions: typeof import('@/data/forums').countDiscussions
let listDiscussions: typeof import('@/data/forums').listDiscussions
let getDiscussion: typeof import('@/data/forumThread').getDiscussion
let markRead: typeof import('@/data/forumReadState').markRead
let pageOfPost: typeof import('@/data/forumThread').pageOfPost
let threadPage: typeof import('@/data/forumThread').threadPage
let quoteFor: typeof import('@/data/forumQuote').quoteFor
let outsideForums: typeof import('@/components/forums/forumPage').outsideForums

const TITLES = {
  fees: 'Recruitment fees in the Mekong corridor',
  returns: 'Reintegration of returning domestic workers',
  skills: 'Recognition of skills across borders',
}
const FIRST_POST = 'Who has data on what workers pay recruiters before departure?'

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one)
  return data
}

/** The sentence a form shows for a refused writing, or 'accepted'. */
const refusal = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    return refusalSentence(error)
  }
  return 'accepted'
}

const start = (user: User, data: Record<string, unknown>) =>
  payload.create({
    collection: 'discussions',
    data: data as never,
    user,
    overrideAccess: false,
  })

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  portal = await bootPortal('forums-pages')
  payload = portal.payload
  ;({ countDiscussions, listDiscussions } = await import('@/data/forums'))
  ;({ getDiscussion, pageOfPost, threadPage } = await import('@/data/forumThread'))
  ;({ markRead } = await import('@/data/forumReadState'))
  ;({ quoteFor } = await import('@/data/forumQuote'))
  ;({ outsideForums } = await import('@/components/forums/forumPage'))
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  fees = await start(cast.member, {
    title: TITLES.fees,
    themes: [themes.moderated.id],
    body: paragraphsToRichText([FIRST_POST]),
  })
  returns = await start(cast.moderator, {
    title: TITLES.returns,
    crossTheme: true,
    body: paragraphsToRichText(['What helps returning domestic workers find work at home?']),
  })
  skills = await start(cast.manager, {
    title: TITLES.skills,
    themes: [themes.other.id],
    body: paragraphsToRichText(['Which skills recognition schemes have worked in ASEAN?']),
  })
  await payload.update({
    collection: 'discussions',
    id: skills.id,
    data: { pinned: true },
    overrideAccess: true,
  })
  // 25 replies to the first discussion: two pages of twenty posts.
  for (let index = 1; index <= 25; index += 1) {
    const writer = index % 2 ? cast.moderator : cast.manager
    replies.push(
      await payload.create({
        collection: 'posts',
        data: {
          discussion: fees.id,
          replyTo: index === 25 ? fees.firstPost : undefined,
          body: paragraphsToRichText([
            `Reply number ${index} on recruitment fees paid in advance.`,
          ]),
        } as never,
        user: writer,
        overrideAccess: false,
      }),
    )
  }
  fees = (await payload.findByID({ collection: 'discussions', id: fees.id, depth: 0 }))!
}, 240_000)

afterAll(async () => {
  await portal?.close()
})

describe('the invitation (visitors, pending and closed accounts)', () => {
  it('should give a visitor and a pending member no discussion through the pages’ reads', async () => {
    for (const user of [null, cast.pending]) {
      expect(await listDiscussions({ user, filter: {}, page: 1 })).toBeNull()
      expect(await getDiscussion({ user, locale: 'en', slug: fees.slug! })).toBeNull()
    }
    expect(outsideForums(null)).toBe('visitor')
    expect(outsideForums(cast.pending)).toBe('pending')
    expect(outsideForums(cast.member)).toBeUndefined()
    expect(outsideForums(cast.moderator)).toBeUndefined()
  })

  it('should count the discussions of each theme and the cross-theme ones for everyone, and show only those numbers', async () => {
    const counts = await countDiscussions({ themes: [themes.moderated, themes.other] })
    expect(counts.total).toBe(3)
    expect(counts.crossTheme).toBe(1)
    expect(counts.byTheme.get(String(themes.moderated.id))).toBe(1)
    expect(counts.byTheme.get(String(themes.other.id))).toBe(1)

    const html = renderToStaticMarkup(
      ForumInvitation({
        locale: 'en',
        themes: [themes.moderated, themes.other],
        counts,
        who: 'visitor',
        back: '/en/forums',
      }),
    )
    expect(html).toContain('Join the community')
    expect(html).toContain('/en/account/sign-in?next=%2Fen%2Fforums')
    expect(html).toContain('Domestic workers</span> <span class="count">1 discussions')
    expect(html).toContain('Cross-theme</span> <span class="count">1 discussions')
    for (const title of Object.values(TITLES)) expect(html).not.toContain(title)
    expect(html).not.toContain('recruiters')

    const pending = renderToStaticMarkup(
      ForumInvitation({
        locale: 'th',
        themes: [themes.moderated],
        counts,
        who: 'pending',
        back: '/th/forums',
      }),
    )
    expect(pending).toContain('การเป็นสมาชิกของคุณกำลังรอการอนุมัติ')
    expect(pending).not.toContain('Join the community')
  })

  it('should tell a visitor on the theme page how many discussions there are and invite them, and link a member to the forum', () => {
    const visitor = renderToStaticMarkup(
      ThemeForumLine({ locale: 'en', theme: themes.moderated, count: 1, isMember: false }),
    )
    expect(visitor).toContain('This theme has 1 discussions in the members’ forums.')
    expect(visitor).toContain('href="/en/account/join"')
    expect(visitor).not.toContain('/en/forums')
    const member = renderToStaticMarkup(
      ThemeForumLine({ locale: 'en', theme: themes.moderated, count: 1, isMember: true }),
    )
    expect(member).toContain('href="/en/forums?theme=domestic-workers"')
  })
})

describe('the forum home', () => {
  it('should list pinned first, then by latest activity, with replies and last poster, as new for a member who never opened them', async () => {
    const listing = (await listDiscussions({ user: cast.member, filter: {}, page: 1 }))!
    expect(listing.rows.map((row) => row.title)).toEqual([
      TITLES.skills,
      TITLES.fees,
      TITLES.returns,
    ])
    const row = listing.rows[1]
    expect(row.replyCount).toBe(25)
    expect(row.lastPoster?.name).toBe('Moderator Person')
    expect(row.author?.name).toBe('Member Person')
    expect(row.unread).toBeNull()
  })

  it('should narrow to one theme, or to the cross-theme discussions', async () => {
    const theme = (await listDiscussions({
      user: cast.manager,
      filter: { theme: themes.moderated },
      page: 1,
    }))!
    expect(theme.rows.map((row) => row.title)).toEqual([TITLES.fees])
    const cross = (await listDiscussions({
      user: cast.moderator,
      filter: { crossTheme: true },
      page: 1,
    }))!
    expect(cross.rows.map((row) => row.title)).toEqual([TITLES.returns])
  })
})

describe('a thread', () => {
  it('should show twenty posts a page in order, quote the post replied to, and lower the unread count as the member reads', async () => {
    const discussion = (await getDiscussion({ user: cast.member, locale: 'en', slug: fees.slug! }))!
    const first = await threadPage({ user: cast.member, discussion, page: 1 })
    expect(first.posts).toHaveLength(20)
    expect(first.totalPages).toBe(2)
    expect(first.posts[0].text).toBe(FIRST_POST)
    expect(first.posts[1].text).toBe('Reply number 1 on recruitment fees paid in advance.')
    expect(first.firstUnread).toBeUndefined()
    await markRead({ user: cast.member, discussion, lastPost: first.posts.at(-1) })

    const unread = async () =>
      (await listDiscussions({ user: cast.member, filter: { theme: themes.moderated }, page: 1 }))!
        .rows[0].unread
    expect(await unread()).toBe(6)
    const again = await threadPage({ user: cast.member, discussion, page: 1 })
    expect(again.firstUnread).toBe(String(replies[19].id))

    const second = await threadPage({ user: cast.member, discussion, page: 2 })
    expect(second.posts).toHaveLength(6)
    const last = second.posts.at(-1)!
    expect(last.quoted).toMatchObject({
      id: String(fees.firstPost),
      author: { name: 'Member Person' },
      excerpt: FIRST_POST,
    })
    expect(last.authorCard?.name).toBe('Moderator Person')
    await markRead({ user: cast.member, discussion, lastPost: last })
    // Reading page 1 again does not make page 2 unread.
    await markRead({ user: cast.member, discussion, lastPost: first.posts[3] })
    expect(await unread()).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'read-states',
          where: { member: { equals: cast.member.id } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('should find the page a deep-linked post is on', async () => {
    const discussion = (await getDiscussion({ user: cast.member, locale: 'en', slug: fees.slug! }))!
    const at = (post: Post) =>
      pageOfPost({ payload, user: cast.member, discussion, postId: String(post.id) })
    expect(await at(replies[0])).toBe(1)
    expect(await at(replies[18])).toBe(1)
    expect(await at(replies[19])).toBe(2)
    expect(await at(replies[24])).toBe(2)
    const elsewhere = await payload.find({
      collection: 'posts',
      where: { discussion: { equals: returns.id } },
      overrideAccess: true,
    })
    expect(await at(elsewhere.docs[0] as Post)).toBeUndefined()
  })

  it('should show a hidden post as a placeholder to members, and its words to the moderators of its theme and managers', async () => {
    const hidden = replies[2]
    await payload.update({
      collection: 'posts',
      id: hidden.id,
      data: { state: 'hidden', moderation: { reason: 'Off topic' } },
      overrideAccess: true,
    })
    const discussion = (await getDiscussion({ user: cast.member, locale: 'en', slug: fees.slug! }))!
    const seen = async (user: User) =>
      (await threadPage({ user, discussion, page: 1 })).posts.find((post) => post.id === hidden.id)!
    const member = await seen(cast.member)
    expect(member.isBodyShown).toBe(false)
    expect(member.text).toBeNull()
    expect(JSON.stringify(member.body)).not.toContain('Reply number 3')
    for (const user of [cast.moderator, cast.manager]) {
      const moderator = await seen(user)
      expect(moderator.isBodyShown).toBe(true)
      expect(moderator.text).toBe('Reply number 3 on recruitment fees paid in advance.')
    }
    await payload.update({
      collection: 'posts',
      id: hidden.id,
      data: { state: 'visible' },
      overrideAccess: true,
    })
  })
})

describe('placeholders and merges across themes', () => {
  it('should keep a hidden post’s words from a moderator of another theme, and give them to a manager', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { discussion: { equals: skills.id } },
      depth: 0,
    })
    const first = docs[0].id
    await payload.update({
      collection: 'posts',
      id: first,
      data: { state: 'hidden', moderation: { reason: 'Duplicate of an older thread' } },
      overrideAccess: true,
    })
    const seen = async (user: User) => {
      const discussion = (await getDiscussion({ user, locale: 'en', slug: skills.slug! }))!
      return (await threadPage({ user, discussion, page: 1 })).posts[0]
    }
    // The moderator looks after "Domestic workers"; this discussion is in "Skilled migration".
    expect(await seen(cast.moderator)).toMatchObject({ isBodyShown: false, text: null })
    expect(await seen(cast.manager)).toMatchObject({ isBodyShown: true })
    await payload.update({
      collection: 'posts',
      id: first,
      data: { state: 'visible' },
      overrideAccess: true,
    })
  })

  it('should give the page of a merged duplicate the address of the discussion it went into', async () => {
    const duplicate = await start(cast.member, {
      title: 'Recruitment fees again, a duplicate',
      themes: [themes.moderated.id],
      body: paragraphsToRichText(['The same question about recruitment fees, asked twice.']),
    })
    await payload.update({
      collection: 'discussions',
      id: duplicate.id,
      data: { mergedInto: fees.id },
      overrideAccess: true,
    })
    const read = await getDiscussion({ user: cast.member, locale: 'en', slug: duplicate.slug! })
    expect((read?.mergedInto as Discussion).slug).toBe(fees.slug)
    const listing = (await listDiscussions({ user: cast.member, filter: {}, page: 1 }))!
    expect(listing.rows.map((row) => row.title)).not.toContain(
      'Recruitment fees again, a duplicate',
    )
    const counts = await countDiscussions({ themes: [themes.moderated] })
    expect(counts.byTheme.get(String(themes.moderated.id))).toBe(1)
  })
})

describe('writing from the pages', () => {
  it('should store a reply typed with a quote as a Lexical body with a quote node, replying to the quoted post', async () => {
    const discussion = (await getDiscussion({ user: cast.member, locale: 'en', slug: fees.slug! }))!
    const quote = (await quoteFor({
      user: cast.member,
      discussion,
      postId: String(replies[0].id),
    }))!
    expect(quote.text).toBe(
      '> Moderator Person:\n> Reply number 1 on recruitment fees paid in advance.\n\n',
    )
    const post = await replyToDiscussion(
      { payload, user: cast.member },
      form({
        discussion: String(discussion.id),
        replyTo: quote.postId,
        body: `${quote.text}Thank you, the survey at https://example.org/fees shows the same.`,
      }),
    )
    const stored = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })
    const blocks = (stored.body as unknown as { root: { children: { type: string }[] } }).root
      .children
    expect(blocks.map((block) => block.type)).toEqual(['quote', 'paragraph'])
    expect(JSON.stringify(blocks[1])).toContain('"url":"https://example.org/fees"')
    expect(stored.replyTo).toBe(replies[0].id)
    expect(stored.author).toBe(cast.member.id)
  })

  it('should give the sentence the API refused with, for a short reply, a locked discussion and a pending member', async () => {
    const writer = { payload, user: cast.member }
    expect(
      await refusal(() =>
        replyToDiscussion(writer, form({ discussion: String(fees.id), body: 'Too short' })),
      ),
    ).toBe('A post has 20 to 32000 characters; this one has 9.')
    await payload.update({
      collection: 'discussions',
      id: returns.id,
      data: { status: 'locked' },
      overrideAccess: true,
    })
    expect(
      await refusal(() =>
        replyToDiscussion(
          writer,
          form({ discussion: String(returns.id), body: 'A reply to a locked discussion here.' }),
        ),
      ),
    ).toBe('This discussion is locked: it takes no new replies.')
    expect(
      await refusal(() =>
        startDiscussion(
          { payload, user: cast.pending },
          form({ title: 'A pending member starts one', crossTheme: 'on', body: FIRST_POST }),
        ),
      ),
    ).toBe('You are not allowed to perform this action.')
  })

  it('should start a discussion in the themes ticked, with its first post', async () => {
    const discussion = await startDiscussion(
      { payload, user: cast.member },
      form({
        title: 'Pre-departure training that works',
        themes: [String(themes.moderated.id), String(themes.other.id)],
        body: 'Which courses help?\n\n- language\n- rights at work',
      }),
    )
    expect(discussion.slug).toMatch(/^pre-departure-training-that-works-[a-z0-9]{6}$/)
    const counts = await countDiscussions({ themes: [themes.moderated, themes.other] })
    expect(counts.byTheme.get(String(themes.moderated.id))).toBe(2)
    expect(counts.byTheme.get(String(themes.other.id))).toBe(2)
    const { docs } = await payload.find({
      collection: 'posts',
      where: { discussion: { equals: discussion.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const first = docs[0]
    expect(first.author).toBe(cast.member.id)
    const blocks = (first.body as { root: { children: { type: string }[] } }).root.children
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list'])
  })
})

describe('attachments from the reply form', () => {
  const withFiles = (fields: Record<string, string>, files: File[]) => {
    const data = form(fields)
    for (const file of files) data.append('attachments', file)
    // A browser sends the empty file input along when nothing was chosen.
    if (files.length === 0)
      data.append('attachments', new File([], '', { type: 'application/octet-stream' }))
    return data
  }
  const pdf = (name: string) =>
    new File([new Uint8Array(MINIMAL_PDF)], name, { type: 'application/pdf' })
  const png = (name: string) => new File([new Uint8Array(PNG_PIXEL)], name, { type: 'image/png' })
  const filesOf = async (user: User) =>
    (
      await payload.find({
        collection: 'forum-files',
        where: { member: { equals: user.id } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs.map((file) => file.filename)

  it('should store the chosen files with the reply and list them under it, as the thread shows them to members', async () => {
    const writer = { payload, user: cast.moderator }
    const before = await filesOf(cast.moderator)
    const post = await replyToDiscussion(
      writer,
      withFiles(
        {
          discussion: String(skills.id),
          body: 'The survey and its chart are attached to this reply.',
        },
        [pdf('survey.pdf'), png('chart.png')],
      ),
    )
    expect(post.attachments).toHaveLength(2)
    expect((await filesOf(cast.moderator)).length).toBe(before.length + 2)
    const discussion = (await getDiscussion({
      user: cast.member,
      locale: 'en',
      slug: skills.slug!,
    }))!
    const shown = (await threadPage({ user: cast.member, discussion, page: 1 })).posts.find(
      (item) => item.id === post.id,
    )!
    expect(shown.files.map((file) => [file.name, file.mimeType, file.bytes])).toEqual([
      ['survey.pdf', 'application/pdf', MINIMAL_PDF.length],
      ['chart.png', 'image/png', PNG_PIXEL.length],
    ])
    expect(new URL(shown.files[0].url).pathname).toBe('/api/forum-files/file/survey.pdf')
    // No file chosen: an ordinary reply, no file stored.
    const plain = await replyToDiscussion(
      writer,
      withFiles(
        { discussion: String(skills.id), body: 'A reply without any file attached to it.' },
        [],
      ),
    )
    expect(plain.attachments ?? []).toEqual([])
    expect((await filesOf(cast.moderator)).length).toBe(before.length + 2)
  })

  it('should give a new discussion’s first post the files of the form, and keep none when the discussion is refused', async () => {
    const writer = { payload, user: cast.member }
    const before = await filesOf(cast.member)
    const discussion = await startDiscussion(
      writer,
      withFiles(
        {
          title: 'Pre-departure training materials',
          crossTheme: 'on',
          body: 'Our training handbook for departing workers is attached.',
        },
        [pdf('handbook.pdf')],
      ),
    )
    const first = await payload.findByID({
      collection: 'posts',
      id: (discussion.firstPost as Post).id,
      depth: 1,
      overrideAccess: true,
    })
    expect(first.attachments?.map((file) => (file as { filename: string }).filename)).toEqual([
      'handbook.pdf',
    ])
    expect(
      await refusal(() =>
        startDiscussion(
          writer,
          withFiles(
            { title: 'Training handbooks for departure', crossTheme: 'on', body: 'Too short' },
            [pdf('lost.pdf')],
          ),
        ),
      ),
    ).toBe('A post has 20 to 32000 characters; this one has 9.')
    expect(await filesOf(cast.member)).toEqual([...before, 'handbook.pdf'])
  })

  it('should refuse a disguised file, six files or a refused reply, and keep none of their files', async () => {
    const writer = { payload, user: cast.manager }
    const before = await filesOf(cast.manager)
    const disguised = new File(
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      'photo.png',
      { type: 'image/png' },
    )
    const sentence = await refusal(() =>
      replyToDiscussion(
        writer,
        withFiles(
          { discussion: String(skills.id), body: 'A chart and a picture of the meeting room.' },
          [png('good.png'), disguised],
        ),
      ),
    )
    expect(sentence).toMatch(/^“photo\.png”: /)
    expect(
      await refusal(() =>
        replyToDiscussion(
          writer,
          withFiles(
            { discussion: String(skills.id), body: 'Six files are one more than a post takes.' },
            [1, 2, 3, 4, 5, 6].map((index) => png(`page-${index}.png`)),
          ),
        ),
      ),
    ).toBe('Attach at most 5 files to a post.')
    // The files are stored before the reply; the reply is refused (too short): they go.
    expect(
      await refusal(() =>
        replyToDiscussion(
          writer,
          withFiles({ discussion: String(skills.id), body: 'Too short' }, [pdf('short.pdf')]),
        ),
      ),
    ).toBe('A post has 20 to 32000 characters; this one has 9.')
    expect(await filesOf(cast.manager)).toEqual(before)
  })
})

describe('acting on posts from the thread page', () => {
  const onPage = async (user: User, post: Post) => {
    const discussion = (await getDiscussion({ user, locale: 'en', slug: fees.slug! }))!
    const page = (await pageOfPost({ payload, user, discussion, postId: String(post.id) }))!
    return (await threadPage({ user, discussion, page })).posts.find((p) => p.id === post.id)!
  }

  it('should count "helpful" for everyone and mark the reader’s own, and take it back on a second press', async () => {
    const fields = form({ post: String(replies[0].id) })
    expect(await toggleHelpful({ payload, user: cast.member }, fields)).toBe(true)
    expect(await toggleHelpful({ payload, user: cast.staff }, fields)).toBe(true)
    expect(await onPage(cast.manager, replies[0])).toMatchObject({
      helpfulCount: 2,
      isHelpfulByViewer: false,
    })
    expect(await onPage(cast.member, replies[0])).toMatchObject({ isHelpfulByViewer: true })
    expect(await toggleHelpful({ payload, user: cast.member }, fields)).toBe(false)
    expect(await onPage(cast.moderator, replies[0])).toMatchObject({ helpfulCount: 1 })
  })

  it('should let the discussion’s author mark the answer, and not another member', async () => {
    const fields = form({ discussion: String(fees.id), post: String(replies[1].id) })
    // Refused by the discussion's update access, not failing for some other reason.
    expect(await refusal(() => markAnswer({ payload, user: cast.staff }, fields))).toBe(
      'You are not allowed to perform this action.',
    )
    expect(await refusal(() => markAnswer({ payload, user: cast.member }, fields))).toBe('accepted')
    const stored = await payload.findByID({ collection: 'discussions', id: fees.id, depth: 0 })
    expect(stored.answer).toBe(replies[1].id)
  })

  it('should take a member’s flag with its reason once', async () => {
    const fields = form({ post: String(replies[4].id), reason: 'It names a worker in full.' })
    expect(await refusal(() => flagPost({ payload, user: cast.staff }, fields))).toBe('accepted')
    expect(await refusal(() => flagPost({ payload, user: cast.staff }, fields))).toBe(
      'You have already flagged this post; its moderators have your reason.',
    )
    const flags = await payload.count({
      collection: 'post-flags',
      where: { post: { equals: replies[4].id } },
    })
    expect(flags.totalDocs).toBe(1)
  })

  it('should let an author edit and softly delete their own post, and no one else’s', async () => {
    const first = fees.firstPost as number
    const edited = form({
      post: String(first),
      slug: fees.slug!,
      body: 'Who has data on recruitment fees paid before departure?',
    })
    // Refused by the post's update access: it is not theirs.
    expect(await refusal(() => editPost({ payload, user: cast.staff }, edited))).toBe(
      'You are not allowed to perform this action.',
    )
    expect(await refusal(() => editPost({ payload, user: cast.member }, edited))).toBe('accepted')
    const stored = await payload.findByID({ collection: 'posts', id: first, depth: 0 })
    expect(stored.text).toBe('Who has data on recruitment fees paid before departure?')

    const own = await replyToDiscussion(
      { payload, user: cast.member },
      form({ discussion: String(fees.id), body: 'A reply I will take back in a moment.' }),
    )
    expect(
      await refusal(() =>
        deletePost({ payload, user: cast.staff }, form({ post: String(own.id) })),
      ),
    ).toBe('You are not allowed to perform this action.')
    await deletePost({ payload, user: cast.member }, form({ post: String(own.id) }))
    const deleted = await onPage(cast.manager, own)
    expect(deleted.state).toBe('deleted')
    expect(deleted.isBodyShown).toBe(false)
  })

  it('should take one vote per member, changeable, show results to voters, and refuse once the poll has closed', async () => {
    const discussion = await payload.update({
      collection: 'discussions',
      id: fees.id,
      data: {
        poll: {
          question: 'Should fees be capped by law?',
          multiple: false,
          options: [{ label: 'Yes' }, { label: 'No' }],
        },
      },
      overrideAccess: true,
    })
    const [yes, no] = discussion.poll!.options!.map((option) => String(option.id))
    const vote = (user: User, choices: string[]) =>
      refusal(() => votePoll({ payload, user }, form({ discussion: String(fees.id), choices })))
    const results = async (user: User) => {
      const readable = (await getDiscussion({ user, locale: 'en', slug: fees.slug! }))!
      return (await threadPage({ user, discussion: readable, page: 1 })).results
    }
    expect(await vote(cast.member, [yes, no])).toBe('Choose one answer.')
    expect(await vote(cast.member, [yes])).toBe('accepted')
    expect(await results(cast.manager)).toBeNull()
    expect((await results(cast.member))?.counts.map((count) => count.votes)).toEqual([1, 0])
    expect(await vote(cast.member, [no])).toBe('accepted')
    expect(await results(cast.member)).toMatchObject({ totalVoters: 1 })
    expect((await results(cast.member))?.counts.map((count) => count.votes)).toEqual([0, 1])

    await payload.update({
      collection: 'discussions',
      id: fees.id,
      data: { poll: { closesAt: new Date(Date.now() - 60_000).toISOString() } },
      overrideAccess: true,
    })
    expect(await vote(cast.staff, [yes])).toBe('This poll has closed.')
    expect((await results(cast.manager))?.counts.map((count) => count.votes)).toEqual([0, 1])
  })
})
