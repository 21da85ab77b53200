/** Corpus classes 1 (cells that made a reader hang) and 2 (encodings). */
import { concat, damaged, encode, rawLine, row } from './build';
import { ACTIVITIES, OUTCOMES, tableCase, type Built } from './define';
import { activity, NEIGHBOURS, OUTCOMES_PLAIN, outcome, plainOutcome, sheet } from './rows';

const SPACES = ' '.repeat(300_000);

export function hangCases(): Built[] {
  const many = Array.from({ length: 3000 }, (_, i) => (i % 10 === 9 ? activity('2', `相談会${i}`, 10, 9) : rawLine(`2024,2,"講座${i},100,90`)));
  return [
    tableCase('activity-300k-spaces', 1, 'an activity name holding a run of 300,000 spaces before its period and lead department', {
      header: ACTIVITIES,
      rows: [
        row('activities', ['2024', '1', `講座${SPACES}開催 (R6・7・8) 【指導課】`, '100', '90'], {
          activity_key: '講座開催',
          period_years: [2024, 2025, 2026],
          lead_department: '指導課',
          budget: 100,
          spend: 90,
        }),
        activity('1', '相談会', 50, 40),
      ],
    }),
    tableCase('indicator-300k-spaces', 1, 'an indicator label with 300,000 spaces before its (unit)', {
      header: OUTCOMES_PLAIN,
      rows: [row('outcomes', ['2024', '3', `参加人数${SPACES}(人)`, '100', '90'], { indicator: '参加人数', unit: '人', target: 100, actual: 90 }), ...NEIGHBOURS],
    }),
    tableCase('target-300k-spaces', 1, 'a target with 300,000 spaces between figure and unit (over 1,000 characters: not read as a value)', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', `2024,3,転出者数,R9年度${SPACES}2700${SPACES}人,3083`, { actual: 3083 }), ...NEIGHBOURS],
      findings: [{ row: 0, column: '目標値', severity: 'error' }],
    }),
    tableCase('period-300k-spaces', 1, 'a period cell R6 … ～R8 with 300,000 spaces inside (not read as a value)', {
      header: ['年度', 'シートNo', '活動名・事業名', '対象年', '予算額'],
      rows: [damaged('activities', `2024,1,講座開催,R6${SPACES}～${SPACES}R8,100`, { budget: 100 }), row('activities', ['2024', '1', '相談会', 'R6～R8', '50'], { period_years: [2024, 2025, 2026], budget: 50 })],
      findings: [{ row: 0, column: '対象年', severity: 'error' }],
    }),
    tableCase('figure-200k-digits', 1, 'an actual of 200,000 digits', {
      header: OUTCOMES_PLAIN,
      rows: [damaged('outcomes', `2024,3,転出者数,100,${'9'.repeat(200_000)}`, { target: 100 }), ...NEIGHBOURS],
      findings: [{ row: 0, column: '実績値', severity: 'error' }],
    }),
    tableCase('brackets-100k', 1, 'an activity name of 100,000 【 then one 】', {
      header: ACTIVITIES,
      rows: [row('activities', ['2024', '1', `講座${'【'.repeat(100_000)}課】`, '100', '90'], { lead_department: '課', budget: 100, spend: 90 }), activity('1', '相談会', 50, 40)],
    }),
    tableCase('parens-300k', 1, 'an indicator label of 300,000 opening parentheses and one closing', {
      header: OUTCOMES_PLAIN,
      rows: [row('outcomes', ['2024', '3', `${'('.repeat(300_000)})`, '100', '90'], { target: 100, actual: 90, unit: null }), ...NEIGHBOURS],
    }),
    tableCase('row-of-200k-cells', 1, 'a row of 200,000 cells (a line of commas pasted into the export)', {
      header: ACTIVITIES,
      rows: [damaged('activities', `2024,1,講座開催,100,90${',x'.repeat(200_000)}`, { budget: 100, spend: 90 }), activity('1', '相談会', 50, 40)],
      findings: [{ row: 0, column: '予算額', severity: 'error' }],
    }),
    tableCase('200k-escaped-quotes', 1, 'a quoted cell of 200,000 escaped quotes ("")', {
      header: ['年度', 'シートNo', '事務事業名', '事務事業の背景・目的'],
      rows: [row('sheets', ['2024', '1', '健康診査事業', '"'.repeat(200_000)], { program: '健康診査事業' }), row('sheets', ['2024', '2', '図書館運営事業', '短い'], { program: '図書館運営事業', background: '短い' })],
    }),
    tableCase('3000-unclosed-quotes', 1, '2,700 rows each opening a quote it never closes, with a valid row every tenth line', {
      header: ACTIVITIES,
      rows: many,
      findings: [{ row: 0, severity: 'error', contains: '引用符' }],
    }),
    tableCase('100k-blank-lines', 1, '100,000 blank lines between two rows', {
      header: OUTCOMES_PLAIN,
      rows: [NEIGHBOURS[0]!, ...Array.from({ length: 100_000 }, () => rawLine('')), NEIGHBOURS[1]!],
    }),
  ];
}

