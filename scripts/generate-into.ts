/**
 * Regenerates what Payload derives from the code into another folder, laid out like the
 * repository, so that `scripts/check-generated.mjs` compares without ever writing to the working
 * tree: `node --import tsx scripts/generate-into.ts <folder>` writes
 *
 *   <folder>/src/payload-types.ts                  (`payload generate:types`)
 *   <folder>/src/app/(payload)/admin/importMap.js  (`payload generate:importmap`)
 *   <folder>/migrations/                           a copy of migrations/, plus a new migration
 *                                                  only if the schema changed without one
 *   <folder>/generated.json                        which of these files to compare
 *
 * Payload's own functions do the work. Types honour PAYLOAD_TS_OUTPUT_PATH. The import map has
 * no such setting, so the config's import-map folder and base folder are both moved into
 * <folder>: the generated imports are relative from one to the other, and stay the same.
 * Migrations are created as `payload migrate:create --skip-empty` does, in a copy of the
 * migrations folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import payload, { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'

const folder = process.argv[2]
if (!folder) {
  process.stderr.write('usage: node --import tsx scripts/generate-into.ts <folder>\n')
  process.exit(2)
}
const out = path.resolve(folder)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest: { files: string[]; migrations?: string } = { files: [] }
/** Where a file of the repository goes in <folder>; the path is kept for the manifest. */
const into = (file: string, kind: 'file' | 'migrations' = 'file') => {
  const relative = path.relative(root, file)
  if (kind === 'file') manifest.files.push(relative)
  else manifest.migrations = relative
  const target = path.join(out, relative)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  return target
}

// The manifest is written only when the process ends on purpose with 0 (Payload's own exit after
// an empty schema diff, or the last line): a run cut short never reads as a clean check. Under
// load, tsx's loader sometimes loses an import and Node ends the process with the top-level
// await unsettled (exit 13, seen once in seven runs; payloadcms/payload#17757 looks like the same
// race). check-generated.mjs runs this again then.
let isAtLastStep = false
process.on('exit', (code) => {
  if (code === 0 && isAtLastStep) {
    fs.writeFileSync(path.join(out, 'generated.json'), JSON.stringify(manifest, null, 2))
  }
})

// As the payload command sets them for these tasks.
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.PAYLOAD_MIGRATING = 'true'
const config: SanitizedConfig = await (await import('../payload.config')).default

process.env.PAYLOAD_TS_OUTPUT_PATH = into(config.typescript.outputFile)
await generateTypes(config, { log: false })

const { baseDir, importMapFile } = config.admin.importMap
if (!baseDir || !importMapFile) throw new Error('payload.config.ts must set admin.importMap')
await generateImportMap(
  {
    ...config,
    admin: {
      ...config.admin,
      importMap: {
        ...config.admin.importMap,
        baseDir: path.join(out, path.relative(root, baseDir)),
        importMapFile: into(importMapFile),
      },
    },
  },
  { log: false },
)

// A barebones instance, no database connection: what `payload migrate:create` starts.
await payload.init({ config, disableDBConnect: true, disableOnInit: true })
const migrations = into(payload.db.migrationDir, 'migrations')
fs.cpSync(payload.db.migrationDir, migrations, { recursive: true })
payload.db.migrationDir = migrations
isAtLastStep = true
// With skipEmpty, Payload ends the process itself (exit 0) when the schema needs no migration;
// createMigration computes the diff before it can get there.
await payload.db.createMigration({
  migrationName: 'schema-drift-check',
  payload,
  skipEmpty: true,
})
process.exit(0)
