import { useId, useRef, useState } from 'react';
import {
  DEFAULT_PERCENTS,
  isDefaultThresholds,
  parsePercentText,
  percentText,
  isValidPercent,
  THRESHOLD_NAMES,
  THRESHOLD_RULES,
  thresholdsFromPercents,
  type ThresholdName,
  type ThresholdPercents,
} from '../analyses/thresholds';
import { formatThreshold } from '../format/ja';
import { t } from './i18n';
import { loadThresholdPreference, saveThresholdPreference } from './threshold-preference';
import { navigate } from './url-state';
import './thresholds.css';

type Lang = 'ja' | 'en';

/**
 * 評価の基準: the near, under and over thresholds, in percent, behind a summary that always says which are in force
 * (a figure read under 75% must not pass for the usual 80%). Applied to the URL, so every query and permalink follows.
 */
export function ThresholdsControl({ lang, percents }: { lang: Lang; percents: ThresholdPercents }) {
  const current = thresholdsFromPercents(percents);
  const custom = !isDefaultThresholds(current);
  const details = useRef<HTMLDetailsElement>(null);
  // a disclosure (WAI-ARIA APG): Escape or 適用 closes it and gives the focus back to its summary, never lost in the page
  const close = () => {
    if (!details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={details}
      className={`thresholds${custom ? ' thresholds-custom' : ''}`}
      data-testid="thresholds"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          e.preventDefault();
          close();
        }
      }}
    >
      <summary data-testid="thresholds-summary">
        <span className="thresholds-caption">
          {t(lang, 'thresholds')}
          {custom && <span className="thresholds-badge">{t(lang, 'thresholdsCustom')}</span>}
        </span>
        <span className="thresholds-values">
          {/* the execution band as the budget view names it (執行率70%〜100%): below it is low, above it is over */}
          {lang === 'ja'
            ? `概ね達成 ${formatThreshold(current.near)}以上・執行率 ${formatThreshold(current.under)}〜${formatThreshold(current.over)}`
            : `near from ${formatThreshold(current.near)} · execution ${formatThreshold(current.under)}–${formatThreshold(current.over)}`}
        </span>
      </summary>
      {/* remounted when the URL changes (back button, reset), so the boxes always start from what is in force */}
      <ThresholdsForm key={THRESHOLD_NAMES.map((n) => percents[n]).join('|')} lang={lang} percents={percents} onApplied={close} />
    </details>
  );
}

function ThresholdsForm({ lang, percents, onApplied }: { lang: Lang; percents: ThresholdPercents; onApplied: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(percents));
  // a city that always reads its figures under its own thresholds should not have to bookmark them
  const [remember, setRemember] = useState(() => loadThresholdPreference() !== null);
  const id = useId();
  const problems = THRESHOLD_NAMES.filter((n) => {
    const v = parsePercentText(draft[n]);
    return v === null || !isValidPercent(n, v);
  });

  function apply(e: React.FormEvent) {
    e.preventDefault();
    if (problems.length > 0) return;
    // a value equal to its default is stored as unset, so the URL stays clean (toSearch leaves defaults out anyway)
    const patch = Object.fromEntries(
      THRESHOLD_NAMES.map((n) => {
        const v = parsePercentText(draft[n])!;
        return [n, v === DEFAULT_PERCENTS[n] ? null : v];
      }),
    ) as ThresholdPercents;
    saveThresholdPreference(remember ? patch : null);
    navigate(patch);
    // closed, so the panel no longer covers the figures that have just changed; the summary shows what is in force
    onApplied();
  }

  return (
    <form className="thresholds-panel" onSubmit={apply} noValidate>
      <p className="thresholds-hint">{t(lang, 'thresholdsHint')}</p>
      <div className="thresholds-fields">
        {THRESHOLD_NAMES.map((n) => (
          <label key={n}>
            {t(lang, n)}
            <input
              type="text"
              inputMode="decimal"
              data-testid={`threshold-${n}`}
              value={draft[n]}
              aria-invalid={problems.includes(n)}
              aria-describedby={problems.includes(n) ? `${id}-${n}` : undefined}
              onChange={(e) => setDraft({ ...draft, [n]: e.target.value })}
            />
            <small>
              {lang === 'ja' ? '既定' : 'default'} {percentText(DEFAULT_PERCENTS[n])}
            </small>
          </label>
        ))}
      </div>
      {problems.map((n) => (
        <p key={n} id={`${id}-${n}`} className="thresholds-error" role="alert">
          {lang === 'ja' ? `${t(lang, n)}は${THRESHOLD_RULES[n].ja}の数で入力してください。` : `${t(lang, n)} must be ${THRESHOLD_RULES[n].en}.`}
        </p>
      ))}
      <label className="thresholds-remember">
        <input type="checkbox" data-testid="thresholds-remember" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        {t(lang, 'rememberThresholds')}
      </label>
      <div className="thresholds-actions">
        <button type="submit" data-testid="thresholds-apply" disabled={problems.length > 0}>
          {t(lang, 'apply')}
        </button>
        <button
          type="button"
          data-testid="thresholds-reset"
          disabled={isDefaultThresholds(thresholdsFromPercents(percents)) && THRESHOLD_NAMES.every((n) => parsePercentText(draft[n]) === DEFAULT_PERCENTS[n])}
          onClick={() => {
            // the URL may already hold the defaults (only the boxes were edited): then nothing remounts the form
            setDraft(draftOf({ near: null, under: null, over: null }));
            // back to the defaults for good: a remembered setting would otherwise return on the next visit
            saveThresholdPreference(null);
            setRemember(false);
            navigate({ near: null, under: null, over: null });
          }}
        >
          {t(lang, 'resetThresholds')}
        </button>
      </div>
    </form>
  );
}

function draftOf(percents: ThresholdPercents): Record<ThresholdName, string> {
  return {
    near: percentText(percents.near ?? DEFAULT_PERCENTS.near),
    under: percentText(percents.under ?? DEFAULT_PERCENTS.under),
    over: percentText(percents.over ?? DEFAULT_PERCENTS.over),
  };
}
