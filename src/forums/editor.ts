import {
  BlockquoteFeature,
  BoldFeature,
  InlineCodeFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'

/**
 * What a forum post may contain: paragraphs, emphasis, links, lists and quotes, nothing else
 * (no headings, images, embeds or raw HTML). The stored JSON is also checked node by node
 * against the same allow-list before it is saved (src/forums/body.ts), since REST and GraphQL
 * accept any JSON the editor would never produce.
 */
export const forumEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    InlineCodeFeature(),
    LinkFeature({ enabledCollections: [] }),
    OrderedListFeature(),
    UnorderedListFeature(),
    BlockquoteFeature(),
  ],
})
