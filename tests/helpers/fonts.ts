import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CDPSession, Page } from 'playwright-core'

/**
 * The four scripts the portal self-hosts a font for: their Unicode blocks (as in
 * scripts/subset-language-names.ts and the @font-face rules) and the family of the Noto font
 * that must draw them. ZWJ and ZWNJ join a run but never start one.
 */
export const SCRIPTS = [
  { code: 'th', name: 'Thai', family: 'Noto Sans Thai', block: '\\u0E00-\\u0E7F' },
  { code: 'lo', name: 'Lao', family: 'Noto Sans Lao', block: '\\u0E80-\\u0EFF' },
  { code: 'km', name: 'Khmer', family: 'Noto Sans Khmer', block: '\\u1780-\\u17FF\\u19E0-\\u19FF' },
  {
    code: 'my',
    name: 'Burmese',
    family: 'Noto Sans Myanmar',
    block: '\\u1000-\\u109F\\uA9E0-\\uA9FF\\uAA60-\\uAA7F',
  },
] as const
export type ScriptCode = (typeof SCRIPTS)[number]['code']

/**
 * A fontconfig setup holding only the machine's fonts that cover none of the four scripts (fc-list
 * reports each font's languages), so that a system Thai or Burmese font cannot hide a page that
 * forgets its own. Chromium reads it from FONTCONFIG_FILE.
 */
