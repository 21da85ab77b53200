/** One headline figure of a view (label, value and an optional note under it); `k` names it for styles and tests. */
export function Figure({ k, label, value, note }: { k: string; label: string; value: string; note?: string }) {
  return (
    <div className={`figure figure-${k}`} data-figure={k}>
      <dt>{label}</dt>
      <dd>
        {value}
        {note && <small>{note}</small>}
      </dd>
    </div>
  );
}
