import type { PublicationModel, PublishedFinding } from '../model';
import { Layout } from './Layout';

/** 取り込みの指摘: only when the publication setting includes the import's findings (off by default). */
export function FindingsPage({ model, findings }: { model: PublicationModel; findings: PublishedFinding[] }) {
  return (
    <Layout model={model} page={{ root: '', title: '取り込みの指摘', section: 'data' }}>
      <h1>取り込みの指摘</h1>
      <p>点検シートの CSV を読み込んだときに記録した、読めなかったセルや確認が必要なセルの一覧です。</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption>指摘（{findings.length}件）</caption>
          <thead>
            <tr>
              <th scope="col">ファイル</th>
              <th scope="col" className="num">
                行
              </th>
              <th scope="col">列</th>
              <th scope="col">重要度</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f, i) => (
              <tr key={i}>
                <td>{f.file.split(/[\\/]/).pop()}</td>
                <td className="num">{f.line ?? '—'}</td>
                <td>{f.column ?? '—'}</td>
                <td>{{ error: 'エラー', warning: '警告', info: '情報' }[f.severity] ?? f.severity}</td>
                <td>{f.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
