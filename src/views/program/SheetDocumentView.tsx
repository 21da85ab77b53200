import type { Status } from '../../analyses/indicators';
import type { SheetDocument } from '../../analyses/sheet';
import type { ProgramMoneyPoint } from '../../analyses/trends';
import type { Row } from '../../db/database';
import { shortFiscalYear } from '../../charts/program-options';
import { formatMoney, formatNumber, formatPercent } from '../../format/ja';
import { useLang } from '../../app/i18n';
import { sheetWords, type SheetWords } from './sheet-words';
import { StatusBadge } from '../common/StatusBadge';
import { bool, cellValue, eraFiscalYear, formatDate, num, text } from './fields';
import { noRateReason } from '../../format/reasons';

function Value({ value, raw, unit }: { value: number | null; raw: string | null; unit?: string | null }) {
  const w = sheetWords(useLang());
  const v = cellValue(value, raw, unit ?? null);
  return v.raw ? (
    <span className="raw-text" title={w.rawTitle}>
      {v.text}
    </span>
  ) : (
    <>{v.text}</>
  );
}

function Money({ row, field }: { row: Row; field: 'budget' | 'spend' }) {
  const lang = useLang();
  const value = num(row, field);
  if (value !== null) return <>{formatMoney(value, lang)}</>;
  return <Value value={null} raw={text(row, `${field}_raw`)} />;
}

