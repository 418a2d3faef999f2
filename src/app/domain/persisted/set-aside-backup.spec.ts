import { fromFiles } from '../assessment/empty-assessment';
import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { readImportFile } from '../transfer/read-import';
import { AssessmentState } from '../types';
import { setAsideBackup } from './set-aside-backup';

const uuid = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const current: AssessmentState = {
  ...fromFiles({ teams: ['A', 'B'], groups: {}, stages: STAGES, progress: {}, evidence: [] }),
  progress: { [uuid]: { B: { stages: { Started: '2026-02-01' }, editedAt: Date.UTC(2026, 1, 1) } } },
};
const importOf = (text: string) => readImportFile(text, 'dsomm-studio-set-aside.yaml', { stages: STAGES });

describe('the download of stored data that was set aside', () => {
  it('is a backup the app’s own import reads, listing the entry it could not read, as it was stored', () => {
    const entry = { stages: { Started: 1767225600000 }, editedAt: 6 };
    const text = setAsideBackup(
      [
        {
          path: ['progress', uuid, 'A'],
          reason: 'the date of "Started" is number 1767225600000',
          value: entry,
          savedAt: 0,
        },
      ],
      current,
      { model: SMALL_MODEL, now: Date.UTC(2026, 5, 1) },
    );
    expect(text).toContain('Started: 1767225600000');
    const read = importOf(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.kind === 'backup' && read.value.backup.assessment.progress[uuid]['B'].stages).toEqual({
      Started: '2026-02-01',
    });
    expect(read.warnings.map((w) => w.message).join(' ')).toContain(
      'not imported: the progress of "A" on "Defined build process" (the date of "Started" is number 1767225600000)',
    );
  });

  it('holds what can be read of a whole record set aside (a newer layout), so that importing it restores that', () => {
    const newer = {
      schema: 2,
      value: {
        ...current,
        teams: { teams: ['A', 'B', 'Z'], groups: {} },
        teamsEdited: true,
        stages: 'moved elsewhere',
      },
    };
    const text = setAsideBackup(
      [{ path: [], reason: 'the stored data has layout version 2', value: newer, savedAt: 0 }],
      fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] }),
      { now: 0 },
    );
    const read = importOf(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const backup = read.value.kind === 'backup' ? read.value.backup.assessment : undefined;
    expect(backup?.teams.names).toEqual(['A', 'B', 'Z']);
    expect(backup?.progress[uuid]['B'].stages).toEqual({ Started: '2026-02-01' });
    expect(backup?.stages.map((stage) => stage.title)).toEqual(STAGES.map((stage) => stage.title));
  });
});
