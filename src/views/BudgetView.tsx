/** Placeholder until this view is built. */
export function BudgetView() {
  return <section className="view" data-testid="view-budget"><p className="state empty">準備中です。</p></section>;
}
