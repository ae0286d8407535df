import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A post's body as HTML. The forums' writing helper hardens this into an allow-list renderer. */
export function PostBody({ body }: { body: unknown }) {
  if (!body || typeof body !== 'object') return null
  return <RichText data={body as SerializedEditorState} />
}
