import {
  extensionOf,
  kindByExtension,
  UPLOAD_KINDS,
  WHAT_TO_UPLOAD,
  type UploadKindKey,
} from './kinds'
import { sniff } from './sniff'

export type Verdict =
  { isAccepted: true; kind: UploadKindKey } | { isAccepted: false; reason: string }

/**
 * Judges a file by its bytes: it is accepted only when they are one of the accepted kinds and
 * its name says the same kind, so a file is always served as what it really is. The reason for
 * a refusal is written for the person who chose the file.
 */
export async function checkUpload({
  filename,
  bytes,
}: {
  filename: string
  bytes: Uint8Array
}): Promise<Verdict> {
  const refuse = (reason: string): Verdict => ({ isAccepted: false, reason })
  if (bytes.length === 0) return refuse(`This file is empty. ${WHAT_TO_UPLOAD}`)

  const extension = extensionOf(filename)
  const declared = kindByExtension(extension)
  const content = await sniff(bytes)
  const what =
    content.is === 'kind'
      ? UPLOAD_KINDS[content.kind].noun
      : content.is === 'text'
        ? 'plain text'
        : content.description

  if (!declared) {
    const named = extension ? `Files ending in .${extension}` : 'Files without an extension'
    if (content.is === 'kind') {
      return refuse(`${named} are not allowed, and this one is ${what}. ${renameTo(content.kind)}`)
    }
    return refuse(`${named} are not allowed, and this one is ${what}. ${WHAT_TO_UPLOAD}`)
  }
  if (content.is === 'kind' && content.kind === declared)
    return { isAccepted: true, kind: declared }
  if (content.is === 'text' && declared === 'csv') return { isAccepted: true, kind: declared }

  const notDeclared = `This file is not ${UPLOAD_KINDS[declared].noun}: its contents are ${what}.`
  if (content.is === 'kind') return refuse(`${notDeclared} ${renameTo(content.kind)}`)
  if (declared === 'csv' && content.is === 'other' && content.isTextInAnotherEncoding) {
    return refuse(
      'This CSV file is not UTF-8 text, so Thai, Khmer, Lao, Burmese and Vietnamese letters in it ' +
        'would be garbled. In Excel, save it as “CSV UTF-8 (Comma delimited)” and upload it again.',
    )
  }
  return refuse(`${notDeclared} ${WHAT_TO_UPLOAD}`)
}

function renameTo(kind: UploadKindKey): string {
  return `Rename it to end in .${UPLOAD_KINDS[kind].extensions[0]} and upload it again.`
}
