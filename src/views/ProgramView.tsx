/** Placeholder until this view is built. */
export function ProgramView() {
  return <section className="view" data-testid="view-program"><p className="state empty">準備中です。</p></section>;
}
