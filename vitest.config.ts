import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB-WASM files are heavy: two cores here, keep workers few.
    maxWorkers: 2,
    env: { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
  },
});
