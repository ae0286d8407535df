import type { UploadConfig } from 'payload'

import { extensionOf, kindByExtension, UPLOAD_KINDS } from '@/uploads/kinds'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]
type ModifyResponseHeaders = NonNullable<UploadConfig['modifyResponseHeaders']>

/**
 * Every file response: the browser must take the Content-Type Payload sends (read from the
 * file's bytes, or its extension for CSV) and never guess another. CSV is UTF-8, checked on upload.
 */
export const forbidSniffing: ModifyResponseHeaders = ({ headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  if (headers.get('Content-Type') === UPLOAD_KINDS.csv.mime) {
    headers.set('Content-Type', `${UPLOAD_KINDS.csv.mime}; charset=utf-8`)
  }
  return headers
}

/**
 * Pictures and PDFs open in the browser; everything else (CSV, Word, PowerPoint, Excel, and any
 * file stored before uploads were checked) downloads. `modifyResponseHeaders` does not know the
 * file's name, so this runs as an upload handler: Payload calls it after the read access check,
 * and when it returns nothing Payload serves the file itself, adding `req.responseHeaders`.
 * The upload check makes the extension agree with the bytes, so it tells the kind.
 */
export const declareDisposition: FileHandler = (req, { params }) => {
  // Payload also calls handlers to fetch client-side uploads (a POST); only file reads matter.
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  const kind = kindByExtension(extensionOf(params.filename))
  const type = kind && UPLOAD_KINDS[kind].canShowInline ? 'inline' : 'attachment'
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Content-Disposition', contentDisposition(type, params.filename))
}

/** RFC 6266: a plain ASCII `filename`, and the exact name in `filename*` when it is not ASCII. */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  if (ascii === filename) return `${type}; filename="${filename}"`
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
