import type { Figure } from '../model';

/** The headline figures as a strip of labelled boxes (data-figure names each, for tests and readers of the HTML). */
export function Figures({ figures }: { figures: Figure[] }) {
  return (
    <dl className="bp-figures">
      {figures.map((f) => (
        <div key={f.key} className={`bp-figure bp-figure-${f.key}`} data-figure={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
