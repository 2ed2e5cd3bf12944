import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Vitest's default leaves one of this 2-core machine's cores idle (cores − 1 workers); the
    // LibreOffice and PDF tests are CPU-bound processes, two at a time use both cores.
    maxWorkers: 2,
  },
});
