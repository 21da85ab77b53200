import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { basicSetup } from 'codemirror';
import { PostgreSQL, sql, SQLDialect } from '@codemirror/lang-sql';
import { Compartment, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import type { ErrorRange } from '../../console/error-position';

export interface SqlEditorHandle {
  getText(): string;
  setText(text: string): void;
  /** inserts at the cursor (the schema browser's clicks) */
  insert(text: string): void;
  focus(): void;
}

/** PostgreSQL's dialect plus the DuckDB words our users meet (SUMMARIZE, DESCRIBE, PIVOT…), for highlighting. */
const DUCKDB = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} summarize describe pivot unpivot qualify struct list macro`,
});

const setErrorMark = StateEffect.define<ErrorRange | null>();
const errorMark = Decoration.mark({ class: 'cm-sql-error', attributes: { 'data-testid': 'sql-error-mark' } });
/** The part of the text DuckDB pointed at; cleared by the next edit. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const e of tr.effects) {
      if (e.is(setErrorMark)) {
        const r = e.value;
        marks = r && r.to <= tr.state.doc.length && r.from < r.to ? Decoration.set([errorMark.range(r.from, r.to)]) : Decoration.none;
      }
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * CodeMirror 6, owned by this component (created in an effect, destroyed on unmount). Ctrl/Cmd+Enter runs; the
 * completion knows the live tables and columns (`schema`); `error` marks where DuckDB says the error is.
 */
export function SqlEditor({
  initialText,
  schema,
  error,
  onRun,
  onChange,
  describedBy,
  ref,
}: {
  /** id of the text that tells how Tab and Esc behave in the editor */
  describedBy?: string;
  initialText: string;
  schema: Record<string, string[]>;
  error: ErrorRange | null;
  onRun: () => void;
  onChange: (text: string) => void;
  ref?: Ref<SqlEditorHandle>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const callbacks = useRef({ onRun, onChange });
  useEffect(() => {
    callbacks.current = { onRun, onChange };
  }, [onRun, onChange]);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) }])),
          basicSetup,
          language.current.of(sql({ dialect: DUCKDB, upperCaseKeywords: true })),
          errorField,
          EditorView.lineWrapping,
          // Tab is left to the browser (basicSetup binds no indentWithTab): the editor never traps the keyboard
          EditorView.contentAttributes.of({ 'aria-label': 'SQL', 'data-testid': 'sql-editor-content', ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // initialText seeds the editor once; later texts arrive through the handle
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(sql({ dialect: DUCKDB, schema, upperCaseKeywords: true })) });
  }, [schema]);

  useEffect(() => {
    view.current?.dispatch({ effects: setErrorMark.of(error) });
  }, [error]);

  useImperativeHandle(
    ref,
    () => ({
      getText: () => view.current?.state.doc.toString() ?? '',
      setText(text) {
        const v = view.current;
        v?.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: { anchor: text.length } });
      },
      insert(text) {
        const v = view.current;
        if (!v) return;
        v.dispatch(v.state.replaceSelection(text));
        v.focus();
      },
      focus: () => view.current?.focus(),
    }),
    [],
  );

  return <div ref={host} className="sql-editor" data-testid="sql-editor" />;
}
