/** Placeholder until this view is built. */
export function PolicyView() {
  return <section className="view" data-testid="view-policy"><p className="state empty">準備中です。</p></section>;
}
