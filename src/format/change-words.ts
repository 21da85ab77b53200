/** 前年度からの変化 in words (Japanese first): each kind of change and what it was and is. */
import type { ChangeKind, ProgramChange } from '../analyses/changes';
import { formatFiscalYear, formatMoney, formatNumber, formatPercent, type FormatLang } from './ja';

export const CHANGE_LABELS: Record<ChangeKind, { ja: string; en: string }> = {
  new: { ja: '新規', en: 'New' },
  ended: { ja: '終了', en: 'Ended' },
  renamed: { ja: '名称変更', en: 'Renamed' },
  renumbered: { ja: 'シートNo変更', en: 'Renumbered' },
  department_changed: { ja: '担当課の変更', en: 'Department changed' },
  measure_changed: { ja: '施策の変更', en: 'Measure changed' },
  money_up: { ja: 'コスト増', en: 'Cost up' },
  money_down: { ja: 'コスト減', en: 'Cost down' },
  target_moved: { ja: '目標値の変更', en: 'Target moved' },
  indicator_added: { ja: '指標の追加', en: 'Indicator added' },
  indicator_dropped: { ja: '指標の削除', en: 'Indicator dropped' },
};

/** What changed, in one phrase: 「学習支援事業」→「学習支援推進事業」, 1,200千円 → 840千円（−30.0%）, 50人 → 40人（易しく）. */
export function changeDetail(c: ProgramChange, lang: FormatLang): string {
  const ja = lang === 'ja';
  const arrow = ' → ';
  switch (c.change) {
    case 'new':
      if (c.last_seen_year === null) return ja ? '前年度のシートなし' : 'no sheet last year';
      return ja ? `${formatFiscalYear(c.last_seen_year)}以来の再掲` : `back after ${formatFiscalYear(c.last_seen_year, 'en')}`;
    case 'ended':
      return ja ? '今年度のシートなし' : 'no sheet this year';
    case 'renamed':
    case 'department_changed':
    case 'measure_changed':
      return ja ? `「${c.from_text ?? ''}」${arrow}「${c.to_text ?? ''}」` : `"${c.from_text ?? ''}"${arrow}"${c.to_text ?? ''}"`;
    case 'renumbered':
      return `No.${c.from_text ?? '—'}${arrow}No.${c.to_text ?? '—'}`;
    case 'money_up':
    case 'money_down': {
      const ratio = c.change_ratio === null ? '' : `${c.change_ratio > 0 ? '+' : ''}${formatPercent(c.change_ratio)}`;
      const kinds = c.from_text !== c.to_text ? (ja ? `（${c.from_text ?? '—'}と${c.to_text ?? '—'}の比較）` : ` (${c.from_text ?? '—'} vs ${c.to_text ?? '—'})`) : '';
      const moved = `${formatMoney(c.from_value, lang)}${arrow}${formatMoney(c.to_value, lang)}`;
      return ja ? `${moved}（${ratio}）${kinds}` : `${moved} (${ratio})${kinds}`;
    }
    case 'target_moved': {
      const way = c.easier ? (ja ? '易しく' : 'easier') : ja ? '難しく' : 'harder';
      return `${formatNumber(c.from_value, c.unit)}${arrow}${formatNumber(c.to_value, c.unit)}${ja ? `（${way}）` : ` (${way})`}`;
    }
    case 'indicator_added':
      return ja ? '今年度から' : 'from this year';
    case 'indicator_dropped':
      return ja ? '今年度はなし' : 'not this year';
  }
}
