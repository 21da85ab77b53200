import type { SimilarProgram } from '../../analyses/similar/similar';
import type { Lang } from '../../app/i18n';
import { reasonsText, scoreText } from '../../format/similar-reasons';
import type { Column } from '../common/DataTable';
import { ProgramLink } from '../gaps/ProgramLink';


const name = (n: string | null, sheetNo: string) => n ?? `No.${sheetNo}`;

/** The city-wide list: both programs with their departments, the score and the reasons. */
export function candidateColumns(lang: Lang): Column<SimilarProgram>[] {
  const ja = lang === 'ja';
  return [
    { key: 'rank', header: ja ? '順位' : 'Rank', value: (p) => p.rank, numeric: true },
    {
      key: 'program',
      header: ja ? '事業' : 'Program',
      value: (p) => p.program,
      data: true,
      render: (p) => (
        <>
          <ProgramLink programKey={p.program_key}>{name(p.program, p.sheet_no)}</ProgramLink>
          <span className="sub">{p.department ?? '—'}</span>
        </>
      ),
    },
    {
      key: 'other',
      header: ja ? '似ている事業' : 'Similar program',
      value: (p) => p.other_program,
      data: true,
      render: (p) => (
        <>
          <ProgramLink programKey={p.other_program_key}>{name(p.other_program, p.other_sheet_no)}</ProgramLink>
          <span className="sub">{p.other_department ?? '—'}</span>
        </>
      ),
    },
    { key: 'score', header: ja ? '類似度' : 'Score', value: (p) => p.score, render: (p) => scoreText(p.score), numeric: true },
    { key: 'reasons', header: ja ? '似ている理由' : 'Why alike', value: (p) => reasonsText(p, lang), data: true },
  ];
}

/** A program page's list: the other program, its department and measure, the score and the reasons. */
export function similarColumns(lang: Lang): Column<SimilarProgram>[] {
  const ja = lang === 'ja';
  return [
    { key: 'rank', header: ja ? '順位' : 'Rank', value: (p) => p.rank, numeric: true },
    { key: 'other', header: ja ? '事務事業名' : 'Program', value: (p) => p.other_program, data: true, render: (p) => <ProgramLink programKey={p.other_program_key}>{name(p.other_program, p.other_sheet_no)}</ProgramLink> },
    { key: 'department', header: ja ? '担当課' : 'Department', value: (p) => p.other_department, data: true },
    { key: 'score', header: ja ? '類似度' : 'Score', value: (p) => p.score, render: (p) => scoreText(p.score), numeric: true },
    { key: 'reasons', header: ja ? '似ている理由' : 'Why alike', value: (p) => reasonsText(p, lang), data: true },
  ];
}
