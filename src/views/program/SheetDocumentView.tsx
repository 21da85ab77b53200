import type { Status } from '../../analyses/indicators';
import type { SheetDocument } from '../../analyses/sheet';
import type { ProgramMoneyPoint } from '../../analyses/trends';
import type { Row } from '../../db/database';
import { shortFiscalYear } from '../../charts/program-options';
import { DIRECTION_LABELS_JA, formatMoney, formatNumber, formatPercent } from '../../format/ja';
import { StatusBadge } from '../common/StatusBadge';
import { bool, cellValue, eraFiscalYear, formatDate, num, text } from './fields';

const RAW_TITLE = '数値として読み取れなかったため、記載どおりに表示しています';

function Value({ value, raw, unit }: { value: number | null; raw: string | null; unit?: string | null }) {
  const v = cellValue(value, raw, unit ?? null);
  return v.raw ? (
    <span className="raw-text" title={RAW_TITLE}>
      {v.text}
    </span>
  ) : (
    <>{v.text}</>
  );
}

function Money({ row, field }: { row: Row; field: 'budget' | 'spend' }) {
  const value = num(row, field);
  if (value !== null) return <>{formatMoney(value)}</>;
  return <Value value={null} raw={text(row, `${field}_raw`)} />;
}

/** The evaluation sheet of one year, laid out like the paper form: header, ① to ⑤. */
export function SheetDocumentView({ doc, year, money }: { doc: SheetDocument; year: number; money: ProgramMoneyPoint | undefined }) {
  const s = doc.sheet;
  const ry = shortFiscalYear(year);
  const next = shortFiscalYear(year + 1);
  return (
    <article className="paper-sheet" data-testid="program-sheet" aria-label={`${eraFiscalYear(year)} 事務事業点検シート`}>
      <header className="sheet-header">
        <h3 className="sheet-title">{eraFiscalYear(year)} 事務事業点検シート</h3>
        <table className="sheet-table sheet-meta">
          <tbody>
            <tr>
              <th scope="row">課等名</th>
              <td>{text(s, 'department') ?? '—'}</td>
              <th scope="row">シートNo.</th>
              <td data-testid="sheet-no">{text(s, 'sheet_no') ?? '—'}</td>
              <th scope="row">作成日</th>
              <td>{formatDate(text(s, 'created_on'), text(s, 'created_on_raw'))}</td>
            </tr>
          </tbody>
        </table>
      </header>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">①</span>総合計画上の位置付けと事務事業の背景・目的と目標
        </h4>
        <div className="sheet-positioning">
          <table className="sheet-table">
            <tbody>
              <tr>
                <th scope="row">計画</th>
                <td>{text(s, 'plan') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">施策の大綱</th>
                <td>{text(s, 'pillar') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">施策の目標</th>
                <td>{text(s, 'goal') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">施策</th>
                <td>{text(s, 'measure') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">施策内容</th>
                <td>{text(s, 'measure_detail') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">根拠法令等</th>
                <td>{text(s, 'legal_basis') ?? '—'}</td>
              </tr>
              <tr className="program-name-row">
                <th scope="row">事務事業名</th>
                <td>{text(s, 'program') ?? '—'}</td>
              </tr>
            </tbody>
          </table>
          <div className="sheet-boxes">
            <div className="sheet-box">
              <h5>事務事業の背景・目的</h5>
              <p>{text(s, 'background') ?? '—'}</p>
            </div>
            <div className="sheet-box">
              <h5>事務事業の目標</h5>
              <p>{text(s, 'objective') ?? '—'}</p>
            </div>
          </div>
        </div>
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">②</span>アクティビティ（活動・事業）とアウトプット（結果）
          <span className="sec-sep" />
          <span className="sec-no">③</span>インプット（投入）
        </h4>
        <ActivitiesTable doc={doc} ry={ry} next={next} money={money} />
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">④</span>アウトカム（成果）
        </h4>
        <OutcomesTable rows={doc.outcomes} year={year} ry={ry} />
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">⑤</span>点検・改善
        </h4>
        <ReviewBlock review={doc.review} />
      </section>
    </article>
  );
}

function ActivitiesTable({ doc, ry, next, money }: { doc: SheetDocument; ry: string; next: string; money: ProgramMoneyPoint | undefined }) {
  const used = new Set<Row>();
  const groups = doc.activities.map((a) => {
    const no = num(a, 'activity_no');
    const key = text(a, 'activity_key');
    const outs = doc.outputs.filter((o) => {
      const hit = no !== null && num(o, 'activity_no') !== null ? num(o, 'activity_no') === no : key !== null && text(o, 'activity_key') === key;
      if (hit) used.add(o);
      return hit;
    });
    return { activity: a as Row | null, outputs: outs };
  });
  const orphans = doc.outputs.filter((o) => !used.has(o));
  if (orphans.length) groups.push({ activity: null, outputs: orphans });
  if (groups.length === 0) return <p className="sheet-empty">活動の記載がありません。</p>;
  return (
    <div className="table-wrap">
      <table className="sheet-table sheet-activities" data-testid="sheet-activities">
        <colgroup>
          <col className="c-activity" />
          <col className="c-desc" />
          <col className="c-indicator" />
          <col className="c-num" />
          <col className="c-num" />
          <col className="c-num" />
          <col className="c-money" />
          <col className="c-money" />
        </colgroup>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={2}>
              アクティビティ（活動・事業）
            </th>
            <th scope="colgroup" colSpan={4}>
              アウトプット（結果）
            </th>
            <th scope="colgroup" colSpan={2} className="input-head">
              ③ インプット
            </th>
          </tr>
          <tr>
            <th scope="col">活動名・事業名（対象年）</th>
            <th scope="col">{ry} 活動・事業内容</th>
            <th scope="col">指標（単位）</th>
            <th scope="col" className="num">
              {ry} 目標値
            </th>
            <th scope="col" className="num">
              {next} 目標値
            </th>
            <th scope="col" className="num">
              {ry} 実績値
            </th>
            <th scope="col" className="num">
              {ry} 予算額
            </th>
            <th scope="col" className="num">
              {ry} 決算額
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ activity: a, outputs }, gi) => {
            const span = Math.max(outputs.length, 1);
            const rows = outputs.length ? outputs : [null];
            return rows.map((o, i) => (
              <tr key={`${gi}-${i}`} className={i === 0 ? 'group-start' : undefined}>
                {i === 0 && (
                  <>
                    <td rowSpan={span} className="activity-name">
                      {a ? (
                        <>
                          <span className="activity-title">{text(a, 'activity') ?? text(a, 'activity_raw') ?? '—'}</span>
                          {text(a, 'period_raw') && <span className="activity-period">（{text(a, 'period_raw')}）</span>}
                          {text(a, 'lead_department') && <span className="activity-dept">【{text(a, 'lead_department')}】</span>}
                        </>
                      ) : (
                        <span className="raw-text">（活動の記載なし）</span>
                      )}
                    </td>
                    <td rowSpan={span} className="activity-desc">
                      {text(a, 'description') ?? ''}
                    </td>
                  </>
                )}
                <td>
                  {o ? (
                    <>
                      {text(o, 'indicator') ?? text(o, 'indicator_raw') ?? '—'}
                      {text(o, 'unit') && <span className="unit">（{text(o, 'unit')}）</span>}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num">{o ? <Value value={num(o, 'target')} raw={text(o, 'target_raw')} /> : ''}</td>
                <td className="num">{o ? <Value value={num(o, 'next_target')} raw={text(o, 'next_target_raw')} /> : ''}</td>
                <td className="num">{o ? <Value value={num(o, 'actual')} raw={text(o, 'actual_raw')} /> : ''}</td>
                {i === 0 && (
                  <>
                    <td rowSpan={span} className="num money">
                      {a ? <Money row={a} field="budget" /> : '—'}
                    </td>
                    <td rowSpan={span} className="num money">
                      {a ? <Money row={a} field="spend" /> : '—'}
                    </td>
                  </>
                )}
              </tr>
            ));
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6} className="total-label">
              合計
            </th>
            <td className="num money" data-testid="sheet-budget-total">
              {formatMoney(money?.budget)}
            </td>
            <td className="num money" data-testid="sheet-spend-total">
              {formatMoney(money?.spend)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function targetText(o: Row): { text: string; raw: boolean } {
  const target = num(o, 'target');
  const targetYear = num(o, 'target_year');
  const unit = text(o, 'unit');
  if (target === null) return cellValue(null, text(o, 'target_raw'));
  const v = formatNumber(target, unit);
  return { text: targetYear !== null ? `${shortFiscalYear(targetYear)}年度 ${v}` : v, raw: false };
}

const DIRECTION_SOURCE: Record<string, string> = {
  given: 'CSVの「方向」列による',
  keyword: '指標名のキーワードによる判定',
  default: '既定（高いほど良い）',
};

function OutcomesTable({ rows, year, ry }: { rows: Row[]; year: number; ry: string }) {
  if (rows.length === 0) return <p className="sheet-empty">成果指標の記載がありません。</p>;
  return (
    <div className="table-wrap">
      <table className="sheet-table sheet-outcomes" data-testid="sheet-outcomes">
        <thead>
          <tr>
            <th scope="col" className="c-no">
              #
            </th>
            <th scope="col">指標名</th>
            <th scope="col" className="num">
              目標値
            </th>
            <th scope="col" className="num">
              {ry}実績値
            </th>
            <th scope="col" className="num">
              達成率
            </th>
            <th scope="col">評価</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o, i) => {
            const t = targetText(o);
            const direction = text(o, 'resolved_direction') ?? text(o, 'direction');
            const targetYear = num(o, 'target_year');
            const status = (text(o, 'status') ?? 'not_measured') as Status;
            const reason = text(o, 'reason');
            return (
              <tr key={i} data-indicator={text(o, 'indicator') ?? ''}>
                <td className="c-no">{i + 1}</td>
                <td>
                  {text(o, 'indicator') ?? text(o, 'indicator_raw') ?? '—'}
                  {direction === 'down' && (
                    <span className="direction-down" title={DIRECTION_SOURCE[text(o, 'direction_source') ?? ''] ?? ''}>
                      ↓ {DIRECTION_LABELS_JA.down}
                    </span>
                  )}
                </td>
                <td className="num" data-field="target">
                  {t.raw ? (
                    <span className="raw-text" title={RAW_TITLE}>
                      {t.text}
                    </span>
                  ) : (
                    t.text
                  )}
                  {targetYear !== null && targetYear > year && <span className="interim">中間年度の評価</span>}
                </td>
                <td className="num" data-field="actual">
                  <Value value={num(o, 'actual')} raw={text(o, 'actual_raw')} unit={text(o, 'unit')} />
                </td>
                <td className="num" data-field="achievement">
                  {formatPercent(num(o, 'achievement'))}
                </td>
                <td data-field="status">
                  <StatusBadge status={status} />
                  {status === 'not_measured' && reason && <span className="reason">（{reason}）</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const BOXES = [
  ['improve_cost', 'コスト'],
  ['improve_activity', '活動'],
  ['improve_outcome', '成果'],
  ['improve_other', 'その他'],
] as const;

export function CheckMark({ value, raw }: { value: boolean | null; raw?: string | null }) {
  if (value === null) return <span className="check unknown" title={raw ? `記載：${raw}` : '記載なし'}>{raw ? raw : '—'}</span>;
  return (
    <span className={value ? 'check on' : 'check off'} aria-label={value ? 'あり' : 'なし'}>
      {value ? '☑' : '☐'}
    </span>
  );
}

function ReviewBlock({ review }: { review: Row | null }) {
  if (!review) return <p className="sheet-empty">点検・改善の記載がありません。</p>;
  return (
    <div className="sheet-review">
      <div className="sheet-box reflection">
        <h5>業務の振り返り</h5>
        <p>{text(review, 'reflection') ?? '—'}</p>
      </div>
      <div className="review-right">
        <div className="sheet-box">
          <h5>改善の余地</h5>
          <ul className="review-boxes" data-testid="review-boxes">
            {BOXES.map(([key, label]) => (
              <li key={key} data-checked={String(bool(review, key))}>
                <CheckMark value={bool(review, key)} raw={text(review, `${key}_raw`)} /> {label}
              </li>
            ))}
          </ul>
        </div>
        <div className="sheet-box">
          <h5>今後の方向性</h5>
          <p>{text(review, 'next_direction') ?? '—'}</p>
        </div>
      </div>
    </div>
  );
}
