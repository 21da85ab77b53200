import { formatThreshold } from '../../format/ja';
import type { PublicationModel } from '../model';
import { DOWNLOADS } from '../downloads';
import { Layout } from './Layout';
import { statusDefinitions } from '../words';

/** データと利用条件: what the figures are, how they are computed, the downloads and the licence. */
export function DataPage({ model }: { model: PublicationModel }) {
  const t = model.thresholds;
  return (
    <Layout model={model} page={{ root: '', title: 'データと利用条件', section: 'data' }}>
      <h1>データと利用条件</h1>
      <section aria-labelledby="h-about">
        <h2 id="h-about">このデータについて</h2>
        <p>
          {model.municipality}が作成した「事務事業点検シート」（{model.yearLabel}）の内容と、その数値から計算した集計です。
          {model.years.length > 1 && `推移のグラフには ${model.years[0]}年度から${model.years[model.years.length - 1]}年度までのシートを使っています。`}
        </p>
        {model.sample && <p className="sample-notice">このサイトのデータは架空の市のサンプルです（シートNo.124 のみ常総市 令和6年度の実データ）。</p>}
      </section>
      <section aria-labelledby="h-calc">
        <h2 id="h-calc">数値の意味</h2>
        <dl className="definitions">
          <div>
            <dt>達成率</dt>
            <dd>実績値÷目標値。「低いほど良い」指標は目標値÷実績値。目標年度が先の指標は、その年度の目標値に対する率です。</dd>
          </div>
          {statusDefinitions(t.near).map((d) => (
            <div key={d.status}>
              <dt>{d.label}</dt>
              <dd>{d.meaning}</dd>
            </div>
          ))}
          <div>
            <dt>予算額・決算額</dt>
            <dd>シートの活動ごとの金額の合計（千円）。</dd>
          </div>
          <div>
            <dt>執行率</dt>
            <dd>
              決算額÷予算額（{formatThreshold(t.under)}未満を「執行率が低い」、{formatThreshold(t.over)}超を「執行率が高い」とします）。
            </dd>
          </div>
          <div>
            <dt>ゼロ予算の活動</dt>
            <dd>予算額0・決算額0がともに記載された活動。人件費は含みません。</dd>
          </div>
        </dl>
        {!model.include.underperformance && !model.include.selfCheck && !model.include.findings && (
          <p className="note">このサイトに載せているのは点検シートの記載とそこから計算した数値です。庁内の検討のための指標や、データ取り込み時の確認記録は載せていません。</p>
        )}
      </section>
      <section aria-labelledby="h-downloads">
        <h2 id="h-downloads">ダウンロード</h2>
        <p>このサイトの数値を表計算ソフトで使えるファイルです。CSV は UTF-8（BOM付き）で、Excel でそのまま開けます。</p>
        <ul className="link-list">
          {DOWNLOADS.map((d) => (
            <li key={d.name}>
              {d.title}：<a href={`downloads/${d.name}.csv`}>CSV</a>・<a href={`downloads/${d.name}.xlsx`}>Excel（.xlsx）</a>
              <span className="note">（{d.description}）</span>
            </li>
          ))}
        </ul>
      </section>
      {model.findings && (
        <p>
          <a href="findings.html">データ取り込み時の確認記録</a>
        </p>
      )}
      <section aria-labelledby="h-licence">
        <h2 id="h-licence">利用条件</h2>
        <p>
          このサイトの文章・数値・図表は {model.licence.url ? <a href={model.licence.url}>{model.licence.name}</a> : model.licence.name} で提供します。
          出典として「{model.municipality} 事務事業評価（{model.yearLabel}）」と記載してください。
        </p>
      </section>
    </Layout>
  );
}
