import { formatMoney, formatNumber } from '../../format/ja';
import type { PublicationModel } from '../model';
import { Layout } from './Layout';
import { StatusText } from './StatusText';

/**
 * 事業一覧: every program as a plain table (complete with JavaScript off). With script, assets/search.js filters the
 * rows by what is typed, from assets/search-index.js (a script file, not fetch: it works from file:// too).
 */
export function ListPage({ model }: { model: PublicationModel }) {
  return (
    <Layout model={model} page={{ root: '', title: '事業一覧', section: 'programs', scripts: ['assets/search-index.js', 'assets/search.js'] }}>
      <h1>事業一覧 <span className="h1-year">{model.yearLabel}</span></h1>
      <p className="lede">{formatNumber(model.programs.length, '事業')}。事業名をクリックすると、点検シートと推移のページを開きます。</p>
      {/* shown by the script (search.js); without it the whole table is the list */}
      <form className="search" role="search" id="program-search" hidden>
        <label htmlFor="q">事業名・担当課・施策・No. で絞り込む</label>
        <input type="search" id="q" name="q" autoComplete="off" /> <button type="submit">絞り込む</button>
        <p id="search-count" className="note" aria-live="polite"></p>
      </form>
      <div className="table-wrap">
        <table className="data-table" id="program-table">
          <caption>{model.yearLabel}の事務事業（シートNo.順）</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                No.
              </th>
              <th scope="col">事務事業名</th>
              <th scope="col">担当課</th>
              <th scope="col">施策の大綱</th>
              <th scope="col">成果指標の達成状況</th>
              <th scope="col" className="num">
                予算額
              </th>
              <th scope="col" className="num">
                決算額
              </th>
            </tr>
          </thead>
          <tbody>
            {model.programs.map((p) => (
              <tr key={p.slug} data-slug={p.slug}>
                <td className="num">{p.sheet_no}</td>
                <th scope="row">
                  <a href={`programs/${p.slug}.html`}>{p.program ?? `No.${p.sheet_no}（名称なし）`}</a>
                  {p.measure && <span className="sub">{p.measure}</span>}
                </th>
                <td>{p.department ?? '—'}</td>
                <td>{p.pillar ?? '—'}</td>
                <td>
                  <StatusText c={p} />
                </td>
                <td className="num">{formatMoney(p.budget)}</td>
                <td className="num">{formatMoney(p.spend)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
