import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { setTeamStage } from '../domain/progress/set-team-stage';
import { aliasBomb } from '../domain/testing/alias-bomb';
import { exportBackupFile } from '../domain/transfer/backup-file';
import { ImportPreviewSummary } from '../domain/transfer/import-preview';
import { AssessmentStore } from './assessment-store';
import { ImportChoice, ImportOperation, ImportRead } from './import-operation';
import { clearBrowserData, fullDisk, storedAssessment } from './testing/browser-data';
import { provideMemorySource } from './testing/memory-source';
import { BUILD_UUID, SERVED_FILES } from './testing/served-files-fixture';

const NEW_ACTIVITY =
  'New dimension:\n  New sub:\n    New activity:\n      uuid: 0c0c0c0c-1111-4222-8333-444455556666\n      level: 1\n';
const PROGRESS = `progress:\n  ${BUILD_UUID}:\n    Team B:\n      Started: 2026-06-01\n`;
const MERGE: ImportChoice = { mode: 'merge', addTeams: true };
const file = (name: string, text: string) => new File([text], name);

/** The real store on the real IndexedDB, with the served files (one activity, Team A and B) in memory. */
describe('ImportOperation', () => {
  let store: AssessmentStore;
  let imports: ImportOperation;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    await clearBrowserData();
    store = TestBed.inject(AssessmentStore);
    imports = TestBed.inject(ImportOperation);
    await store.load();
  });

  afterEach(async () => {
    await store.flush();
    await clearBrowserData();
  });

  async function readOk(name: string, text: string): Promise<Extract<ImportRead, { ok: true }>> {
    const read = await imports.read(file(name, text));
    if (!read.ok) throw new Error(`${name} was refused: ${read.problems.map((p) => p.message).join(' ')}`);
    return read;
  }

  /** The first preview made for `choice` (as the import review shows it). */
  function previewOf(choice: ImportChoice): Promise<ImportPreviewSummary> {
    const live = TestBed.runInInjectionContext(() => imports.livePreview(signal(choice), Date.now()));
    return new Promise((resolve, reject) => {
      const check = () => {
        TestBed.tick();
        const preview = live.value();
        if (live.error()) reject(new Error(live.error()));
        else if (preview && !live.pending()) resolve(preview);
        else setTimeout(check, 5);
      };
      check();
    });
  }

  async function importText(name: string, text: string, choice = MERGE) {
    await readOk(name, text);
    return imports.apply({ fileName: name, choice, preview: await previewOf(choice) });
  }

  it('refuses a file that does not parse, naming the file and the line', async () => {
    const read = await imports.read(file('team-progress.yaml', `progress:\n  x:\n    Team A:\n      Started: [oops\n`));
    expect(read.ok).toBeFalse();
    const problems = read.ok ? [] : read.problems;
    expect(problems[0].file).toBe('team-progress.yaml');
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it("refuses a backup whose custom activity file breaks the model, saying it is the backup's file", async () => {
    const backup = exportBackupFile(
      { ...store.assessment(), customFiles: [{ name: 'bomb.yaml', text: aliasBomb() }] },
      { now: 0 },
    );
    const read = await imports.read(file('backup.yaml', backup));
    expect(read.ok).toBeFalse();
    if (read.ok) return;
    expect(read.reason).toContain("the model does not load with the backup's custom activity files");
    expect(read.problems[0].file).toBe('bomb.yaml');
  });

  it('previews without changing anything; applying stores the change at once and says what it did', async () => {
    await readOk('team-progress.yaml', PROGRESS);
    const preview = await previewOf(MERGE);
    expect(preview.diff.totals.stagesAdded).toBe(1);
    expect(store.assessment().progress[BUILD_UUID]).toBeUndefined();

    const result = await imports.apply({ fileName: 'team-progress.yaml', choice: MERGE, preview });
    expect(result).toEqual({ saved: true, message: 'Imported team-progress.yaml: 1 stage date added.' });
    // Stored before apply resolved: no frame, no pause in between.
    expect((await storedAssessment())?.progress[BUILD_UUID]['Team B'].stages).toEqual({ Started: '2026-06-01' });
  });

  it("imports into the browser's data as it is when stored: an edit made meanwhile (another tab's save) is kept", async () => {
    await readOk('team-progress.yaml', PROGRESS);
    const preview = await previewOf(MERGE);
    const applying = imports.apply({ fileName: 'team-progress.yaml', choice: MERGE, preview });
    store.update((assessment) => ({
      ...assessment,
      progress: setTeamStage(
        assessment.progress,
        BUILD_UUID,
        'Team A',
        'Started',
        '2026-06-03',
        Date.now(),
        assessment.stages,
      ),
    }));
    expect((await applying).saved).toBeTrue();
    const stored = (await storedAssessment())?.progress[BUILD_UUID];
    expect(stored?.['Team A'].stages).toEqual({ Started: '2026-06-03' });
    expect(stored?.['Team B'].stages).toEqual({ Started: '2026-06-01' });
  });

  it('adds the teams a file mentions only when asked', async () => {
    const text = `progress:\n  ${BUILD_UUID}:\n    Team Z:\n      Started: 2026-06-01\n`;
    await importText('team-progress.yaml', text, { mode: 'merge', addTeams: false });
    expect(store.assessment().teams.names).toEqual(['Team A', 'Team B']);
    await importText('team-progress.yaml', text.replace('Team Z', 'Team Y'), MERGE);
    expect(store.assessment().teams.names).toEqual(['Team A', 'Team B', 'Team Y']);
  });

  it('loads the model again when a restored backup brings other custom activity files', async () => {
    const backup = exportBackupFile(
      { ...store.assessment(), customFiles: [{ name: 'extra.yaml', text: NEW_ACTIVITY }] },
      { now: 0 },
    );
    const result = await importText('backup.yaml', backup, { mode: 'replace', addTeams: true });
    expect(result.message).toContain('Imported backup.yaml: 1 other change.');
    expect(store.state().data?.model.activities.map((a) => a.name)).toEqual(['Defined build process', 'New activity']);
  });

  it('keeps an import it cannot store in this tab, says so, and loads no model from it', async () => {
    const backup = exportBackupFile(
      { ...store.assessment(), customFiles: [{ name: 'extra.yaml', text: NEW_ACTIVITY }] },
      { now: 0 },
    );
    const disk = fullDisk();
    const result = await importText('backup.yaml', backup, { mode: 'replace', addTeams: true });
    expect(result.saved).toBeFalse();
    expect(result.message).toContain('It is in this tab only: it could not be saved in the browser');
    expect(store.assessment().customFiles.map((f) => f.name)).toEqual(['extra.yaml']);
    expect(store.state().data?.model.activities.length).toBe(1);

    // Once there is room again, the next save stores it.
    disk.and.callThrough();
    await store.flush();
    expect((await storedAssessment())?.customFiles.map((f) => f.name)).toEqual(['extra.yaml']);
  });
});
