import { DEFAULT_MONEY_CHANGE } from '../../analyses/changes';
import type { StrategyPage } from '../strategy-pages';
import { Figures } from './Figures';

type Page<K extends StrategyPage['kind']> = Extract<StrategyPage, { kind: K }>;

/** ほか12件: the rows a table leaves off. */
function More({ shown, count, unit = '件' }: { shown: number; count: number; unit?: string }) {
  return count > shown ? <p className="bp-more">ほか{count - shown}{unit}（アプリの画面で全件を確認できます）</p> : null;
}

/** コスト: the city's total cost and its parts, the pillars, and the indicators whose cost per result worsens. */
export function CostsPage({ page }: { page: Page<'costs'> }) {
  return (
    <>
      <Figures figures={page.figures} />
      <p className="bp-lede">トータルコスト＝事業費＋人件費（千円）。成果当たりコスト＝トータルコスト÷実績。一般財源の割合＝一般財源÷事業費（財源を記載した事業）。</p>
      <table className="bp-table bp-table-pillars" data-testid="briefing-costs-pillars">
        <thead>
          <tr>
            <th>施策の大綱</th>
            <th>事業数</th>
            <th>事業費</th>
            <th>人件費</th>
            <th>トータルコスト</th>
            <th>前年度比</th>
            <th>一般財源の割合</th>
          </tr>
        </thead>
        <tbody>
          {page.pillars.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{r.programs}</td>
              <td>{r.project}</td>
              <td>{r.personnel}</td>
              <td>{r.total}</td>
              <td>{r.change}</td>
              <td>{r.general}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bp-lede">
        成果当たりコストが2年続けて上がり、実績が2年続けて下がった指標：<strong>{page.risingCount}件</strong>
      </p>
      {page.rising.length > 0 && (
        <table className="bp-table">
          <colgroup>
            <col className="w-no" />
            <col />
            <col />
            <col className="w-money" />
            <col className="w-rate" />
          </colgroup>
          <thead>
            <tr>
              <th>No.</th>
              <th>事務事業名</th>
              <th>指標</th>
              <th>1単位当たり</th>
              <th>前年度比</th>
            </tr>
          </thead>
          <tbody>
            {page.rising.map((r, i) => (
              <tr key={`${r.sheetNo}-${i}`}>
                <td>{r.sheetNo}</td>
                <td>{r.program}</td>
                <td>{r.indicator}</td>
                <td className="num">{r.unitCost}</td>
                <td className="num">{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More shown={page.rising.length} count={page.risingCount} />
    </>
  );
}

/** 前年度からの変化: the count of each kind, and the changes of the programs themselves and their money. */
export function ChangesPage({ page }: { page: Page<'changes'> }) {
  const moneyChange = `${Math.round(DEFAULT_MONEY_CHANGE * 100)}%`;
  return (
    <>
      <p className="bp-lede">
        {page.counts
          .filter((c) => c.n > 0)
          .map((c) => `${c.label} ${c.n}件`)
          .join('、')}
      </p>
      <table className="bp-table" data-testid="briefing-changes">
        <colgroup>
          <col className="w-gap" />
          <col className="w-no" />
          <col className="w-program" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>変化</th>
            <th>No.</th>
            <th>事務事業名</th>
            <th>内容</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r, i) => (
            <tr key={i}>
              <td>{r.change}</td>
              <td>{r.sheetNo}</td>
              <td>{r.program}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={page.rows.length} count={page.programChanges} />
      <p className="bp-note">事業の新規・終了・名称やシートNo.・担当課・施策の変更と、トータルコストの{moneyChange}以上の増減を示します（目標値と指標の変更は件数のみ）。</p>
    </>
  );
}

/** 類似事業: the closest pairs of programs run by different departments, with the reasons in words. */
export function SimilarPage({ page }: { page: Page<'similar'> }) {
  return (
    <>
      <p className="bp-lede">担当課の異なる事業どうしで、名称・目的・活動・指標の文、政策体系、規模が近い組み合わせです（類似度0〜1）。候補であり、統廃合の結論ではありません。</p>
      <table className="bp-table" data-testid="briefing-similar">
        <colgroup>
          <col className="w-rank" />
          <col className="w-program" />
          <col className="w-program" />
          <col className="w-score" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>順位</th>
            <th>事業（担当課）</th>
            <th>似ている事業（担当課）</th>
            <th>類似度</th>
            <th>似ている理由</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.rank}>
              <td className="num">{r.rank}</td>
              <td>
                {r.program}（{r.department}）
              </td>
              <td>
                {r.other}（{r.otherDepartment}）
              </td>
              <td className="num">{r.score}</td>
              <td>{r.reasons}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.rows.length === 0 && <p className="bp-empty">候補はありません。</p>}
    </>
  );
}

/** シートの質: the figures, the departments with the lowest mean score, and how many sheets carry each flag. */
export function QualityPage({ page }: { page: Page<'quality'> }) {
  return (
    <>
      <Figures figures={page.figures} />
      <p className="bp-lede">点数は100点から指摘の種類ごとの点を引いたもの。平均点の低い担当課から示します（シートの書き方の支援が必要なところ）。</p>
      <div className="bp-columns">
        <section>
          <h3>担当課別の平均点（低い順）</h3>
          <table className="bp-table" data-testid="briefing-quality-departments">
            <thead>
              <tr>
                <th>担当課</th>
                <th>平均点</th>
                <th>事業数</th>
                <th>指摘のある事業</th>
              </tr>
            </thead>
            <tbody>
              {page.departments.map((d) => (
                <tr key={d.department}>
                  <td>{d.department}</td>
                  <td className="num">{d.mean}</td>
                  <td className="num">{d.programs}</td>
                  <td className="num">{d.flagged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More shown={page.departments.length} count={page.departmentCount} unit="課" />
        </section>
        <section>
          <h3>指摘の種類別の事業数</h3>
          <table className="bp-table">
            <thead>
              <tr>
                <th>指摘</th>
                <th>事業数</th>
              </tr>
            </thead>
            <tbody>
              {page.flags.map((f) => (
                <tr key={f.label}>
                  <td>{f.label}</td>
                  <td className="num">{f.sheets}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
