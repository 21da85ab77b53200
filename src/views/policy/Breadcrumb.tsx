import { levelLabel, type PolicyPath } from '../../charts/policy-options';
import { useLang } from '../../app/i18n';
import { NavLink } from '../programs/NavLink';

/** 全体 › 施策の大綱 › 施策の目標 › 施策: every item but the last leads back up. Names are data (lang="ja"). */
export function Breadcrumb({ path }: { path: PolicyPath }) {
  const lang = useLang();
  const items: { label: string; level: string; to: PolicyPath; data: boolean }[] = [
    { label: levelLabel('city', lang), level: lang === 'ja' ? '市全体' : 'Whole city', to: { pillar: null, goal: null, measure: null }, data: false },
  ];
  if (path.pillar !== null) items.push({ label: path.pillar, level: levelLabel('pillar', lang), to: { pillar: path.pillar, goal: null, measure: null }, data: true });
  if (path.goal !== null) items.push({ label: path.goal, level: levelLabel('goal', lang), to: { pillar: path.pillar, goal: path.goal, measure: null }, data: true });
  if (path.measure !== null) items.push({ label: path.measure, level: levelLabel('measure', lang), to: path, data: true });
  return (
    <nav aria-label={lang === 'ja' ? '施策体系の位置' : 'Place in the policy tree'} className="breadcrumb" data-testid="breadcrumb">
      <ol>
        {items.map((it, i) => (
          <li key={i}>
            <span className="crumb-level">{it.level}</span>
            {i === items.length - 1 ? (
              <span aria-current="location" className="crumb-current" lang={it.data ? 'ja' : undefined}>
                {it.label}
              </span>
            ) : (
              <span lang={it.data ? 'ja' : undefined}>
                <NavLink to={it.to}>{it.label}</NavLink>
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
