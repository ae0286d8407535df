/**
 * The kinds of file the portal accepts: documents and pictures, nothing that can carry script
 * (no SVG, no HTML). The upload check, the collection's `mimeTypes`, the refusal messages and
 * the download headers all derive from this one list.
 */
export const UPLOAD_KINDS = {
  pdf: {
    mime: 'application/pdf',
    extensions: ['pdf'],
    name: 'PDF',
    noun: 'a PDF',
    canShowInline: true,
  },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    name: 'Word',
    noun: 'a Word document',
    canShowInline: false,
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    name: 'PowerPoint',
    noun: 'a PowerPoint presentation',
    canShowInline: false,
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    name: 'Excel',
    noun: 'an Excel workbook',
    canShowInline: false,
  },
  // CSV has no magic bytes; src/uploads/sniff.ts decides when text may pass as one.
  csv: {
    mime: 'text/csv',
    extensions: ['csv'],
    name: 'CSV',
    noun: 'a CSV file',
    canShowInline: false,
  },
  jpeg: {
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    name: 'JPEG',
    noun: 'a JPEG image',
    canShowInline: true,
  },
  png: {
    mime: 'image/png',
    extensions: ['png'],
    name: 'PNG',
    noun: 'a PNG image',
    canShowInline: true,
  },
  webp: {
    mime: 'image/webp',
    extensions: ['webp'],
    name: 'WebP',
    noun: 'a WebP image',
    canShowInline: true,
  },
} as const satisfies Record<string, UploadKind>

type UploadKind = {
  /** The true type, stored as the file's `mimeType` and served as its Content-Type. */
  mime: string
  /** The first is the one to suggest when a file is misnamed. */
  extensions: readonly [string, ...string[]]
  /** As in "Upload PDF, Word … files". */
  name: string
  /** As in "This file is not a PDF". */
  noun: string
  /** Browsers show these themselves without running anything; everything else downloads. */
  canShowInline: boolean
}

export type UploadKindKey = keyof typeof UPLOAD_KINDS
export const UPLOAD_KIND_KEYS = Object.keys(UPLOAD_KINDS) as UploadKindKey[]

export const ALLOWED_MIME_TYPES = UPLOAD_KIND_KEYS.map((key) => UPLOAD_KINDS[key].mime)

const names = UPLOAD_KIND_KEYS.map((key) => UPLOAD_KINDS[key].name)
/** The closing sentence of every refusal. */
export const WHAT_TO_UPLOAD = `Upload ${names.slice(0, -1).join(', ')} or ${names.at(-1)} files.`

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
}

export function kindByExtension(extension: string): UploadKindKey | undefined {
  return UPLOAD_KIND_KEYS.find((key) =>
    (UPLOAD_KINDS[key].extensions as readonly string[]).includes(extension),
  )
}

export function kindByMime(mime: string): UploadKindKey | undefined {
  return UPLOAD_KIND_KEYS.find((key) => UPLOAD_KINDS[key].mime === mime)
}
