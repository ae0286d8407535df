/**
 * `npm run fonts:language-names`: tiny fonts that draw only the names of languages in their own
 * scripts (ไทย, ខ្មែរ, ລາວ, မြန်မာ) for the language switcher and every edition label.
 *
 * Every page names its languages, but an English reader should not download 80 KB of Thai, Khmer
 * and Burmese fonts for four words. These subsets, cut from the same Noto fonts the portal ships
 * (harfbuzz's subsetter keeps the shaping rules, so Khmer and Burmese clusters still join), weigh
 * about 1–3 KB each. Text in those scripts elsewhere loads the full fonts (src/fonts/fonts.css).
 *
 * The output is committed beside the @font-face rules (src/fonts/), so the bundler serves it under
 * a hashed name with a year's immutable caching, as it does the Noto files; `npm test` fails when
 * it no longer matches the names (scripts/check-generated.mjs runs this with `--check`).
 */
import fs from 'node:fs'
import path from 'node:path'
import subsetFont from 'subset-font'

import { EDITION_LANGUAGES } from '../src/i18n/languages'

/** The scripts we self-host a font for, the Noto file each is cut from, and its Unicode block. */
export const NAME_FONTS = [
  {
    script: 'thai',
    source: '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2',
    pattern: /[\u0E00-\u0E7F]/u,
  },
  {
    script: 'lao',
    source: '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
    pattern: /[\u0E80-\u0EFF]/u,
  },
  {
    script: 'khmer',
    source: '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2',
    pattern: /[\u1780-\u17FF\u19E0-\u19FF]/u,
  },
  {
    script: 'myanmar',
    source: '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2',
    pattern: /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/u,
  },
] as const

const OUT = 'src/fonts'
const check = process.argv.includes('--check')
const names = Object.values(EDITION_LANGUAGES).map((language) => language.native)
const stale: string[] = []

for (const font of NAME_FONTS) {
  const text = names.filter((name) => font.pattern.test(name)).join(' ')
  if (!text)
    throw new Error(`no language name is written in ${font.script}: drop it from NAME_FONTS`)
  const subset = await subsetFont(fs.readFileSync(path.join('node_modules', font.source)), text, {
    targetFormat: 'woff2',
  })
  const file = path.join(OUT, `language-names-${font.script}.woff2`)
  if (check) {
    if (!fs.existsSync(file) || !fs.readFileSync(file).equals(subset)) stale.push(file)
    continue
  }
  fs.mkdirSync(OUT, { recursive: true })
  fs.writeFileSync(file, subset)
  console.log(`${file}: ${text} (${subset.length.toLocaleString('en')} bytes)`)
}
if (stale.length) {
  console.error(
    `out of date: ${stale.join(', ')} (run "npm run fonts:language-names" and commit the result)`,
  )
  process.exit(1)
}