/** The evaluation sheet of one year, laid out like the paper form: header, ① to ⑤. */
export function SheetDocumentView({ doc, year, money }: { doc: SheetDocument; year: number; money: ProgramMoneyPoint | undefined }) {
  const lang = useLang();
  const w = sheetWords(lang);
  const s = doc.sheet;
  const ry = lang === 'ja' ? shortFiscalYear(year) : `FY${year}`;
  const next = lang === 'ja' ? shortFiscalYear(year + 1) : `FY${year + 1}`;
  const title = lang === 'ja' ? `${eraFiscalYear(year)} ${w.sheet}` : `FY${year} ${w.sheet}`;
  return (
    <article className="paper-sheet" data-testid="program-sheet" aria-label={title}>
      <header className="sheet-header">
        <h3 className="sheet-title">{title}</h3>
        <table className="sheet-table sheet-meta">
          <tbody>
            <tr>
              <th scope="row">{w.department}</th>
              <td lang="ja">{text(s, 'department') ?? '—'}</td>
              <th scope="row">{w.sheetNo}</th>
              <td data-testid="sheet-no">{text(s, 'sheet_no') ?? '—'}</td>
              <th scope="row">{w.createdOn}</th>
              <td lang={lang === 'en' && text(s, 'created_on') ? undefined : 'ja'}>{formatDate(text(s, 'created_on'), text(s, 'created_on_raw'), lang)}</td>
            </tr>
          </tbody>
        </table>
      </header>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">①</span>
          {w.s1}
        </h4>
        <div className="sheet-positioning">
          <table className="sheet-table">
            <tbody>
              <tr>
                <th scope="row">{w.plan}</th>
                <td lang="ja">{text(s, 'plan') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">{w.pillar}</th>
                <td lang="ja">{text(s, 'pillar') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">{w.goal}</th>
                <td lang="ja">{text(s, 'goal') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">{w.measure}</th>
                <td lang="ja">{text(s, 'measure') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">{w.measureDetail}</th>
                <td lang="ja">{text(s, 'measure_detail') ?? '—'}</td>
              </tr>
              <tr>
                <th scope="row">{w.legalBasis}</th>
                <td lang="ja">{text(s, 'legal_basis') ?? '—'}</td>
              </tr>
              <tr className="program-name-row">
                <th scope="row">{w.program}</th>
                <td lang="ja">{text(s, 'program') ?? '—'}</td>
              </tr>
            </tbody>
          </table>
          <div className="sheet-boxes">
            <div className="sheet-box">
              <h5>{w.background}</h5>
              <p lang="ja">{text(s, 'background') ?? '—'}</p>
            </div>
            <div className="sheet-box">
              <h5>{w.objective}</h5>
              <p lang="ja">{text(s, 'objective') ?? '—'}</p>
            </div>
          </div>
        </div>
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">②</span>
          {w.s2}
          <span className="sec-sep" />
          <span className="sec-no">③</span>
          {w.s3}
        </h4>
        <ActivitiesTable doc={doc} ry={ry} next={next} money={money} w={w} />
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">④</span>
          {w.s4}
        </h4>
        <OutcomesTable rows={doc.outcomes} year={year} ry={ry} w={w} />
      </section>

      <section className="sheet-section">
        <h4>
          <span className="sec-no">⑤</span>
          {w.s5}
        </h4>
        <ReviewBlock review={doc.review} w={w} />
      </section>
    </article>
  );
}

function ActivitiesTable({ doc, ry, next, money, w }: { doc: SheetDocument; ry: string; next: string; money: ProgramMoneyPoint | undefined; w: SheetWords }) {
  const lang = useLang();
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
  if (groups.length === 0) return <p className="sheet-empty">{w.noActivities}</p>;
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
              {w.activities}
            </th>
            <th scope="colgroup" colSpan={4}>
              {w.outputs}
            </th>
            <th scope="colgroup" colSpan={2} className="input-head">
              {w.input}
            </th>
          </tr>
          <tr>
            <th scope="col">{w.activityName}</th>
            <th scope="col">
              {ry} {w.activityDesc}
            </th>
            <th scope="col">{w.indicatorUnit}</th>
            <th scope="col" className="num">
              {ry} {w.target}
            </th>
            <th scope="col" className="num">
              {next} {w.target}
            </th>
            <th scope="col" className="num">
              {ry} {w.actual}
            </th>
            <th scope="col" className="num">
              {ry} {w.budget}
            </th>
            <th scope="col" className="num">
              {ry} {w.spend}
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
                    <td rowSpan={span} className="activity-name" lang="ja">
                      {a ? (
                        <>
                          <span className="activity-title">{text(a, 'activity') ?? text(a, 'activity_raw') ?? '—'}</span>
                          {text(a, 'period_raw') && <span className="activity-period">（{text(a, 'period_raw')}）</span>}
                          {text(a, 'lead_department') && <span className="activity-dept">【{text(a, 'lead_department')}】</span>}
                        </>
                      ) : (
                        <span className="raw-text" lang={lang}>
                          {w.noActivity}
                        </span>
                      )}
                    </td>
                    <td rowSpan={span} className="activity-desc" lang="ja">
                      {text(a, 'description') ?? ''}
                    </td>
                  </>
                )}
                <td lang="ja">
                  {o ? (
                    <>
                      {text(o, 'indicator') ?? text(o, 'indicator_raw') ?? '—'}
                      {text(o, 'unit') && <span className="unit">（{text(o, 'unit')}）</span>}
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="num" lang="ja">
                  {o ? <Value value={num(o, 'target')} raw={text(o, 'target_raw')} /> : ''}
                </td>
                <td className="num" lang="ja">
                  {o ? <Value value={num(o, 'next_target')} raw={text(o, 'next_target_raw')} /> : ''}
                </td>
                <td className="num" lang="ja">
                  {o ? <Value value={num(o, 'actual')} raw={text(o, 'actual_raw')} /> : ''}
                </td>
                {i === 0 && (
                  <>
                    <td rowSpan={span} className="num money" lang={a && num(a, 'budget') === null ? 'ja' : undefined}>
                      {a ? <Money row={a} field="budget" /> : '—'}
                    </td>
                    <td rowSpan={span} className="num money" lang={a && num(a, 'spend') === null ? 'ja' : undefined}>
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
              {w.total}
            </th>
            <td className="num money" data-testid="sheet-budget-total">
              {formatMoney(money?.budget, lang)}
            </td>
            <td className="num money" data-testid="sheet-spend-total">
              {formatMoney(money?.spend, lang)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function targetText(o: Row, lang: 'ja' | 'en'): { text: string; raw: boolean } {
  const target = num(o, 'target');
  const targetYear = num(o, 'target_year');
  const unit = text(o, 'unit');
  if (target === null) return cellValue(null, text(o, 'target_raw'));
  const v = formatNumber(target, unit);
  if (targetYear === null) return { text: v, raw: false };
  return { text: lang === 'ja' ? `${shortFiscalYear(targetYear)}年度 ${v}` : `FY${targetYear}: ${v}`, raw: false };
}

function OutcomesTable({ rows, year, ry, w }: { rows: Row[]; year: number; ry: string; w: SheetWords }) {
  const lang = useLang();
  const directionSource: Record<string, string> = { given: w.dirGiven, keyword: w.dirKeyword, default: w.dirDefault };
  if (rows.length === 0) return <p className="sheet-empty">{w.noOutcomes}</p>;
  return (
    <div className="table-wrap">
      <table className="sheet-table sheet-outcomes" data-testid="sheet-outcomes">
        <thead>
          <tr>
            <th scope="col" className="c-no">
              #
            </th>
            <th scope="col">{w.indicator}</th>
            <th scope="col" className="num">
              {lang === 'ja' ? w.target : 'Target'}
            </th>
            <th scope="col" className="num">
              {ry}
              {lang === 'ja' ? '' : ' '}
              {w.actual}
            </th>
            <th scope="col" className="num">
              {w.achievement}
            </th>
            <th scope="col">{w.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o, i) => {
            const t = targetText(o, lang);
            const direction = text(o, 'resolved_direction') ?? text(o, 'direction');
            const targetYear = num(o, 'target_year');
            const status = (text(o, 'status') ?? 'not_measured') as Status;
            const reason = text(o, 'reason');
            return (
              <tr key={i} data-indicator={text(o, 'indicator') ?? ''}>
                <td className="c-no">{i + 1}</td>
                <td>
                  <span lang="ja">{text(o, 'indicator') ?? text(o, 'indicator_raw') ?? '—'}</span>
                  {direction === 'down' && (
                    <span className="direction-down" title={directionSource[text(o, 'direction_source') ?? ''] ?? ''}>
                      ↓ {w.lowerBetter}
                    </span>
                  )}
                </td>
                <td className="num" data-field="target">
                  {t.raw ? (
                    <span className="raw-text" title={w.rawTitle} lang="ja">
                      {t.text}
                    </span>
                  ) : (
                    <span lang="ja">{t.text}</span>
                  )}
                  {targetYear !== null && targetYear > year && <span className="interim">{w.interim}</span>}
                </td>
                <td className="num" data-field="actual" lang="ja">
                  <Value value={num(o, 'actual')} raw={text(o, 'actual_raw')} unit={text(o, 'unit')} />
                </td>
                <td className="num" data-field="achievement">
                  {formatPercent(num(o, 'achievement'))}
                </td>
                <td data-field="status">
                  <StatusBadge status={status} />
                  {status === 'not_measured' && reason && <NoRate reason={reason} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Why an outcome has no rate: a fixed phrase in the screen's language, or the words written in the cell (data). */
function NoRate({ reason }: { reason: string }) {
  const lang = useLang();
  const r = noRateReason(reason, lang);
  if (!r) return null;
  return (
    <span className="reason" lang={r.data ? 'ja' : undefined}>
      {lang === 'ja' ? `（${r.text}）` : ` (${r.text})`}
    </span>
  );
}

const BOXES = [
  ['improve_cost', 'cost'],
  ['improve_activity', 'activity'],
  ['improve_outcome', 'outcome'],
  ['improve_other', 'other'],
] as const;

export function CheckMark({ value, raw }: { value: boolean | null; raw?: string | null }) {
  const w = sheetWords(useLang());
  if (value === null) {
    return (
      <span className="check unknown" title={raw ? `${w.entry}${raw}` : w.noEntry} lang={raw ? 'ja' : undefined}>
        {raw ? raw : '—'}
      </span>
    );
  }
  return (
    <span className={value ? 'check on' : 'check off'} role="img" aria-label={value ? w.ticked : w.unticked}>
      {value ? '☑' : '☐'}
    </span>
  );
}

function ReviewBlock({ review, w }: { review: Row | null; w: SheetWords }) {
  if (!review) return <p className="sheet-empty">{w.noReview}</p>;
  return (
    <div className="sheet-review">
      <div className="sheet-box reflection">
        <h5>{w.reflection}</h5>
        <p lang="ja">{text(review, 'reflection') ?? '—'}</p>
      </div>
      <div className="review-right">
        <div className="sheet-box">
          <h5>{w.improve}</h5>
          <ul className="review-boxes" data-testid="review-boxes">
            {BOXES.map(([key, label]) => (
              <li key={key} data-checked={String(bool(review, key))}>
                <CheckMark value={bool(review, key)} raw={text(review, `${key}_raw`)} /> {w[label]}
              </li>
            ))}
          </ul>
        </div>
        <div className="sheet-box">
          <h5>{w.nextDirection}</h5>
          <p lang="ja">{text(review, 'next_direction') ?? '—'}</p>
        </div>
      </div>
    </div>
  );
}
