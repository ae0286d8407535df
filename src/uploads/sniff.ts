import { fileTypeFromBuffer } from 'file-type'

import { kindByMime, type UploadKindKey } from './kinds'

/** What the bytes of a file are, whatever its name and declared type say. */
export type Content =
  | { is: 'kind'; kind: UploadKindKey }
  /** UTF-8 text with no markup a browser would run: what a CSV file is made of. */
  | { is: 'text' }
  | { is: 'other'; description: string; isTextInAnotherEncoding?: boolean }

/** Formats people are likely to try, named as they know them. */
const KNOWN_OTHERS: Record<string, string> = {
  'application/x-elf': 'a program (ELF executable)',
  'application/x-msdownload': 'a Windows program',
  'application/vnd.microsoft.portable-executable': 'a Windows program',
  'application/x-mach-binary': 'a macOS program',
  'application/zip': 'a ZIP archive',
  'application/x-cfb':
    'an older Office format (.doc, .xls or .ppt); save it as .docx, .xlsx or .pptx',
  'application/vnd.ms-word.document.macroenabled.12': 'a Word document with macros (.docm)',
  'application/vnd.ms-excel.sheet.macroenabled.12': 'an Excel workbook with macros (.xlsm)',
  'application/vnd.ms-powerpoint.presentation.macroenabled.12':
    'a PowerPoint presentation with macros (.pptm)',
  'application/vnd.oasis.opendocument.text': 'an OpenDocument text (.odt); save it as .docx',
  'application/vnd.oasis.opendocument.spreadsheet':
    'an OpenDocument spreadsheet (.ods); save it as .xlsx',
  'image/gif': 'a GIF image',
  'image/heic': 'a HEIC photo; save it as JPEG',
}

/**
 * Bytes that never occur in text (the WHATWG MIME Sniffing "binary data bytes"): NUL and the
 * control characters other than tab, line feed, form feed, carriage return and escape.
 */
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/

/** Tags that embed or run something: a CSV never needs them, wherever they stand. */
const ACTIVE_TAGS =
  '!doctype html head body script iframe frame frameset object embed applet meta base'
/**
 * How a file starts when a browser sniffing it would take it for HTML: the WHATWG MIME Sniffing
 * table (after whitespace and a byte-order mark), widened to the tags that embed or run something.
 */
const HTML_STARTS = `${ACTIVE_TAGS} img math style title link form h1 div font table a b br p`
const tagPattern = (tags: string) => `<(?:${tags.split(' ').join('|')})(?=[\\s/>])`

const LEADING_HTML = new RegExp(`^(?:<!--|${tagPattern(HTML_STARTS)})`, 'i')
// Anywhere, too: older browsers and some viewers look further than the first bytes.
const ACTIVE_MARKUP = new RegExp(tagPattern(ACTIVE_TAGS), 'i')
const SVG = /<svg(?=[\s/>])/i

export async function sniff(bytes: Uint8Array): Promise<Content> {
  const detected = await fileTypeFromBuffer(bytes)
  // file-type reports any XML document, SVG included, as application/xml: read it as text below.
  if (detected && detected.mime !== 'application/xml') {
    const kind = kindByMime(detected.mime)
    if (kind) return { is: 'kind', kind }
    return {
      is: 'other',
      description: KNOWN_OTHERS[detected.mime] ?? `a file of type ${detected.mime}`,
    }
  }
  return sniffText(bytes)
}

function sniffText(bytes: Uint8Array): Content {
  let text: string
  try {
    // Strict: one invalid sequence and this is not UTF-8. A byte-order mark is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    if (BINARY_BYTE.test(new TextDecoder('latin1').decode(bytes))) {
      return { is: 'other', description: 'binary data of an unknown kind' }
    }
    return { is: 'other', description: 'text that is not UTF-8', isTextInAnotherEncoding: true }
  }
  if (BINARY_BYTE.test(text)) return { is: 'other', description: 'binary data of an unknown kind' }

  const start = text.replace(/^[\ufeff\t\n\f\r ]+/, '')
  if (SVG.test(text)) return { is: 'other', description: 'an SVG image' }
  if (/^<\?xml/i.test(start)) return { is: 'other', description: 'XML' }
  if (LEADING_HTML.test(start) || ACTIVE_MARKUP.test(text))
    return { is: 'other', description: 'HTML' }
  return { is: 'text' }
}
