import { describe, expect, it } from 'vitest';
import { searchIndexJs } from '../../../src/publish/assets';
import { slugFor } from '../../../src/publish/model';
import { DEFAULT_PUBLISH_SETTINGS, readPublishSettings } from '../../../src/publish/settings';
import type { PublishedProgram } from '../../../src/publish/model';

describe('publication setting', () => {
  it('leaves every internal item out by default', () => {
    expect(DEFAULT_PUBLISH_SETTINGS.include).toEqual({ underperformance: false, selfCheck: false, findings: false });
    expect(readPublishSettings({})).toEqual(DEFAULT_PUBLISH_SETTINGS);
  });

  it('reads a settings file over the defaults', () => {
    const s = readPublishSettings({ municipality: ' 架空市 ', year: 2023, licence: { name: 'CC0', url: null }, include: { findings: true } });
    expect(s).toEqual({ municipality: '架空市', year: 2023, licence: { name: 'CC0', url: null }, include: { underperformance: false, selfCheck: false, findings: true } });
  });

  it('refuses unknown keys and wrong types instead of publishing something unintended', () => {
    expect(() => readPublishSettings({ include: { score: true } })).toThrow('include に不明な項目');
    expect(() => readPublishSettings({ include: { selfCheck: 'yes' } })).toThrow('true か false');
    expect(() => readPublishSettings({ municipalty: 'x' })).toThrow('不明な項目があります: municipalty');
    expect(() => readPublishSettings({ year: '2024' })).toThrow('year');
    expect(() => readPublishSettings([])).toThrow('オブジェクト');
  });
});

describe('program pages and the search index', () => {
  it('names a page after its sheet number, safe for URLs and file systems', () => {
    expect(slugFor('124')).toBe('no-124');
    expect(slugFor('3-1-2')).toBe('no-3-1-2');
    expect(slugFor('A/1')).toBe('no-A_2f1');
    expect(slugFor('１２')).toBe('no-_ff11_ff12');
  });

  it('folds the index as the search folds what is typed, and no < survives into the script', () => {
    const p = { slug: 'no-1', sheet_no: '1', program: 'Ａ　事業<script>', department: '総務課', pillar: null, goal: null, measure: null } as PublishedProgram;
    const js = searchIndexJs([p]);
    expect(js).toBe('window.SEIKA_PROGRAMS = [["no-1","a事業\\u003cscript>\\u0001総務課\\u00011\\u0001no.1"]];\n');
    const g: { SEIKA_PROGRAMS?: unknown } = {};
    new Function('window', js)(g);
    expect(g.SEIKA_PROGRAMS).toEqual([['no-1', 'a事業<script>\u0001総務課\u00011\u0001no.1']]);
  });
});
