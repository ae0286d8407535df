import type { ReactNode } from 'react'

import { isSafeLinkUrl, TEXT_FORMAT, type ForumNode } from '@/forums/body'

const LINK_REL = 'nofollow ugc noopener'

function Text({ node }: { node: ForumNode }) {
  const format = typeof node.format === 'number' ? node.format : 0
  let content: ReactNode = typeof node.text === 'string' ? node.text : ''
  if (format & TEXT_FORMAT.code) content = <code>{content}</code>
  if (format & TEXT_FORMAT.italic) content = <em>{content}</em>
  if (format & TEXT_FORMAT.bold) content = <strong>{content}</strong>
  return <>{content}</>
}

function Children({ node }: { node: ForumNode }) {
  if (!Array.isArray(node.children)) return null
  return (
    <>
      {node.children.map((child, index) => (
        <Node key={index} node={child} />
      ))}
    </>
  )
}

/**
 * One node of the allow-list (src/forums/body.ts), rendered by hand: React escapes every text,
 * no attribute is copied from the stored JSON, and a link's address is checked again here. A
 * node outside the list (an old row, a body stored before the check) shows only its text.
 */
function Node({ node }: { node: ForumNode }): ReactNode {
  if (!node || typeof node !== 'object') return null
  switch (node.type) {
    case 'text':
    case 'tab':
      return <Text node={node} />
    case 'linebreak':
      return <br />
    case 'paragraph':
      return (
        <p>
          <Children node={node} />
        </p>
      )
    case 'quote':
      return (
        <blockquote>
          <Children node={node} />
        </blockquote>
      )
    case 'list':
      return node.listType === 'number' ? (
        <ol start={typeof node.start === 'number' && node.start > 1 ? node.start : undefined}>
          <Children node={node} />
        </ol>
      ) : (
        <ul>
          <Children node={node} />
        </ul>
      )
    case 'listitem':
      return (
        <li>
          <Children node={node} />
        </li>
      )
    case 'link':
    case 'autolink': {
      const url = node.fields?.url
      if (!isSafeLinkUrl(url)) return <Children node={node} />
      return (
        <a href={url} rel={LINK_REL} target={node.fields?.newTab ? '_blank' : undefined}>
          <Children node={node} />
        </a>
      )
    }
    default:
      return <Children node={node} />
  }
}

/** A post's body as HTML (in its `.post-body` box), through the forums' allow-list only. */
export function PostBody({ body }: { body: unknown }) {
  const root = (body as { root?: ForumNode } | null)?.root
  if (!root || typeof root !== 'object' || root.type !== 'root') return null
  return (
    <div className="post-body">
      <Children node={root} />
    </div>
  )
}
