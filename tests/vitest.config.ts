import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Unit tests (`*.test.ts`) and integration tests (`*.int.test.ts`, a real Payload on a fresh
 * SQLite file per test file). Each file runs in its own process because Payload keeps its
 * instance on the global object; files run one after another so SQLite migrations and
 * start-up do not compete for the CPU.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@payload-config': path.join(root, 'cms/payload.config.ts') } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The REST rate limits (cms/api/limits.ts) count every request of a test file as one client;
    // the files that test the limits set their own.
    env: {
      AUTO_PUBLISH: '0',
      API_RATE_LIMIT: '1000000',
      API_GLOBAL_RATE_LIMIT: '1000000',
      LOGIN_RATE_LIMIT: '1000000',
    },
    // Compiles the command-line scripts once, for the tests that run them as a user would.
    globalSetup: ['tests/globalSetup.ts'],
  },
})