export function fontconfigWithoutTheScripts(): { file: string; dir: string; fonts: string[] } {
  const listed = spawnSync('fc-list', ['--format', '%{file}\t%{lang}\n'], { encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`fc-list failed: ${listed.stderr}`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-fonts-'))
  const fonts: string[] = []
  for (const line of listed.stdout.split('\n').filter(Boolean)) {
    const [file, langs = ''] = line.split('\t')
    const languages = langs.split('|')
    if (SCRIPTS.some((script) => languages.includes(script.code))) continue
    fonts.push(file)
    fs.symlinkSync(file, path.join(dir, `${fonts.length}-${path.basename(file)}`))
  }
  if (fonts.length === 0) throw new Error('no font on this machine is free of the four scripts')
  const file = path.join(dir, 'fonts.conf')
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${dir}</dir>\n  <cachedir>${dir}/cache</cachedir>\n</fontconfig>\n`,
  )
  return { file, dir, fonts }
}

export type Where = 'switcher' | 'language name' | 'text' | 'field'

export type PlatformFont = {
  familyName: string
  postScriptName: string
  isCustomFont: boolean
  glyphCount: number
}

/** One run of a script's letters on a page, and the fonts Chromium drew it with. */
export type CheckedText = {
  script: ScriptCode
  run: string
  /** The whole text the run is part of (a text node, an input's value, a select's choice). */
  text: string
  /**
   * The language switcher and the names of editions' languages use the 'Language names' subsets;
   * a field's text is what was typed or chosen in it.
   */
  where: Where
  fonts: PlatformFont[]
}

const familyOf = Object.fromEntries(SCRIPTS.map((script) => [script.code, script.family]))
const lettersOf = Object.fromEntries(
  SCRIPTS.map((script) => [script.code, new RegExp(`[${script.block}\\u200C\\u200D]`, 'gu')]),
)

/**
 * Drawn right: the script's letters are drawn by a web font (the portal's, never the device's)
 * of that script's Noto family. The 'Language names' subsets are cut from the same Noto fonts
 * and keep their names. A run holds only letters, so nothing else may draw it; a field is asked
 * as a whole, so the device's font may also draw its other characters (spaces, "…"), at most one
 * glyph each: a letter it drew would be one glyph too many.
 */
export function isDrawnRight(checked: CheckedText): boolean {
  const isOwn = (font: PlatformFont) =>
    font.isCustomFont && font.familyName === familyOf[checked.script] && font.glyphCount > 0
  const others = checked.fonts.filter((font) => !isOwn(font))
  const otherCharacters =
    [...checked.run].length - (checked.run.match(lettersOf[checked.script]) ?? []).length
  return (
    checked.fonts.some(isOwn) &&
    others.every((font) => !font.isCustomFont) &&
    others.reduce((sum, font) => sum + font.glyphCount, 0) <= otherCharacters
  )
}

export const describeFonts = (fonts: PlatformFont[]) =>
  fonts.length === 0
    ? 'no font'
    : fonts
        .map(
          (font) =>
            `${font.familyName}${font.isCustomFont ? ' (web font)' : ' (system)'} ×${font.glyphCount}`,
        )
        .join(', ')

/**
 * Every run of Thai, Lao, Khmer or Burmese letters drawn on the page, with the fonts that drew
 * it, from Chromium's own record (CSS.getPlatformFontsForNode over the DevTools protocol).
 *
 * The protocol reports fonts per element, for all its text: in "ไทย (Thai)" the Latin half is
 * rightly drawn by a system font, which would hide whether the Thai was. So each run of a
 * script's letters is first wrapped in a span of its own (which inherits every style, so the
 * browser picks the same fonts), and the fonts are asked of that span. Text inside form fields
 * (a typed query, a select's choice) lives in the browser's own shadow tree, which no script can
 * wrap: those fields are asked as a whole, and the test types one word at a time. Text that is
 * not drawn (display: none, a closed select's other options) is left out.
 *
 * It changes the page: call it last, after the screenshot.
 */
export async function checkScriptFonts(page: Page, cdp: CDPSession): Promise<CheckedText[]> {
  const found = await page.evaluate((scripts) => {
    const pattern = new RegExp(
      scripts
        .map((script) => `(?<${script.code}>[${script.block}][${script.block}\\u200C\\u200D]*)`)
        .join('|'),
      'gu',
    )
    const notDrawnHere = 'script, style, noscript, template, title, textarea, select, option'
    const texts: Text[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) texts.push(walker.currentNode as Text)
    type Found = { script: string; run: string; text: string; where: Where }
    const runs: Found[] = []
    const spans: HTMLElement[] = []
    for (const node of texts) {
      const parent = node.parentElement
      const text = node.data
      if (!parent || parent.closest(notDrawnHere)) continue
      const matches = [...text.matchAll(pattern)]
      if (matches.length === 0) continue
      const pieces = document.createDocumentFragment()
      let at = 0
      for (const match of matches) {
        pieces.append(text.slice(at, match.index))
        const span = document.createElement('span')
        span.textContent = match[0]
        span.dataset.fontProbe = String(runs.length)
        pieces.append(span)
        spans.push(span)
        runs.push({
          script: Object.entries(match.groups ?? {}).find(([, value]) => value)![0],
          run: match[0],
          text: text.trim(),
          where: parent.closest('.languages')
            ? 'switcher'
            : parent.closest('.language-name')
              ? 'language name'
              : 'text',
        })
        at = match.index + match[0].length
      }
      pieces.append(text.slice(at))
      node.replaceWith(pieces)
    }
    // Fields: a typed value or a chosen option, drawn in the field's own shadow tree.
    const fields: Found[] = []
    document
      .querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')
      .forEach((field) => {
        const text =
          field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value
        const match = [...text.matchAll(pattern)]
        if (match.length === 0 || field.getClientRects().length === 0) return
        field.dataset.fontField = String(fields.length)
        fields.push({
          script: Object.entries(match[0].groups ?? {}).find(([, value]) => value)![0],
          run: text,
          text,
          where: 'field',
        })
      })
    // A clamped paragraph ends in an ellipsis that the browser adds in the device's font and the
    // protocol counts with the letters before it. Fonts are chosen per letter, not per line, so
    // unclamping changes no font, and leaves each run with its own.
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element)
      if (style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis') {
        element.style.webkitLineClamp = 'none'
        element.style.textOverflow = 'clip'
      }
    }
    const drawn = spans.map((span) => span.getClientRects().length > 0)
    return { runs, drawn, fields }
  }, SCRIPTS)

  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
  const { nodeIds: probes } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-font-probe]',
  })
  if (probes.length !== found.runs.length)
    throw new Error(`marked ${found.runs.length} runs but found ${probes.length}`)
  const checked: CheckedText[] = []
  for (const [index, run] of found.runs.entries()) {
    if (!found.drawn[index]) continue
    checked.push({
      ...run,
      script: run.script as ScriptCode,
      fonts: await fontsOf(cdp, probes[index]),
    })
  }
  const { nodeIds: fields } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-font-field]',
  })
  for (const [index, field] of found.fields.entries())
    checked.push({
      ...field,
      script: field.script as ScriptCode,
      fonts: await fontsOf(cdp, drawerOf(root, fields[index], field.text)),
    })
  return checked
}

type DomNode = {
  nodeId: number
  nodeType: number
  nodeValue: string
  children?: DomNode[]
  shadowRoots?: DomNode[]
}

const fontsOf = async (cdp: CDPSession, nodeId: number) =>
  (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts as PlatformFont[]

/**
 * The element that draws a field's text: inside the field's shadow tree (which the protocol
 * shows when asked to pierce), the parent of the text node holding it. The protocol counts the
 * fonts of text up to two levels below the element it is given, and a search box's text sits
 * deeper than that. Falls back to the field itself.
 */
function drawerOf(root: DomNode, fieldId: number, text: string): number {
  const find = (node: DomNode, match: (node: DomNode) => boolean): DomNode | undefined => {
    if (match(node)) return node
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child, match)
      if (found) return found
    }
    return undefined
  }
  const field = find(root, (node) => node.nodeId === fieldId)
  if (!field) throw new Error(`field ${fieldId} is not in the document`)
  const holder = find(field, (node) =>
    (node.children ?? []).some((child) => child.nodeType === 3 && child.nodeValue === text),
  )
  return holder?.nodeId ?? fieldId
}

/** A font file the page downloaded, named by the file it is (matched by content), and its cost. */
export type DownloadedFont = { file: string; bytes: number; cacheControl: string }

let knownFonts: Map<string, string> | undefined
/**
 * Names a downloaded font by its content: the bundler renames the files it serves, but their
 * bytes are those of a @fontsource file or of one of the portal's own subsets in src/fonts.
 */
export function fontFileName(body: Buffer): string {
  if (!knownFonts) {
    knownFonts = new Map()
    const folders = [
      ...SCRIPTS.map(
        (script) =>
          `node_modules/@fontsource/${script.family.toLowerCase().replaceAll(' ', '-')}/files`,
      ),
      'src/fonts',
    ]
    for (const folder of folders)
      for (const name of fs.readdirSync(folder))
        knownFonts.set(sha256(fs.readFileSync(path.join(folder, name))), name)
  }
  return knownFonts.get(sha256(body)) ?? `unknown font (${body.length} bytes)`
}
const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')

/**
 * Records the fonts a page downloads over the network, through the DevTools protocol's Network
 * domain (call before the page loads): each file named by its content, its size and its caching.
 * A font served from the browser's cache (a second document in the same context, as when a
 * search's address moves it to the other page tree) costs nothing and is not counted.
 */
export async function recordFontDownloads(cdp: CDPSession) {
  const fonts = new Map<string, { cacheControl: string; fromCache: boolean }>()
  const downloads: Promise<DownloadedFont | undefined>[] = []
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type !== 'Font') return
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]),
    )
    fonts.set(requestId, {
      cacheControl: String(headers['cache-control'] ?? '(none)'),
      fromCache: Boolean(response.fromDiskCache || response.fromPrefetchCache),
    })
  })
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const font = fonts.get(requestId)
    if (font) font.fromCache = true
  })
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const font = fonts.get(requestId)
    if (!font || font.fromCache || encodedDataLength === 0) return
    downloads.push(
      cdp.send('Network.getResponseBody', { requestId }).then(({ body, base64Encoded }) => {
        const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8')
        return { file: fontFileName(bytes), bytes: bytes.length, cacheControl: font.cacheControl }
      }),
    )
  })
  await cdp.send('Network.enable')
  return {
    settled: async () =>
      (await Promise.all(downloads)).filter((font): font is DownloadedFont => Boolean(font)),
  }
}

/** The fonts that draw the text a field shows, as typed (it lives in the field's shadow tree). */
export async function fieldFonts(
  cdp: CDPSession,
  selector: string,
  text: string,
): Promise<PlatformFont[]> {
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  return fontsOf(cdp, drawerOf(root, nodeId, text))
}

/** What one page drew and downloaded, for the test report. */
export type VisitedPage = {
  address: string
  checked: number
  wrong: number
  downloads: DownloadedFont[]
}

/** The test report's table: each page's texts in the four scripts and the fonts it downloaded. */
export function fontReport(pages: VisitedPage[]): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
  const rows = pages.map((page) => {
    const files = page.downloads.map((font) => font.file.replace(/\.woff2$/, '')).sort()
    const bytes = page.downloads.reduce((sum, font) => sum + font.bytes, 0)
    return `| \`${page.address}\` | ${page.checked} | ${page.wrong} | ${files.join(', ') || '—'} | ${kib(bytes)} |`
  })
  const caching = new Set(
    pages.flatMap((page) =>
      page.downloads.map(
        (font) =>
          `${font.file.startsWith('language-names-') ? 'language names' : 'Noto'}: ${font.cacheControl}`,
      ),
    ),
  )
  return [
    '| Page | Texts in the four scripts | Drawn wrong | Font files downloaded | Font bytes |',
    '|---|---:|---:|---|---:|',
    ...rows,
    '',
    `Cache-Control of the font files: ${[...caching].join('; ')}`,
    '',
  ].join('\n')
}
