'use client'

import type { MouseEvent } from 'react'

/** The reply box the quote goes into (ThreadView's reply form). */
export const REPLY_BOX_ID = 'reply-body'

/**
 * "Quote": without JavaScript, a link (`?quote=<post>#reply`) whose page comes back with the
 * post quoted in the reply box. With it, the text the reader selected inside the post (or, with
 * nothing selected, the whole post) goes into the box as `> ` lines under the author's name,
 * and the box keeps what was already typed. The post it quotes becomes the one replied to.
 */
export function QuoteLink({
  href,
  postId,
  author,
  label,
}: {
  href: string
  postId: string
  author: string
  label: string
}) {
  const quote = (event: MouseEvent<HTMLAnchorElement>) => {
    const box = document.getElementById(REPLY_BOX_ID) as HTMLTextAreaElement | null
    const body = document.querySelector(`#post-${postId} .post-body`)
    if (!box || !body) return
    event.preventDefault()
    const selection = window.getSelection()
    const selected =
      selection && !selection.isCollapsed && body.contains(selection.anchorNode)
        ? selection.toString()
        : ''
    const text = (selected || (body as HTMLElement).innerText).trim()
    const lines = [`${author}:`, ...text.split('\n').filter((line) => line.trim())]
    const quoted = lines.map((line) => `> ${line}`).join('\n')
    box.value = `${box.value.trim() ? `${box.value.trimEnd()}\n\n` : ''}${quoted}\n\n`
    const replyTo = box.form?.elements.namedItem('replyTo') as HTMLInputElement | null
    if (replyTo) replyTo.value = postId
    box.focus()
    box.setSelectionRange(box.value.length, box.value.length)
  }
  return (
    <a href={href} onClick={quote} className="post-action">
      {label}
    </a>
  )
}
