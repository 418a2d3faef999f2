import { fromFiles } from '../domain/assessment/empty-assessment';
import { exportBackupFile } from '../domain/transfer/backup-file';
import { SMALL_MODEL, STAGES } from '../domain/testing/model-fixture';
import { changedInput, ImportSession, PreviewInput } from './import-session';

const BUILD = SMALL_MODEL.activities[0].uuid;
const current = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
const activities = SMALL_MODEL.activities.map(({ uuid, name }) => ({ uuid, name }));
const file = (name: string, text: string) => new File([text], name);
const progressFile = (team: string) =>
  file('team-progress.yaml', `progress:\n  ${BUILD}:\n    ${team}:\n      Started: 2026-01-05\n`);
const input: PreviewInput = {
  current,
  served: current,
  activities,
  mode: 'merge',
  now: 1,
  day: '2026-12-05',
  addUnknownTeams: true,
  teamsReadOnly: false,
};

describe('ImportSession (the import worker, or the main thread without one)', () => {
  it('reads a file and answers with its kind only; its data stays in the session until asked for', async () => {
    const session = new ImportSession();
    const read = await session.handle({ call: 'read', file: progressFile('A'), stages: STAGES });
    expect(read).toEqual({ ok: true, summary: { kind: 'progress', customFiles: [] }, warnings: [] });
    expect(await session.handle({ call: 'data' })).toEqual({
      kind: 'progress',
      progress: { [BUILD]: { A: { stages: { Started: '2026-01-05' } } } },
    });
    await session.handle({ call: 'close' });
    expect(await session.handle({ call: 'data' })).toBeUndefined();
  });

  it('refuses a broken file naming the file, the line and the problem, and keeps nothing of it', async () => {
    const session = new ImportSession();
    await session.handle({ call: 'read', file: progressFile('A'), stages: STAGES });
    const broken = file('broken.yaml', `progress:\n  ${BUILD}:\n    A:\n      Started: next week\n`);
    const read = await session.handle({ call: 'read', file: broken, stages: STAGES });
    expect(read.ok).toBeFalse();
    const [problem] = read.ok ? [] : read.problems;
    expect([problem.file, problem.line]).toEqual(['broken.yaml', 4]);
    expect(problem.message).toContain('expected a date written YYYY-MM-DD');
    expect(await session.handle({ call: 'data' })).toBeUndefined();
  });

  it('previews with the assessments last sent, and gives one team its activities when asked', async () => {
    const session = new ImportSession();
    await session.handle({ call: 'read', file: progressFile('Z'), stages: STAGES });
    const merge = await session.handle({ call: 'preview', ...input });
    expect(merge.outcome.unknownTeams).toEqual(['Z']);
    expect(merge.diff.teams.map((t) => [t.team, t.activityCount])).toEqual([['Z', 1]]);

    // The same assessments: left out of the request, the session's copies are used.
    const kept = await session.handle({ call: 'preview', ...changedInput(input, input), addUnknownTeams: false });
    expect(kept.diff.teams.map((t) => [t.team, t.listed])).toEqual([['Z', false]]);
    expect(await session.handle({ call: 'activities', team: 'Z' })).toEqual([
      { uuid: BUILD, name: 'Defined build process', stages: [{ title: 'Started', after: '2026-01-05' }], evidence: [] },
    ]);
    expect(await session.handle({ call: 'activities', team: 'A' })).toEqual([]);
  });

  it('answers in the order asked: a preview asked while a file is read is of that file', async () => {
    const session = new ImportSession();
    await session.handle({ call: 'read', file: progressFile('Old'), stages: STAGES });
    const read = session.handle({ call: 'read', file: progressFile('New'), stages: STAGES });
    const preview = session.handle({ call: 'preview', ...input });
    expect((await read).ok).toBeTrue();
    expect((await preview).outcome.unknownTeams).toEqual(['New']);
  });

  it('says to read the file again when asked for a preview with nothing read', async () => {
    await expectAsync(new ImportSession().handle({ call: 'preview', ...input })).toBeRejectedWithError(
      /no file to preview: read it again/,
    );
  });

  it("tells the page a backup's model version and custom activity files, which the page checks", async () => {
    const assessment = { ...current, customFiles: [{ name: 'extra.yaml', text: 'x: 1\n' }] };
    const backup = exportBackupFile(assessment, { now: 0, model: SMALL_MODEL });
    const read = await new ImportSession().handle({ call: 'read', file: file('backup.yaml', backup), stages: STAGES });
    expect(read.ok && read.summary.kind).toBe('backup');
    expect(read.ok && read.summary.customFiles).toEqual([{ name: 'extra.yaml', text: 'x: 1\n' }]);
  });
});

describe('changedInput', () => {
  it('leaves out the assessments and activities sent last time, and sends what changed', () => {
    expect(changedInput(undefined, input)).toBe(input);
    const again = changedInput(input, { ...input, mode: 'replace' });
    expect(again).toEqual({ mode: 'replace', now: 1, day: '2026-12-05', addUnknownTeams: true, teamsReadOnly: false });
    const edited = { ...current, teamsEdited: true };
    expect(changedInput(input, { ...input, current: edited }).current).toBe(edited);
    expect(changedInput(input, { ...input, current: edited }).served).toBeUndefined();
  });
});
