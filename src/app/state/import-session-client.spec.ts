import { fromFiles } from '../domain/assessment/empty-assessment';
import { SMALL_MODEL, STAGES } from '../domain/testing/model-fixture';
import { PreviewInput, SessionCall } from './import-session';
import { IMPORT_STOPPED, ImportSessionClient, importWorker } from './import-session-client';
import { FakeImportWorker, FakeWorkerFate } from './testing/fake-import-worker';

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

  /** A client of a fake worker that meets `fate` on the `at`-th request (0: the first). */
  function failing(fate: FakeWorkerFate, at: number) {
    const workers: FakeImportWorker[] = [];
    const why: string[] = [];
    const made = new ImportSessionClient(
      () => {
        const worker = new FakeImportWorker((_call: SessionCall, index: number) => (index === at ? fate : 'answer'));
        workers.push(worker);
        return worker as unknown as Worker;
      },
      (reason) => why.push(reason),
    );
    clients.push(made);
    return { client: made, workers, why };
  }

  it('a worker failing at any step mid-import leaves the page the same answers: the file is read again here', async () => {
    const onMain = await session(client());
    // 0 refused read, 1 read, 2 preview, 3 preview, 4 activities, 5 data.
    for (const at of [2, 3, 4, 5]) {
      const { client: failed, workers, why } = failing('fail', at);
      expect(await session(failed))
        .withContext(`the worker failing at request ${at}`)
        .toEqual(onMain);
      expect(failed.inWorker).toBeFalse();
      expect(workers[0].terminated).toBeTrue();
      expect(why).toEqual(['Uncaught RangeError: Out of memory']);
    }
  });

  it('a worker that never answers is ended by terminate: what waits for it fails at once, saying it was stopped', async () => {
    const { client: stuck, workers } = failing('hang', 1);
    await stuck.call({ call: 'read', file: progress('Z'), stages: STAGES });
    const preview = stuck.call({ call: 'preview', ...input });
    expect(stuck.busy).toBeTrue();
    stuck.terminate();
    await expectAsync(preview).toBeRejectedWithError(IMPORT_STOPPED);
    expect(workers[0].terminated).toBeTrue();
    expect(stuck.busy).toBeFalse();
  });

  it('says plainly that nothing was imported when the file cannot be read again after the worker failed', async () => {
    // A file changed or removed on disk since it was chosen: Chromium refuses to read it again. The
    // worker got a copy of the handle, which (here) still reads.
    class Vanished extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new DOMException('The file changed', 'NotReadableError'));
      }
    }
    const { client: failed, why } = failing('fail', 1);
    const file = new Vanished([`progress:\n  ${BUILD}:\n    Z:\n      Started: 2026-01-05\n`], 'team-progress.yaml');
    expect((await failed.call({ call: 'read', file, stages: STAGES })).ok).toBeTrue();
    await expectAsync(failed.call({ call: 'preview', ...input })).toBeRejectedWithError(
      'The import stopped while team-progress.yaml was being worked on, and it could not be read again: ' +
        'choose it again. Nothing was imported.',
    );
    expect(why.length).toBe(1);
  });
});
