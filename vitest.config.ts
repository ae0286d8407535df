import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.resolve(root, 'payload.config.ts') },
      { find: /^@collections\/(.*)$/, replacement: path.resolve(root, 'collections/$1') },
      { find: /^@\/(.*)$/, replacement: path.resolve(root, 'src/$1') },
    ],
  },
  test: {
    environment: 'node',
    // Each integration file boots Payload on its own temporary database; run them one at a
    // time so two files never compete for the machine's two cores.
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    include: ['tests/unit/**/*.spec.ts', 'tests/int/**/*.spec.ts'],
    reporters: ['default'],
  },
})
