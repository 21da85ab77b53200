import { describe, expect, it } from 'vitest';
import { readCell, type ReadResult } from '../../src/import/read-cell';
import type { CellKind } from '../../src/import/schema';

const INVISIBLE_WARNING = (raw: string, labels: string) => ({
  expected: '見えない文字・制御文字のない値',
  severity: 'warning',
  message: `「${raw}」には見えない文字・制御文字（${labels}）が含まれていたため、取り除いて読みました（invisible or control characters removed）`,
});

describe('readCell: invisible and control characters', () => {
  it.each<[CellKind, string, unknown, string, string]>([
    ['quantity', '1\u200b000', 1000, '1⟨U+200B⟩000', '⟨U+200B⟩'],
    ['year', '\ufeff2024', 2024, '⟨U+FEFF⟩2024', '⟨U+FEFF⟩'],
    ['key', '12\u200d4', '124', '12⟨U+200D⟩4', '⟨U+200D⟩'],
    ['money', '1,200\u200e', 1200, '1,200⟨U+200E⟩', '⟨U+200E⟩'],
    ['text', '健康\u202e診査事業', '健康診査事業', '健康⟨U+202E⟩診査事業', '⟨U+202E⟩'],
    ['text', '\u001b[31m事業\u001b[0m', '[31m事業[0m', '⟨U+001B⟩[31m事業⟨U+001B⟩[0m', '⟨U+001B⟩'],
    ['activity_name', '講座\u200b開催 (R6)', '講座開催', '講座⟨U+200B⟩開催 (R6)', '⟨U+200B⟩'],
    ['indicator_label', '参加\u2060人数 (人)', '参加人数', '参加⟨U+2060⟩人数 (人)', '⟨U+2060⟩'],
  ])('%s %j → %j with a warning that shows them', (kind, raw, value, shown, labels) => {
    const r = readCell(kind, raw, null);
    expect(r.ok && r.cell.value).toEqual(value);
    expect(r.ok && r.cell.raw).toBe(raw); // the raw text stays as written
    expect(r.ok && r.warnings).toEqual([INVISIBLE_WARNING(shown, labels)]);
  });

  it('keeps an error about the cell and its raw text when the cell still cannot be read', () => {
    const r = readCell('quantity', '1\u200b2-3', null);
    expect(r).toMatchObject({ ok: false, raw: '1\u200b2-3', severity: 'error', message: '「12-3」は数値として読めません（not a number）' });
  });

  it('gives no warning for a clean cell', () => {
    expect(readCell('quantity', '1,000人', null)).toEqual({ ok: true, cell: { raw: '1,000人', value: 1000, unit: '人' } });
  });

  it('passes a reader warning on', () => {
    const r = readCell('quantity', '12345678901234567890', null);
    expect(r.ok && r.warnings?.map((w) => w.message)).toEqual([expect.stringContaining('保存した値は 12345678901234567000')]);
  });

  it('reports both the invisible characters and the reader warning', () => {
    const r = readCell('target', 'R9年度 12345678901234567890\u200b', null);
    expect(r.ok && r.warnings?.length).toBe(2);
  });
});

describe('readCell: Excel error values', () => {
  const kinds: CellKind[] = ['year', 'key', 'text', 'int', 'quantity', 'target', 'money', 'date', 'period', 'checkbox', 'direction', 'activity_name', 'indicator_label'];
  it.each(kinds)('#REF! in a %s column is an error, its value NULL and its raw text kept', (kind) => {
    const r: ReadResult = readCell(kind, '#REF!', null);
    expect(r).toMatchObject({ ok: false, raw: '#REF!', severity: 'error' });
    expect(r.ok ? '' : r.message).toContain('Excel のエラー値');
  });

  it.each([['#DIV/0!'], ['#N/A'], ['#VALUE!'], ['#NAME?'], ['#NULL!'], ['#NUM!'], ['#SPILL!'], ['#CALC!']])('%j in an actual is an error', (raw) => {
    expect(readCell('quantity', raw, null)).toMatchObject({ ok: false, severity: 'error' });
  });

  it('reads a target year with an Excel error as its figure as an error', () => {
    expect(readCell('target', 'R9年度 #N/A', null)).toMatchObject({ ok: false, severity: 'error' });
  });
});
