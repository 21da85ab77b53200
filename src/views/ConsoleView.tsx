/** SQL console SQL分析 — being built (issue 5). */
export function ConsoleView() {
  return <p className="state">準備中</p>;
}
