/** Placeholder until this view is built. */
export function GapsView() {
  return <section className="view" data-testid="view-gaps"><p className="state empty">準備中です。</p></section>;
}
