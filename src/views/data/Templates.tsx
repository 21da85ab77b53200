import formatDoc from '../../../docs/data-format.md?raw';
import { TABLE_LABELS_JA } from '../../import/schema';
import type { TableName } from '../../import/types';
import { formTemplates } from '../../app/form-templates';

// Bundled as same-origin assets of the build (nothing is fetched from elsewhere); `download` keeps the file name.
const ORDER = ['sheets.csv', 'activities.csv', 'outputs.csv', 'outcomes.csv', 'reviews.csv'];
const TEMPLATE_URLS = import.meta.glob('../../../docs/templates/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const TEMPLATES = Object.entries(TEMPLATE_URLS)
  .map(([path, url]) => ({ file: path.split('/').pop()!, url }))
  .sort((a, b) => ORDER.indexOf(a.file) - ORDER.indexOf(b.file));

/** What can be read (forms of the bundled templates, the five tables), the CSV templates and the format in brief. */
export function Templates() {
  return (
    <section className="panel" data-testid="templates">
      <h3>読める形式とひな形</h3>
      <p className="note">
        <strong>点検シートそのもの（様式）</strong>は、Excel（.xlsx .xls .ods）・CSV・Unicode テキスト・HTML のどれでも、1 枚 1 ファイルでも、1 ブックに 1 シートずつでも、そのまま読めます。
        いま読める様式: {formTemplates().map((t) => t.name).join('、')}。ほかの市の様式は、様式テンプレート（data/forms/ の JSON、docs/forms.md）を足せば読めます。
      </p>
      <p className="note">
        <strong>5 つの表</strong>に分けて書き出す場合のひな形（CSV）:
      </p>
      <ul className="template-links">
        {TEMPLATES.map((t) => (
          <li key={t.file}>
            <a href={t.url} download={t.file} data-testid={`template-${t.file.replace(/\.csv$/, '')}`}>
              {t.file}
            </a>{' '}
            — {TABLE_LABELS_JA[t.file.replace(/\.csv$/, '') as TableName] ?? ''}
          </li>
        ))}
      </ul>
      <p className="note">ひな形は UTF-8（BOM 付き）・CRLF です。例の行はすべて架空の事業です。例の行を消して自分のデータを入れてください。</p>
      <ul className="format-summary">
        <li>表ごとに 1 ファイル（シート・活動・アウトプット・アウトカム・点検）。1 ファイルに複数の年度・シートを入れてかまいません。ファイル名は自由で、どの表かは見出し行で判定します。</li>
        <li>Excel の「CSV UTF-8」「CSV（Shift_JIS）」「Unicode テキスト（UTF-16、タブ区切り）」のどれでも、Excel ブックのままでも読めます。</li>
        <li>見出し行は先頭 10 行以内に。表題の行や空行が上にあってもかまいません。<code>R6 目標値</code> のような年度つきの見出しも読めます。</li>
        <li>年度は <code>令和6年度</code> <code>R6</code> <code>2024</code> など、金額は千円単位（<code>1,200</code> <code>0 千円</code> <code>3百万円</code>）。空欄・ダッシュ・「なし」は「該当なし」です。</li>
        <li>数値の欄の「集計中」などの文字は原文を残して「未測定」として扱い、警告を出します。年度やシートNoが読めない行は保留表に残し、集計には入れません。</li>
        <li>同じ内容の行を二度読み込んでも（同じシートを CSV と Excel の両方で読み込んでも）重複しません。</li>
      </ul>
      <details>
        <summary>データ形式の説明（全文）</summary>
        <pre className="format-doc">{formatDoc}</pre>
      </details>
    </section>
  );
}
