/** Placeholder until this view is built. */
export function ZeroCostView() {
  return <section className="view" data-testid="view-zerocost"><p className="state empty">準備中です。</p></section>;
}
