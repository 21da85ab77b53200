/** Placeholder until this view is built. */
export function ProgramsView() {
  return <section className="view" data-testid="view-programs"><p className="state empty">準備中です。</p></section>;
}
