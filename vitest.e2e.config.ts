import { defineConfig } from 'vitest/config'

import base from './vitest.config'

/** End-to-end journeys against the production build, one file at a time. */
export default defineConfig({
  resolve: base.resolve,
  test: {
    ...base.test,
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    testTimeout: 120_000,
    // The first start may build the production bundle (about two minutes on two cores).
    hookTimeout: 900_000,
  },
})
