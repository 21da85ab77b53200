import type { ReactNode } from 'react';
import type { BriefingModel, BriefingPage } from '../model';

/** One A4 landscape sheet: title, what and when, the body, and a footer with source, import date and n / N. */
export function PageFrame({ model, page, children }: { model: BriefingModel; page: BriefingPage; children: ReactNode }) {
  return (
    <section className="briefing-page" data-page-kind={page.kind} data-page-number={page.number} aria-label={`${page.title}（${page.number} / ${page.total}）`}>
      <header className="bp-head">
        <div>
          <p className="bp-doc">{['議会説明資料', '事務事業評価', model.yearLabel, model.scopeLabel].join('　')}</p>
          <h2 className="bp-title">{page.title}</h2>
        </div>
        {model.source.sample && (
          <p className="bp-fictional" title="架空の市のサンプルデータです">
            架空
            <small>サンプルデータ</small>
          </p>
        )}
      </header>
      <div className="bp-body">{children}</div>
      <footer className="bp-foot">
        <span className="bp-source">出典：{model.sourceLabel}</span>
        <span className="bp-imported">取込日時：{model.source.importedAt ?? '—'}</span>
        <span className="bp-page-no" data-testid="briefing-page-number">
          {page.number} / {page.total}
        </span>
      </footer>
    </section>
  );
}
