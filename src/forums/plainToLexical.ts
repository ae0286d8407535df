/**
 * What a member types in the forums' plain textarea (a cheap phone needs no editor), as the
 * Lexical JSON the posts store, using only the forum editor's nodes (src/forums/editor.ts):
 * - a blank line separates paragraphs; a single line break stays a line break;
 * - lines starting with `> ` make a quote (a quoted selection arrives this way);
 * - lines starting with `- ` or `* ` make a bulleted list, `1. ` a numbered one;
 * - bare http(s) addresses become links (never `javascript:` or `data:`: only these two schemes
 *   are recognised, and the text around them stays text).
 */

type Node = Record<string, unknown>

const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

const textNode = (text: string): Node => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]]+$/

/** One line's text, its addresses as links. */
function inline(line: string): Node[] {
  const nodes: Node[] = []
  let last = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '')
    const start = match.index ?? 0
    if (start > last) nodes.push(textNode(line.slice(last, start)))
    nodes.push({
      type: 'link',
      ...block,
      version: 3,
      fields: { url, newTab: false, linkType: 'custom' },
      children: [textNode(url)],
    })
    last = start + url.length
  }
  if (last < line.length) nodes.push(textNode(line.slice(last)))
  return nodes
}

/** Lines joined by line breaks, as the children of one block. */
function lines(texts: string[]): Node[] {
  return texts.flatMap((text, index) => [
    ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
    ...inline(text),
  ])
}

const paragraph = (texts: string[]): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: lines(texts),
})

const BULLET = /^\s*[-*]\s+/
const NUMBERED = /^\s*\d+[.)]\s+/
const QUOTED = /^\s*>\s?/

function list(items: string[], numbered: boolean): Node {
  return {
    type: 'list',
    ...block,
    listType: numbered ? 'number' : 'bullet',
    start: 1,
    tag: numbered ? 'ol' : 'ul',
    children: items.map((item, index) => ({
      type: 'listitem',
      ...block,
      value: index + 1,
      children: inline(item.replace(numbered ? NUMBERED : BULLET, '')),
    })),
  }
}

/** The blocks of one stretch of text without blank lines: quotes, lists and paragraphs. */
function blocksOf(chunk: string[]): Node[] {
  const blocks: Node[] = []
  let index = 0
  const run = (test: (line: string) => boolean) => {
    const start = index
    while (index < chunk.length && test(chunk[index])) index += 1
    return chunk.slice(start, index)
  }
  while (index < chunk.length) {
    const line = chunk[index]
    if (QUOTED.test(line)) {
      const quoted = run((next) => QUOTED.test(next)).map((next) => next.replace(QUOTED, ''))
      blocks.push({ type: 'quote', ...block, children: lines(quoted) })
    } else if (BULLET.test(line)) {
      blocks.push(
        list(
          run((next) => BULLET.test(next)),
          false,
        ),
      )
    } else if (NUMBERED.test(line)) {
      blocks.push(
        list(
          run((next) => NUMBERED.test(next)),
          true,
        ),
      )
    } else {
      const special = (next: string) =>
        QUOTED.test(next) || BULLET.test(next) || NUMBERED.test(next)
      blocks.push(paragraph(run((next) => !special(next))))
    }
  }
  return blocks
}

export function plainToLexical(text: string) {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((chunk) => chunk.length > 0)
  return {
    root: {
      type: 'root',
      ...block,
      children: chunks.flatMap(blocksOf),
    },
  }
}

/** A post's text as `> ` lines under its author's name, for a reply that quotes it. */
export function quoteAsPlain(author: string, text: string): string {
  const quoted = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `> ${line}`)
  return [`> ${author}:`, ...quoted].join('\n') + '\n\n'
}

type Serialized = { type?: string; text?: string; children?: Serialized[]; listType?: string }

const inlineText = (node: Serialized): string =>
  node.type === 'linebreak'
    ? '\n'
    : typeof node.text === 'string'
      ? node.text
      : (node.children ?? []).map(inlineText).join('')

/**
 * The way back, for the edit form: a stored body as the plain text that would make it again
 * (quotes as `> ` lines, lists as `- ` or `1. ` lines, paragraphs apart by a blank line).
 */
export function lexicalToPlain(body: unknown): string {
  const blocks = ((body as { root?: Serialized })?.root?.children ?? []) as Serialized[]
  return blocks
    .map((block) => {
      if (block.type === 'quote') {
        return inlineText(block)
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')
      }
      if (block.type === 'list') {
        const numbered = block.listType === 'number'
        return (block.children ?? [])
          .map((item, index) => `${numbered ? `${index + 1}.` : '-'} ${inlineText(item)}`)
          .join('\n')
      }
      return inlineText(block)
    })
    .join('\n\n')
}
