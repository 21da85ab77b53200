import { readFile } from 'node:fs/promises';
import { it } from 'vitest';
import { prepareAnalyses } from '../../src/analyses/setup';
import { sheetQuality } from '../../src/analyses/sheet-quality';
import { costRollup, programCosts, unitCosts } from '../../src/analyses/costs';
import { programChanges } from '../../src/analyses/changes';
import { similarPrograms, consolidationCandidates } from '../../src/analyses/similar/similar';
import { importFiles } from '../../src/import/import-files';
import { freshDatabase, readFolder } from '../support/node-db';
it('peek', async () => {
  const db = await freshDatabase();
  await importFiles(db, await readFolder('data/sample'));
  await prepareAnalyses(db, await readFile('data/direction-keywords.csv', 'utf8'), await readFile('data/output-keywords.csv', 'utf8'));
  const s = { year: 2024 };
  for (const [n, f] of [['rollup', () => costRollup(db, s)], ['programs', () => programCosts(db, s)], ['units', () => unitCosts(db, s)], ['changes', () => programChanges(db, s)], ['quality', () => sheetQuality(db, s)], ['similar', () => similarPrograms(db, s)], ['cand', () => consolidationCandidates(db, s)]] as const) {
    const t0 = Date.now(); await f(); console.log(n, Date.now() - t0);
  }
  db.close();
}, 300_000);