/** The outcome rows every encoding case writes: three valid rows with CP932-safe text. */
const ENC_ROWS = () => [plainOutcome('124', '転出者数', 2700, 3083), outcome('125', 'ｶﾀｶﾅ満足度①', '80', '85.5', { target: 80, actual: 85.5 }), plainOutcome('126', '髙橋記念館の来館者数', 5000, 4800)];
const EUC_ROWS = () => [plainOutcome('124', '転出者数', 2700, 3083), outcome('125', 'ｶﾀｶﾅ満足度', '80', '85.5', { target: 80, actual: 85.5 }), plainOutcome('126', '来館者数', 5000, 4800)];

/** Replaces the byte at the first occurrence of a text's encoded bytes. */
function replaceByteAt(bytes: Uint8Array, needle: Uint8Array, offset: number, value: number): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((b, j) => out[i + j] === b)) {
      out[i + offset] = value;
      return out;
    }
  }
  throw new Error('needle not found');
}

export function encodingCases(): Built[] {
  const utf8Damaged = [ENC_ROWS()[0]!, damaged('outcomes', '2024,125,満足度調査,80,85.5', { target: 80, actual: 85.5 }), ENC_ROWS()[2]!];
  const sjisDamaged = [ENC_ROWS()[0]!, damaged('outcomes', '2024,125,満足度調査,80,85.5', { target: 80, actual: 85.5 }), ENC_ROWS()[2]!];
  return [
    tableCase('utf8-one-invalid-byte', 2, 'a UTF-8 file with one invalid byte (0xFF) inside a name', {
      header: OUTCOMES_PLAIN,
      rows: utf8Damaged,
      mangleBytes: (b) => replaceByteAt(b, encode('満足度調査', 'utf-8'), 3, 0xff),
      findings: [{ row: 1, severity: 'error', contains: 'UTF-8' }],
    }),
    tableCase('utf8-bom-invalid-byte', 2, 'a UTF-8 file with a BOM and one invalid byte', {
      header: OUTCOMES_PLAIN,
      rows: utf8Damaged,
      encoding: 'utf-8-bom',
      mangleBytes: (b) => replaceByteAt(b, encode('満足度調査', 'utf-8'), 4, 0x41),
      findings: [{ row: 1, severity: 'error' }],
    }),
    tableCase('utf8-with-sjis-line', 2, 'a UTF-8 file with one line pasted in as Shift_JIS bytes', {
      header: OUTCOMES_PLAIN,
      rows: utf8Damaged,
      mangleBytes: (b) => {
        const line = encode('2024,125,満足度調査,80,85.5', 'utf-8');
        const at = b.findIndex((_, i) => line.every((x, j) => b[i + j] === x));
        return concat([b.slice(0, at), encode('2024,125,満足度調査,80,85.5', 'shift_jis'), b.slice(at + line.length)]);
      },
      findings: [{ row: 1, severity: 'error' }],
    }),
    tableCase('utf8-holding-fffd', 2, 'a UTF-8 file that already holds U+FFFD (a conversion done before)', {
      header: OUTCOMES_PLAIN,
      rows: [ENC_ROWS()[0]!, damaged('outcomes', '2024,125,満足度\uFFFD調査,80,85.5', { target: 80, actual: 85.5 }), ENC_ROWS()[2]!],
      findings: [{ row: 1, severity: 'warning' }],
    }),
    tableCase('cp932-cut-inside-character', 2, 'a CP932 file cut in the middle of its last character', {
      header: OUTCOMES_PLAIN,
      rows: [...ENC_ROWS(), damaged('outcomes', '2024,127,来館者数', {})],
      encoding: 'shift_jis',
      mangleBytes: (b) => b.slice(0, b.length - 3),
      findings: [{ row: 3, severity: 'error' }],
    }),
    tableCase('cp932-invalid-trail-byte', 2, 'a CP932 file with a lead byte followed by a byte that cannot trail it', {
      header: OUTCOMES_PLAIN,
      rows: sjisDamaged,
      encoding: 'shift_jis',
      mangleBytes: (b) => replaceByteAt(b, encode('満足度調査', 'shift_jis'), 3, 0x7f),
      findings: [{ row: 1, severity: 'error' }],
    }),
    tableCase('cp932', 2, 'Excel CSV in CP932 with ①, 髙 and half-width katakana (must read cleanly)', { header: OUTCOMES_PLAIN, rows: ENC_ROWS(), encoding: 'shift_jis' }),
    tableCase('euc-jp', 2, 'EUC-JP from an old Unix host (once decoded as Shift_JIS)', { header: OUTCOMES_PLAIN, rows: EUC_ROWS(), encoding: 'euc-jp' }),
    tableCase('utf16be-no-bom', 2, 'UTF-16BE without a BOM (once refused as binary)', { header: OUTCOMES_PLAIN, rows: ENC_ROWS(), encoding: 'utf-16be', delimiter: '\t' }),
    tableCase('utf16le-no-bom', 2, 'UTF-16LE without a BOM (once refused as binary)', { header: OUTCOMES_PLAIN, rows: ENC_ROWS(), encoding: 'utf-16le-nobom', delimiter: '\t' }),
    tableCase('utf16le-unicode-text', 2, "Excel's Unicode text: UTF-16LE with BOM, tab-separated, a quoted cell with a line break", {
      header: OUTCOMES,
      rows: [row('outcomes', ['2024', '124', '転出者数\n市外への転出', '人', '2,700', '3,083'], { indicator: '転出者数\n市外への転出', unit: '人', target: 2700, actual: 3083 }), ...ENC_ROWS().slice(2).map((r) => ({ ...r, cells: [...r.cells!.slice(0, 3), '', ...r.cells!.slice(3)] }))],
      encoding: 'utf-16le',
      delimiter: '\t',
    }),
    tableCase('utf16le-odd-length', 2, 'UTF-16LE with BOM whose last byte is missing', {
      header: OUTCOMES_PLAIN,
      rows: [...ENC_ROWS(), damaged('outcomes', '2024,127,来館者数,1,2', { target: 1 })],
      encoding: 'utf-16le',
      delimiter: '\t',
      mangleBytes: (b) => b.slice(0, b.length - 3),
      findings: [{ row: 3, severity: 'error' }],
    }),
    tableCase('utf8-tab-no-bom', 2, 'UTF-8 without BOM, tab-separated, LF line ends', { header: OUTCOMES_PLAIN, rows: ENC_ROWS(), delimiter: '\t', eol: '\n' }),
    tableCase('cp932-fullwidth-header-space', 2, 'CP932 with full-width spaces and full-width letters in the header (Ｎｏ．)', {
      header: ['年度', 'シート　Ｎｏ．', '事務事業名', '課等名'],
      rows: [sheet('201', '髙橋記念館①管理事業', '生涯学習課'), sheet('202', 'ふるさと～まつり支援事業', '商工観光課')],
      encoding: 'shift_jis',
    }),
    tableCase('cp932-yen-backslash', 2, 'CP932 money written ¥1,200,000 (0x5C, which decodes as a backslash)', {
      header: ACTIVITIES,
      rows: [row('activities', ['2024', '1', '講座開催', '¥1,200,000', '¥987,000'], { budget: 1200, spend: 987 })],
      encoding: 'shift_jis',
      mangle: (t) => t.replaceAll('¥', '\\'),
    }),
  ];
}
