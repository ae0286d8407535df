/**
 * The allow-list a forum body is held to, node by node: what `forumEditor` (src/forums/editor.ts)
 * writes and nothing else. REST, GraphQL and the Local API take any JSON, so a request can carry
 * nodes the editor never produces (`html`, `upload`, a link to `javascript:`); this check refuses
 * them before anything is stored, and `PostBody` renders only these nodes, so a body that slipped
 * past (an old row, a migration) still reaches HTML only as escaped text.
 */

/** Bold, italic and inline code: the text formats the editor offers. */
export const TEXT_FORMAT = { bold: 1, italic: 2, code: 16 } as const
const ALLOWED_TEXT_FORMAT = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.code

export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const
const MAX_DEPTH = 24

/** Keys every element node (root, paragraph, list, listitem, quote, link) may carry. */
const ELEMENT_KEYS = ['type', 'version', 'children', 'direction', 'format', 'indent']
const NODE_KEYS: Record<string, readonly string[]> = {
  root: ELEMENT_KEYS,
  paragraph: [...ELEMENT_KEYS, 'textFormat', 'textStyle'],
  quote: [...ELEMENT_KEYS, 'textFormat', 'textStyle'],
  list: [...ELEMENT_KEYS, 'textFormat', 'textStyle', 'listType', 'start', 'tag'],
  listitem: [...ELEMENT_KEYS, 'textFormat', 'textStyle', 'checked', 'value'],
  link: [...ELEMENT_KEYS, 'textFormat', 'textStyle', 'fields', 'id'],
  autolink: [...ELEMENT_KEYS, 'textFormat', 'textStyle', 'fields', 'id'],
  text: ['type', 'version', 'text', 'format', 'style', 'mode', 'detail'],
  tab: ['type', 'version', 'text', 'format', 'style', 'mode', 'detail'],
  linebreak: ['type', 'version'],
}
const LINK_FIELD_KEYS = ['url', 'newTab', 'linkType']
/** Which nodes each node holds, as the editor nests them (so the admin's editor opens it too). */
const INLINE = ['text', 'tab', 'linebreak', 'link', 'autolink']
const CHILDREN: Record<string, readonly string[]> = {
  root: ['paragraph', 'list', 'quote'],
  paragraph: INLINE,
  quote: INLINE,
  list: ['listitem'],
  listitem: [...INLINE, 'list'],
  link: ['text', 'tab', 'linebreak'],
  autolink: ['text', 'tab', 'linebreak'],
}
const ALIGNMENTS = ['', 'left', 'start', 'center', 'right', 'end', 'justify']
const DIRECTIONS = [null, 'ltr', 'rtl']
const TEXT_MODES = ['normal', 'token', 'segmented']
const WHAT: Record<string, string> = {
  root: 'the body',
  paragraph: 'a paragraph',
  quote: 'a quote',
  list: 'a list',
  listitem: 'a list item',
  link: 'a link',
  autolink: 'a link',
  text: 'a piece of text',
  tab: 'a tab',
  linebreak: 'a line break',
}

export type ForumNode = {
  type: string
  children?: ForumNode[]
  text?: string
  format?: number | string
  listType?: 'bullet' | 'number'
  start?: number
  fields?: { url: string; newTab?: boolean; linkType?: 'custom' }
  [key: string]: unknown
}
export type ForumBody = { root: ForumNode }
export type BodyCheck = { ok: true; body: ForumBody } | { ok: false; problem: string }

/**
 * Whether a link may be stored and rendered: an absolute http:, https: or mailto: address, as
 * written. Browsers drop tabs, line breaks and leading spaces inside a scheme (`java\tscript:`
 * runs as `javascript:`), and a relative address (`//evil.example`, `/\evil`) points wherever the
 * page is; so the address must start with an allowed scheme character for character, carry no
 * whitespace or control character at all, and parse to the same scheme.
 */
