import formatDoc from '../../../docs/data-format.md?raw';
import { useLang } from '../../app/i18n';
import { tableLabel } from './labels';
import { formTemplates } from '../../app/form-templates';

// Bundled as same-origin assets of the build (nothing is fetched from elsewhere); `download` keeps the file name.
const ORDER = ['sheets.csv', 'activities.csv', 'outputs.csv', 'outcomes.csv', 'reviews.csv'];
const TEMPLATE_URLS = import.meta.glob('../../../docs/templates/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const TEMPLATES = Object.entries(TEMPLATE_URLS)
  .map(([path, url]) => ({ file: path.split('/').pop()!, url }))
  .sort((a, b) => ORDER.indexOf(a.file) - ORDER.indexOf(b.file));

/** What can be read (forms of the bundled templates, the five tables), the CSV templates and the format in brief. */
export function Templates() {
  const lang = useLang();
  const ja = lang === 'ja';
  return (
    <section className="panel" data-testid="templates">
      <h3>{ja ? '読める形式とひな形' : 'What can be read, and the templates'}</h3>
      {ja ? (
        <p className="note">
          <strong>点検シートそのもの（様式）</strong>は、Excel（.xlsx .xls .ods）・CSV・Unicode テキスト・HTML のどれでも、1 枚 1 ファイルでも、1 ブックに 1 シートずつでも、そのまま読めます。
          いま読める様式: <span lang="ja">{formTemplates().map((t) => t.name).join('、')}</span>。ほかの市の様式は、様式テンプレート（data/forms/ の JSON、docs/forms.md）を足せば読めます。
        </p>
      ) : (
        <p className="note">
          <strong>The evaluation sheets themselves (forms)</strong> are read as they are — Excel (.xlsx .xls .ods), CSV, Unicode text or HTML, one sheet per file or one per
          worksheet. Forms read now: <span lang="ja">{formTemplates().map((t) => t.name).join('、')}</span>. Another city's form is read by adding a template (a JSON file in
          data/forms/, see docs/forms.md).
        </p>
      )}
      <p className="note">{ja ? <><strong>5 つの表</strong>に分けて書き出す場合のひな形（CSV）:</> : <>Templates for exporting <strong>the five tables</strong> (CSV):</>}</p>
      <ul className="template-links">
        {TEMPLATES.map((t) => (
          <li key={t.file}>
            <a href={t.url} download={t.file} data-testid={`template-${t.file.replace(/\.csv$/, '')}`}>
              {t.file}
            </a>{' '}
            — {tableLabel(t.file.replace(/\.csv$/, ''), lang)}
          </li>
        ))}
      </ul>
      <p className="note">
        {ja
          ? 'ひな形は UTF-8（BOM 付き）・CRLF です。例の行はすべて架空の事業です。例の行を消して自分のデータを入れてください。'
          : 'The templates are UTF-8 (with BOM), CRLF. Every example row is a fictional program: delete them and put your own data in.'}
      </p>
      {ja ? <FormatSummaryJa /> : <FormatSummaryEn />}
      <details>
        <summary>{ja ? 'データ形式の説明（全文）' : 'The data format in full (Japanese with English summaries)'}</summary>
        {/* docs/data-format.md: Japanese first, each section with its English summary */}
        <pre className="format-doc" lang="ja">
          {formatDoc}
        </pre>
      </details>
    </section>
  );
}

function FormatSummaryEn() {
  return (
    <ul className="format-summary">
      <li>One file per table (sheets, activities, outputs, outcomes, reviews); a file may hold several years and sheets. File names do not matter: the table is recognised from the header row.</li>
      <li>Excel's "CSV UTF-8", "CSV (Shift_JIS)" and "Unicode text (UTF-16, tab-separated)" are all read, and so are workbooks as they are.</li>
      <li>
        The header row within the first 10 rows; title and blank rows above it are fine. Headers with a year such as <code lang="ja">R6 目標値</code> are read.
      </li>
      <li>
        Fiscal years as <code lang="ja">令和6年度</code> <code>R6</code> <code>2024</code>; money in thousand yen (<code>1,200</code> <code lang="ja">0 千円</code>{' '}
        <code lang="ja">3百万円</code>). Empty cells, dashes and <span lang="ja">「なし」</span> mean "not applicable".
      </li>
      <li>
        Words in a figure cell (<span lang="ja">「集計中」</span>) are kept as written and count as "not measured", with a warning. Rows whose year or sheet No. cannot be read are
        quarantined, outside every figure.
      </li>
      <li>Importing the same rows twice (or the same sheet as CSV and as Excel) doubles nothing.</li>
    </ul>
  );
}

function FormatSummaryJa() {
  return (
      <ul className="format-summary">
        <li>表ごとに 1 ファイル（シート・活動・アウトプット・アウトカム・点検）。1 ファイルに複数の年度・シートを入れてかまいません。ファイル名は自由で、どの表かは見出し行で判定します。</li>
        <li>Excel の「CSV UTF-8」「CSV（Shift_JIS）」「Unicode テキスト（UTF-16、タブ区切り）」のどれでも、Excel ブックのままでも読めます。</li>
        <li>見出し行は先頭 10 行以内に。表題の行や空行が上にあってもかまいません。<code>R6 目標値</code> のような年度つきの見出しも読めます。</li>
        <li>年度は <code>令和6年度</code> <code>R6</code> <code>2024</code> など、金額は千円単位（<code>1,200</code> <code>0 千円</code> <code>3百万円</code>）。空欄・ダッシュ・「なし」は「該当なし」です。</li>
        <li>数値の欄の「集計中」などの文字は原文を残して「未測定」として扱い、警告を出します。年度やシートNoが読めない行は保留表に残し、集計には入れません。</li>
        <li>同じ内容の行を二度読み込んでも（同じシートを CSV と Excel の両方で読み込んでも）重複しません。</li>
      </ul>
  );
}
