import { LEVEL_LABELS, type PolicyPath } from '../../charts/policy-options';
import { NavLink } from '../programs/NavLink';

/** 全体 › 施策の大綱 › 施策の目標 › 施策: every item but the last leads back up. */
export function Breadcrumb({ path }: { path: PolicyPath }) {
  const items: { label: string; level: string; to: PolicyPath }[] = [{ label: '全体', level: '市全体', to: { pillar: null, goal: null, measure: null } }];
  if (path.pillar !== null) items.push({ label: path.pillar, level: LEVEL_LABELS.pillar, to: { pillar: path.pillar, goal: null, measure: null } });
  if (path.goal !== null) items.push({ label: path.goal, level: LEVEL_LABELS.goal, to: { pillar: path.pillar, goal: path.goal, measure: null } });
  if (path.measure !== null) items.push({ label: path.measure, level: LEVEL_LABELS.measure, to: path });
  return (
    <nav aria-label="施策体系の位置" className="breadcrumb" data-testid="breadcrumb">
      <ol>
        {items.map((it, i) => (
          <li key={i}>
            <span className="crumb-level">{it.level}</span>
            {i === items.length - 1 ? (
              <span aria-current="location" className="crumb-current">
                {it.label}
              </span>
            ) : (
              <NavLink to={it.to}>{it.label}</NavLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
