/** Council briefing 議会説明資料 — being built (issue 5). */
export function BriefingView() {
  return <p className="state">準備中</p>;
}
