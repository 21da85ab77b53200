/**
 * Just enough of a SQL lexer for the console's guard: the words outside comments, string literals and quoted
 * identifiers, the string literals themselves, and how many statements the text holds. Comments may nest, as in
 * PostgreSQL (DuckDB's parser comes from it), so `/* /* *\/ DROP *\/` hides nothing from us.
 */
export interface SqlWord {
  /** upper-cased */
  word: string;
  start: number;
}

export interface LexedSql {
  words: SqlWord[];
  strings: string[];
  /** non-empty statements separated by top-level semicolons */
  statements: number;
}

export function lexSql(sql: string): LexedSql {
  const words: SqlWord[] = [];
  const strings: string[] = [];
  let statements = 0;
  let statementHasContent = false;
  let i = 0;
  const n = sql.length;
  const content = () => {
    statementHasContent = true;
  };

  while (i < n) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
    } else if (ch === "'") {
      // E'…' strings take backslash escapes; the E itself was read as a word just before
      const escapes = words.length > 0 && words[words.length - 1]!.word === 'E' && words[words.length - 1]!.start === i - 1;
      if (escapes) words.pop();
      const [text, end] = readQuoted(sql, i, "'", escapes);
      strings.push(text);
      i = end;
      content();
    } else if (ch === '"') {
      i = readQuoted(sql, i, '"', false)[1];
      content();
    } else if (ch === '$' && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(i))) {
      // dollar quoting: $$…$$ or $tag$…$tag$
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      strings.push(sql.slice(i + tag.length, end < 0 ? n : end));
      i = end < 0 ? n : end + tag.length;
      content();
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const start = i;
      while (i < n && /[A-Za-z0-9_$\u0080-\uffff]/.test(sql[i]!)) i++;
      words.push({ word: sql.slice(start, i).toUpperCase(), start });
      content();
    } else if (ch === ';') {
      if (statementHasContent) statements++;
      statementHasContent = false;
      i++;
    } else {
      if (!/\s/.test(ch)) content();
      i++;
    }
  }
  if (statementHasContent) statements++;
  return { words, strings, statements };
}

/** Reads a quoted token starting at `start`; a doubled quote is one quote. Returns its text and the index after it. */
function readQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): [string, number] {
  let text = '';
  let i = start + 1;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (backslashEscapes && ch === '\\') {
      text += sql[i + 1] ?? '';
      i += 2;
    } else if (ch === quote) {
      if (sql[i + 1] === quote) {
        text += quote;
        i += 2;
      } else return [text, i + 1];
    } else {
      text += ch;
      i++;
    }
  }
  return [text, i];
}