export function isSafeLinkUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > 2048) return false
  // Whitespace (including no-break and zero-width spaces) and control characters anywhere.
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/.test(url)) return false
  if (!/^(https?:\/\/[^/\\]|mailto:[^/\\])/i.test(url)) return false
  try {
    return (LINK_PROTOCOLS as readonly string[]).includes(new URL(url).protocol)
  } catch {
    return false
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

class Problem extends Error {}

function cleanNode(value: unknown, depth: number, parent: string | null): ForumNode {
  if (depth > MAX_DEPTH) throw new Problem('The body is nested too deeply.')
  if (!isObject(value) || typeof value.type !== 'string') {
    throw new Problem('The body holds something that is not a rich-text node.')
  }
  const { type } = value
  const keys = Object.hasOwn(NODE_KEYS, type) ? NODE_KEYS[type] : undefined
  if (!keys || (type === 'root') !== (parent === null)) {
    throw new Problem(
      `A post may hold paragraphs, bold, italic and code text, links, lists and quotes; it may not hold a “${type.slice(0, 40)}” node.`,
    )
  }
  const what = WHAT[type]
  if (parent !== null && !CHILDREN[parent]?.includes(type)) {
    throw new Problem(`${capitalised(WHAT[parent] ?? 'a node')} cannot hold ${what}.`)
  }
  const extra = Object.keys(value).find((key) => !keys.includes(key))
  if (extra) {
    throw new Problem(`${capitalised(what)} may not carry “${extra.slice(0, 40)}”.`)
  }
  const node: ForumNode = { type, version: typeof value.version === 'number' ? value.version : 1 }

  if (type === 'text' || type === 'tab') {
    if (typeof value.text !== 'string') throw new Problem(`${capitalised(what)} has no text.`)
    node.text = value.text
    // Bits the editor does not offer (underline, strikethrough…) are dropped, not refused: they
    // come with pasted text and show nothing dangerous; inline styles likewise.
    node.format = typeof value.format === 'number' ? value.format & ALLOWED_TEXT_FORMAT : 0
    node.style = ''
    node.mode = TEXT_MODES.includes(value.mode as string) ? value.mode : 'normal'
    node.detail = typeof value.detail === 'number' ? value.detail : 0
    return node
  }
  if (type === 'linebreak') return node

  if (!Array.isArray(value.children)) throw new Problem(`${capitalised(what)} has no content.`)
  node.children = value.children.map((child) => cleanNode(child, depth + 1, type))
  node.direction = DIRECTIONS.includes(value.direction as string | null) ? value.direction : null
  node.format = ALIGNMENTS.includes(value.format as string) ? (value.format as string) : ''
  node.indent =
    typeof value.indent === 'number' && value.indent >= 0 ? Math.min(value.indent, 8) : 0
  if ('textFormat' in value) {
    node.textFormat =
      typeof value.textFormat === 'number' ? value.textFormat & ALLOWED_TEXT_FORMAT : 0
  }
  if ('textStyle' in value) node.textStyle = ''

  if (type === 'list') {
    if (value.listType !== 'bullet' && value.listType !== 'number') {
      throw new Problem('A list is either bulleted or numbered.')
    }
    node.listType = value.listType
    node.tag = value.listType === 'number' ? 'ol' : 'ul'
    node.start = typeof value.start === 'number' && value.start >= 1 ? Math.floor(value.start) : 1
  }
  if (type === 'listitem') {
    node.value = typeof value.value === 'number' ? Math.floor(value.value) : 1
  }
  if (type === 'link' || type === 'autolink') {
    const fields = value.fields
    if (!isObject(fields)) throw new Problem('A link has no address.')
    const extraField = Object.keys(fields).find((key) => !LINK_FIELD_KEYS.includes(key))
    if (extraField) throw new Problem(`A link may not carry “${extraField.slice(0, 40)}”.`)
    if (fields.linkType !== undefined && fields.linkType !== 'custom') {
      throw new Problem('A link points to a web or mail address.')
    }
    const url = fields.url
    if (typeof url !== 'string') throw new Problem('A link’s address must be text.')
    if (!isSafeLinkUrl(url)) {
      throw new Problem(
        `Links may only be web (http, https) or mail (mailto) addresses; “${(url as string).slice(0, 60)}” is not one.`,
      )
    }
    node.fields = { url, newTab: fields.newTab === true, linkType: 'custom' }
    if (typeof value.id === 'string') node.id = value.id.slice(0, 64)
  }
  return node
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * A forum body checked against the allow-list: a clean copy to store (known keys only, styles
 * and formats the editor lacks cleared), or the first problem as a sentence for the writer.
 */
export function checkForumBody(value: unknown): BodyCheck {
  if (!isObject(value) || Object.keys(value).some((key) => key !== 'root')) {
    return { ok: false, problem: 'The body must be the forum editor’s rich text (a root node).' }
  }
  try {
    return { ok: true, body: { root: cleanNode(value.root, 0, null) } }
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message }
    throw error
  }
}

/** The links of a checked body (for the newcomers' link limit). */
export function linksIn(body: ForumBody): string[] {
  const urls: string[] = []
  const visit = (node: ForumNode) => {
    if ((node.type === 'link' || node.type === 'autolink') && node.fields)
      urls.push(node.fields.url)
    node.children?.forEach(visit)
  }
  visit(body.root)
  return urls
}
