import { lexSql } from './sql-lexer';

/**
 * What the SQL console lets through, before DuckDB sees it. The first of three locks (the others: DuckDB refuses to
 * prepare several statements, and every console query runs in a transaction that is always rolled back — see
 * ./run-query.ts). This one exists because not everything is undone by a rollback: SET, nextval/setval (sequences
 * are not transactional), ATTACH, INSTALL/LOAD, COPY … TO (a file), EXPORT; and because a clear refusal in
 * Japanese is kinder than a silently undone write.
 */
export type GuardVerdict = { ok: true } | { ok: false; reason: string };

/** Statements that only read. */
const ALLOWED_FIRST_WORDS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'PRAGMA']);

/** PRAGMAs that only look (most others change settings). */
const ALLOWED_PRAGMAS = new Set(['TABLE_INFO', 'SHOW_TABLES', 'SHOW_TABLES_EXPANDED', 'SHOW', 'DATABASE_SIZE', 'VERSION', 'PLATFORM', 'STORAGE_INFO']);

/**
 * Words refused anywhere, even inside an allowed statement: `WITH x AS (…) DELETE …`, `SELECT nextval('s')`.
 * Only words that cannot be an unquoted column name in our data; a quoted "delete" is an identifier and passes.
 */
const WRITE_WORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'DROP', 'CREATE', 'ALTER', 'TRUNCATE', 'MERGE', 'COPY', 'ATTACH', 'DETACH',
  'INSTALL', 'CHECKPOINT', 'FORCE_CHECKPOINT', 'VACUUM', 'NEXTVAL', 'SETVAL',
]);

/** Any string literal that names a URL: DuckDB-WASM can read over HTTP, and the data must never leave the browser. */
const URL_LITERAL = /^[a-z][a-z0-9+.-]*:\/\//i;

export const READ_ONLY_NOTE = 'SQL分析は読み取り専用です。取り込んだデータを変更・削除することはできません。';

export function checkConsoleSql(sql: string): GuardVerdict {
  const { words, strings, statements } = lexSql(sql);
  if (statements === 0 || words.length === 0) return refuse('実行するSQLがありません。');
  if (statements > 1) return refuse(`一度に実行できるのは1つの文だけです（「;」で区切られた文が${statements}つあります）。`);

  const first = words[0]!.word;
  if (!ALLOWED_FIRST_WORDS.has(first)) {
    return refuse(`「${first}」は実行できません。${READ_ONLY_NOTE}使えるのは SELECT・WITH・FROM・VALUES・TABLE・DESCRIBE・SHOW・SUMMARIZE・EXPLAIN などの読み取りだけです。`);
  }
  const second = words[1]?.word;
  if (first === 'EXPLAIN' && (second === 'ANALYZE' || second === 'ANALYSE')) {
    return refuse('EXPLAIN ANALYZE は文を実際に実行するため使えません。実行計画を見るには EXPLAIN だけを付けてください。');
  }
  if (first === 'PRAGMA' && !(second && ALLOWED_PRAGMAS.has(second))) {
    return refuse('PRAGMA は table_info・show_tables など、表の情報を見るものだけ使えます（設定を変えるものは使えません）。');
  }
  const write = words.find((w) => WRITE_WORDS.has(w.word));
  if (write) return refuse(`「${write.word}」はデータや設定を書き換える操作のため実行できません。${READ_ONLY_NOTE}`);
  const url = strings.find((s) => URL_LITERAL.test(s.trim()));
  if (url !== undefined) return refuse('外部のURLは読み込めません。データはこのブラウザの外に出ません。');
  return { ok: true };
}

function refuse(reason: string): GuardVerdict {
  return { ok: false, reason };
}
