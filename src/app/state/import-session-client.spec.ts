import { fromFiles } from '../domain/assessment/empty-assessment';
import { SMALL_MODEL, STAGES } from '../domain/testing/model-fixture';
import { PreviewInput } from './import-session';
import { ImportSessionClient, importWorker } from './import-session-client';

const BUILD = SMALL_MODEL.activities[0].uuid;
const current = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
const input: PreviewInput = {
  current,
  served: current,
  activities: SMALL_MODEL.activities.map(({ uuid, name }) => ({ uuid, name })),
  mode: 'merge',
  now: 1,
  day: '2026-12-05',
  addUnknownTeams: true,
  teamsReadOnly: false,
};
const progress = (team: string) =>
  new File([`progress:\n  ${BUILD}:\n    ${team}:\n      Started: 2026-01-05\n`], 'team-progress.yaml');
const broken = new File([`progress:\n  ${BUILD}:\n    A:\n      Started: next week\n`], 'broken.yaml');

/** A file read, refused, read again and previewed twice (the assessments sent once), as the page does. */
async function session(client: ImportSessionClient) {
  const refused = await client.call({ call: 'read', file: broken, stages: STAGES });
  const read = await client.call({ call: 'read', file: progress('Z'), stages: STAGES });
  const merge = await client.call({ call: 'preview', ...input });
  const replace = await client.call({ call: 'preview', ...input, mode: 'replace' });
  const activities = await client.call({ call: 'activities', team: 'Z' });
  const data = await client.call({ call: 'data' });
  return { refused, read, merge, replace, activities, data };
}

describe('ImportSessionClient', () => {
  const clients: ImportSessionClient[] = [];
  afterEach(() => clients.splice(0).forEach((client) => client.terminate()));
  const client = (createWorker?: () => Worker | undefined) => {
    const made = new ImportSessionClient(createWorker);
    clients.push(made);
    return made;
  };

  it('gets from the import worker exactly the answers the main thread gives', async () => {
    const worker = client(importWorker);
    const inWorker = await session(worker);
    expect(worker.inWorker).toBeTrue();
    const onMain = await session(client());
    expect(inWorker).toEqual(onMain);
    expect(inWorker.refused.ok ? [] : inWorker.refused.problems.map((p) => [p.file, p.line])).toEqual([
      ['broken.yaml', 4],
    ]);
    expect(inWorker.replace.diff.totals.stagesAdded).toBe(1);
  });

  it('answers on the main thread, in the order asked, when the worker cannot start', async () => {
    const broken = client(() => new Worker('/no-such-import-worker.js', { type: 'module' }));
    const read = broken.call({ call: 'read', file: progress('Old'), stages: STAGES });
    const again = broken.call({ call: 'read', file: progress('New'), stages: STAGES });
    const preview = broken.call({ call: 'preview', ...input });
    expect((await read).ok && (await again).ok).toBeTrue();
    expect((await preview).outcome.unknownTeams).toEqual(['New']);
    expect(broken.inWorker).toBeFalse();
  });
});
