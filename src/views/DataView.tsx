/** Placeholder until this view is built. */
export function DataView() {
  return <section className="view" data-testid="view-data"><p className="state empty">準備中です。</p></section>;
}
