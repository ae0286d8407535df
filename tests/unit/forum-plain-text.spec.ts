import { describe, expect, it } from 'vitest'

import { lexicalToPlain, plainToLexical, quoteAsPlain } from '@/forums/plainToLexical'

type Block = { type: string; listType?: string; children: Inline[] }
type Inline = { type: string; text?: string; fields?: { url: string }; children?: Inline[] }

const blocks = (text: string) => plainToLexical(text).root.children as unknown as Block[]

/**
 * The forums' plain textarea (no editor on a cheap phone) written as the Lexical the posts store,
 * with nothing but the forum editor's nodes.
 */
describe('plain text to a forum post', () => {
  it('should make paragraphs of blank-line separated text, with line breaks inside', () => {
    const result = blocks('First line\nsecond line\n\n\nNext paragraph')
    expect(result.map((block) => block.type)).toEqual(['paragraph', 'paragraph'])
    expect(result[0].children.map((node) => node.type)).toEqual(['text', 'linebreak', 'text'])
  })

  it('should make one quote of consecutive "> " lines, and lists of "- " and "1. " lines', () => {
    const result = blocks(
      '> Ana:\n> fees are high\nI agree.\n\n- one\n- two\n\n1. first\n2. second',
    )
    expect(result.map((block) => [block.type, block.listType])).toEqual([
      ['quote', undefined],
      ['paragraph', undefined],
      ['list', 'bullet'],
      ['list', 'number'],
    ])
    expect(result[0].children.map((node) => node.text ?? node.type)).toEqual([
      'Ana:',
      'linebreak',
      'fees are high',
    ])
    expect(result[3].children[1].children?.[0].text).toBe('second')
  })

  it('should link bare http(s) addresses without the sentence’s full stop, and never other schemes', () => {
    const [paragraph] = blocks(
      'See https://www.ilo.org/fees. Not javascript:alert(1) nor data:text/html,x',
    )
    const links = paragraph.children.filter((node) => node.type === 'link')
    expect(links.map((link) => link.fields?.url)).toEqual(['https://www.ilo.org/fees'])
    expect(paragraph.children.at(-1)?.text).toBe('. Not javascript:alert(1) nor data:text/html,x')
  })

  it('should come back as the same text for the edit form, and quote a post under its author', () => {
    const text = '> Ana:\n> fees are high\n\nI agree.\n\n- one\n- two\n\n1. first\n2. second'
    expect(lexicalToPlain(plainToLexical(text))).toBe(text)
    expect(quoteAsPlain('Ana', 'Fees are high.\n\nVery high.')).toBe(
      '> Ana:\n> Fees are high.\n> Very high.\n\n',
    )
  })
})
