import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { SIMILAR_PER_PROGRAM } from '../../analyses/similar/similar';
import { useDataset } from '../../app/dataset';
import { useLang } from '../../app/i18n';
import { similarProgramsQuery } from '../../queries/strategy-queries';
import { DataTable } from '../common/DataTable';
import { QueryView } from '../common/ViewState';
import { similarColumns } from '../similar/similar-columns';

/**
 * 類似事業 on a program page: the programs of the same city and year most like this one, with the reasons in words.
 * The year's list is scored once for every program (src/analyses/similar) and shared with the 類似事業 view. Scoring
 * a year takes seconds (every program's words), so a program page asks for it only on request, or shows it at once
 * when it is already at hand.
 */
export function SimilarSection({ programKey, municipalityKey, year }: { programKey: string; municipalityKey: string; year: number }) {
  const ds = useDataset();
  const lang = useLang();
  const ja = lang === 'ja';
  const options = similarProgramsQuery(ds, { year });
  const known = useQueryClient().getQueryData(options.queryKey) !== undefined;
  const [asked, setAsked] = useState(false);
  const query = useQuery({ ...options, enabled: options.enabled && (asked || known) });
  const rows = useMemo(() => (query.data ?? []).filter((p) => p.program_key === programKey && p.municipality_key === municipalityKey), [query.data, programKey, municipalityKey]);
  return (
    <section className="panel program-similar" data-testid="program-similar" aria-labelledby="program-similar-heading">
      <h3 id="program-similar-heading" className="col-heading">
        {ja ? '類似事業' : 'Similar programs'}
      </h3>
      <p className="panel-note">
        {ja
          ? `名称・目的・活動・指標の文の近さ、政策体系（同じ施策など）、規模（トータルコスト）から、似ている事業を最大${SIMILAR_PER_PROGRAM}件示します。統廃合や連携を検討する手がかりです。`
          : `Up to ${SIMILAR_PER_PROGRAM} programs most like this one, by the wording of name, purpose, activities and indicators, the policy tree and the total cost: leads for merging or joining up.`}
      </p>
      {!asked && !known ? (
        <button type="button" className="table-more" data-testid="program-similar-show" onClick={() => setAsked(true)}>
          {ja ? '似ている事業を探す（数秒かかります）' : 'Find similar programs (takes a few seconds)'}
        </button>
      ) : (
        <QueryView query={query} isEmpty={() => rows.length === 0}>
          {() => <DataTable testId="table-program-similar" exportName="類似事業" rows={rows} columns={similarColumns(lang)} rowKey={(p) => p.other_program_key} className="compact" />}
        </QueryView>
      )}
    </section>
  );
}
