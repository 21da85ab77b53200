/**
 * The order vitest starts the test files in: the heaviest first (longest-processing-time first), so that the two
 * workers finish together instead of one starting a two-minute file while the other has run out of work. vitest's
 * own order sorts by the durations of the last run, but CI starts on a fresh machine with no such cache: there it
 * groups the files by project (e2e, sql-native, sql-wasm, unit) and by file size, which puts tiny but slow files
 * (accessibility-*.test.ts: nine lines, two minutes) late. The estimates below are seconds per file measured on the
 * 2-core machine (a full `npm test`, Dec 2026); a file missing here runs after the listed ones in vitest's order, and a
 * stale estimate costs only balance, never a test.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ESTIMATE: Record<string, number> = {
  'e2e:test/e2e/publish.test.ts': 165,
  'e2e:test/e2e/strategy.test.ts': 122,
  'e2e:test/e2e/thresholds.test.ts': 121,
  'e2e:test/e2e/accessibility-ja.test.ts': 120,
  'e2e:test/e2e/accessibility-en.test.ts': 117,
  'e2e:test/e2e/profiles.test.ts': 107,
  'e2e:test/e2e/dashboard.test.ts': 101,
  'e2e:test/e2e/ofunato.test.ts': 100,
  'sql-wasm:test/sql/briefing.test.ts': 92,
  'e2e:test/e2e/console.test.ts': 80,
  'e2e:test/e2e/keyboard.test.ts': 73,
  'e2e:test/e2e/forms.test.ts': 68,
  'e2e:test/e2e/user-data.test.ts': 58,
  'sql-wasm:test/sql/realdata-ofunato.test.ts': 57,
  'sql-wasm:test/sql/bad-corpus.test.ts': 51,
  'sql-wasm:test/sql/sample-forms.test.ts': 48,
  'e2e:test/e2e/foundation.test.ts': 37,
  'sql-wasm:test/sql/sample-database.test.ts': 35,
  'sql-wasm:test/sql/strategy-sample.test.ts': 32,
  'e2e:test/e2e/export.test.ts': 32,
  'e2e:test/e2e/briefing.test.ts': 30,
  'e2e:test/e2e/publish-app.test.ts': 29,
  'sql-wasm:test/sql/engines-agree.test.ts': 29,
};

export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root.replace(/\/?$/, '/');
    const estimate = (f: TestSpecification) => ESTIMATE[`${f.project.name}:${f.moduleId.startsWith(root) ? f.moduleId.slice(root.length) : f.moduleId}`] ?? 0;
    // stable: equal estimates (every unlisted file) keep vitest's order
    return base.map((f, i) => ({ f, i, e: estimate(f) })).sort((a, b) => b.e - a.e || a.i - b.i).map(({ f }) => f);
  }
}
