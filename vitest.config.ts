import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './test/support/heavy-first';

/**
 * SQL tests that run once: those driving the command line as a child process (it has one engine, native; the
 * briefing test compares it with the in-process model on the wasm), and those that open both engines themselves.
 */
const RUN_ONCE = [
  'test/sql/analyses/analyze-near-threshold.test.ts',
  'test/sql/briefing.test.ts',
  'test/sql/engines-agree.test.ts',
  'test/sql/sample-database.test.ts',
  // the command line as a child process (native whatever the project), and the heaviest import comparison
  'test/sql/cli-inputs.test.ts',
  'test/sql/sample-forms.test.ts',
  // the bad-input corpus: 125 imports, on the wasm as in the browser
  'test/sql/bad-corpus.test.ts',
  // the sample's plants are engine-independent; the fixtures check the strategy SQL on both engines
  'test/sql/strategy-sample.test.ts',
  // generated municipalities imported side by side: the import path, not an engine difference
  'test/sql/national-sample.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // DuckDB-WASM files are heavy: two cores here, keep workers few.
    maxWorkers: 2,
    // the slowest files first, across projects, so that both workers finish together (test/support/heavy-first.ts)
    sequence: { sequencer: HeavyFirstSequencer },
    env: { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' },
    // test/sql/ runs on both engines (test/support/node-db.ts): DuckDB-WASM as in the browser, native as in the CLI.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'sql-wasm', include: ['test/sql/**/*.test.ts'], env: { SEIKA_ENGINE: 'wasm' } } },
      { extends: true, test: { name: 'sql-native', include: ['test/sql/**/*.test.ts'], exclude: RUN_ONCE, env: { SEIKA_ENGINE: 'native' } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] } },
    ],
  },
});
