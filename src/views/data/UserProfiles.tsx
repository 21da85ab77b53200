import { useId, useState } from 'react';
import { useDataset } from '../../app/dataset';
import { L, useLang } from '../../app/i18n';
import { shippedProfiles } from '../../app/import-profiles';
import { openMapping } from '../../app/mapping-request';
import { deleteUserProfile, profileFileText, readProfileFile, saveUserProfile, useUserProfiles } from '../../app/user-profiles';
import { downloadText, safeFileName } from '../../export/download';
import { readInputFiles } from './read-files';

/**
 * 取込設定 on the data page: make one for a file (the mapping screen), the user's own profiles — export each as a
 * file for a colleague, import one from a file (validated; a bad one is refused with what is wrong), delete — and
 * the shipped ones. Every import tries the user's profiles first.
 */
export function UserProfiles() {
  const lang = useLang();
  const ds = useDataset();
  const id = useId();
  const profiles = useUserProfiles();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const busy = ds.phase === 'starting' || ds.phase === 'importing';

  async function importProfile(file: File) {
    setMessage(null);
    try {
      const profile = await saveUserProfile(await readProfileFile(file), file.name);
      setMessage({ ok: true, text: L(lang, `取込設定「${profile.name}」を読み込みました。次の取り込みから使います。`, `Profile “${profile.name}” imported; the next import uses it.`) });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }

  return (
    <section className="panel user-profiles" data-testid="user-profiles" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{L(lang, '取込設定（市ごとの一覧の読み方）', 'Import profiles (how a city’s own lists are read)')}</h3>
      <p className="note">
        {L(
          lang,
          '1 事業 1 行の一覧（年度ごとの列が横に並ぶものも）は、その市の列の並びを書いた取込設定で読みます。取込設定があれば、ファイルをドロップするだけで読めます。どの表にも様式にも合わないファイルは、ここで取込設定を作れます。',
          'Lists with one row per program (years side by side too) are read with an import profile that describes the city’s columns. With a profile, dropping the file is all it takes. For a file no table or form matches, make one here.',
        )}
      </p>
      <div className="file-picks">
        <label className="file-pick">
          {L(lang, '取込設定を作る（ファイルを選ぶ）:', 'Make an import profile (pick the file):')}{' '}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,.html,.htm"
            data-testid="mapping-file-input"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const list = input.files;
              if (!list?.length) return;
              void readInputFiles(list).then((picked) => {
                input.value = '';
                if (picked.files[0]) openMapping({ file: picked.files[0], sheet: null });
              });
            }}
          />
        </label>
        <label className="file-pick">
          {L(lang, '取込設定ファイルを読み込む（.json）:', 'Import a profile file (.json):')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="profile-import-input"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importProfile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'note' : 'state error'} data-testid="profile-message">
          {message.ok ? message.text : <span lang="ja">{message.text}</span>}
        </p>
      )}
      {profiles.length > 0 ? (
        <table className="data-table" data-testid="table-user-profiles">
          <caption>{L(lang, 'このブラウザの取込設定（取り込みで最初に試します）', 'Profiles in this browser (tried first by every import)')}</caption>
          <thead>
            <tr>
              <th scope="col">{L(lang, '名前', 'Name')}</th>
              <th scope="col">{L(lang, '団体', 'Municipality')}</th>
              <th scope="col">{L(lang, '見分ける見出し', 'Recognised by')}</th>
              <th scope="col">{L(lang, '保存日時', 'Saved')}</th>
              <th scope="col">{L(lang, '操作', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map(({ profile, savedAt }) => (
              <tr key={profile.id} data-profile-id={profile.id}>
                <td lang="ja" id={`${id}-${profile.id}`}>
                  {profile.name}
                </td>
                <td lang="ja">{profile.municipality ? `${profile.municipality.name}${profile.municipality.code ? `（${profile.municipality.code}）` : ''}` : '—'}</td>
                <td lang="ja">{(profile.match.headers ?? profile.match.keys ?? []).join('・')}</td>
                <td className="nowrap">{savedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="nowrap">
                  {/* the row's name describes its buttons (a screen reader hears 「書き出す」 and which profile) */}
                  <button type="button" data-testid="profile-export" aria-describedby={`${id}-${profile.id}`} onClick={() => downloadText(`${safeFileName(profile.name)}.json`, profileFileText(profile), 'application/json;charset=utf-8')}>
                    {L(lang, '書き出す', 'Export')}
                  </button>{' '}
                  <button
                    type="button"
                    data-testid="profile-delete"
                    aria-describedby={`${id}-${profile.id}`}
                    onClick={() => {
                      if (window.confirm(L(lang, `取込設定「${profile.name}」を削除します。よろしいですか？`, `Delete the profile “${profile.name}”?`))) void deleteUserProfile(profile.id);
                    }}
                  >
                    {L(lang, '削除', 'Delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="note" data-testid="no-user-profiles">
          {L(lang, 'このブラウザで作った・読み込んだ取込設定はまだありません。', 'No profile made or imported in this browser yet.')}
        </p>
      )}
      <p className="note">
        {L(lang, '同梱の取込設定:', 'Shipped profiles:')} <span lang="ja">{shippedProfiles().map((p) => p.name).join('、')}</span>
      </p>
    </section>
  );
}
