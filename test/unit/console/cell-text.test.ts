import { describe, expect, it } from 'vitest';
import { cellText, formatExact, groupsDigits } from '../../../src/console/cell-text';
import { defaultChartSpec, resultChartOption } from '../../../src/console/chart-option';
import { resultCsv } from '../../../src/console/export-result';
import type { ConsoleResult } from '../../../src/db/database';

describe('console cells', () => {
  it('numbers are grouped but never rounded', () => {
    expect(formatExact(1234567)).toBe('1,234,567');
    expect(formatExact(1234567.125)).toBe('1,234,567.125');
    expect(formatExact(-0.123456789)).toBe('-0.123456789');
    expect(formatExact(-1234.5)).toBe('-1,234.5');
    expect(formatExact(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatExact(1e-7)).toBe('1e-7');
  });

  it('NULL is its own kind; an empty string is text', () => {
    expect(cellText(null)).toEqual({ text: 'NULL', kind: 'null' });
    expect(cellText('')).toEqual({ text: '', kind: 'text' });
    expect(cellText('<b>x</b>')).toEqual({ text: '<b>x</b>', kind: 'text' });
    expect(cellText([1, 2])).toEqual({ text: '[1,2]', kind: 'text' });
  });

  it('years are not grouped', () => {
    expect(groupsDigits('fiscal_year')).toBe(false);
    expect(groupsDigits('年度')).toBe(false);
    expect(groupsDigits('budget')).toBe(true);
    expect(cellText(2024, groupsDigits('fiscal_year')).text).toBe('2024');
  });
});

const RESULT: ConsoleResult = {
  columns: [
    { name: 'program', type: 'Utf8', numeric: false },
    { name: 'budget', type: 'Float64', numeric: true },
  ],
  values: [
    ['<img src=x onerror=alert(1)>', '=HYPERLINK("x")'],
    [1200.5, null],
  ],
  rowCount: 2,
  truncated: false,
};

describe('console result export and chart', () => {
  it('CSV: BOM, CRLF, formula neutralised, NULL empty', () => {
    expect(resultCsv(RESULT)).toBe('\uFEFFprogram,budget\r\n<img src=x onerror=alert(1)>,1200.5\r\n"\'=HYPERLINK(""x"")",\r\n');
  });

  it('the chart tooltip escapes text from the data', () => {
    const spec = defaultChartSpec(RESULT)!;
    expect(spec).toEqual({ type: 'bar', x: 0, y: 1 });
    const option = resultChartOption(RESULT, spec) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('1,200.5');
  });
});
