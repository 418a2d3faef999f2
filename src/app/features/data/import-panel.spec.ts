import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { ImportPanel } from './import-panel';
import { IMPORT_WORKER, ImportOperation } from '../../state/import-operation';
import { FakeImportWorker, FakeWorkerFate } from '../../state/testing/fake-import-worker';
import { SessionCall } from '../../state/import-session';
import { aliasBomb } from '../../domain/testing/alias-bomb';
import { exportBackupFile } from '../../domain/transfer/backup-file';
import { provideMemorySource } from '../../state/testing/memory-source';
import { SERVED_FILES } from '../../state/testing/served-files-fixture';
import { until } from '../../shared/testing/until';
import { ThemeService } from '../../shared/theme/theme-service';
import { DataFiles } from './data-files';
import { BUNDLED_TEAMS } from '../../state/bundled-teams';
import { Teams } from '../../domain/types';

const BUILD = SMALL_MODEL.activities[0].uuid;
const DEPLOY = SMALL_MODEL.activities[2].uuid;

describe('ImportPanel', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<ImportPanel>;
  let root: HTMLElement;
  /** The teams of the build's own files, as index.html's snapshot gives them (none in the specs). */
  let bundled: Teams | undefined;

  beforeEach(() => {
    bundled = undefined;
    store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams: ['Team A', 'Team B'],
        progress: {
          [BUILD]: { 'Team A': { stages: { Started: '2026-01-01' } }, 'Team B': { stages: { Started: '2026-01-02' } } },
        },
      }),
    );
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideMemorySource(SERVED_FILES),
        { provide: BUNDLED_TEAMS, useValue: () => bundled },
      ],
    });
    fixture = TestBed.createComponent(ImportPanel);
    root = fixture.nativeElement;
    fixture.detectChanges();
  });

  function choose(name: string, content: string | Uint8Array): void {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content as BlobPart], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  /** The import's preview, once it is worked out (in the import worker). */
  const previewShown = () =>
    until(fixture, () => root.querySelector('app-import-review:has([aria-busy="false"])'), 'the preview');
  const button = (text: RegExp) => [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));

  /** Confirms once the preview of the choice made is there (it is worked out in the import worker). */
  async function confirm(text: RegExp): Promise<void> {
    const ready = await until(
      fixture,
      () => (button(text)?.disabled === false ? button(text) : undefined),
      'the preview',
    );
    ready.click();
  }

  it('refuses a file that does not parse, in an alert naming the file and the line; the data stays', async () => {
    const before = store.state().assessment;
    choose('team-progress.yaml', `progress:\n  ${BUILD}:\n    Team A:\n      Started: [oops\n`);
    const alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).toContain('"team-progress.yaml" was not imported');
    expect(alert.textContent).toMatch(/team-progress\.yaml, line \d+: YAML syntax error/);
    expect(store.state().assessment).toBe(before);
  });

  it('refuses a file with the wrong top-level key and a binary file, saying why', async () => {
    choose('p.yaml', '# mine\nprogres:\n  x: {}\n');
    let alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).toContain('p.yaml, line 2: The top-level key "progres"');
    choose('image.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]));
    alert = await until(
      fixture,
      () =>
        root.querySelector('[role="alert"]')?.textContent?.includes('image.yaml')
          ? root.querySelector('[role="alert"]')
          : null,
      'the second alert',
    );
    expect(alert.textContent).toContain('not a text file');
  });

  it('previews what a file changes per team and activity, and changes nothing until confirmed', async () => {
    const before = store.state().assessment;
    choose(
      'team-progress.yaml',
      `progress:\n  ${BUILD}:\n    Team A:\n      Started: 2026-01-01\n      Partly implemented: 2026-06-01\n  ${DEPLOY}:\n    Team B:\n      Started: 2026-06-02\n`,
    );
    const review = await previewShown();
    expect(review.textContent).toContain('Import "team-progress.yaml": a progress file');
    expect(review.textContent).toContain('2 teams: 2 stage dates added');
    expect(store.state().assessment).toBe(before);

    const teamA = review.querySelector('details')!;
    teamA.open = true;
    teamA.dispatchEvent(new Event('toggle'));
    await until(fixture, () => teamA.querySelector('.changes'), 'the activities of Team A');
    expect(teamA.textContent).toContain('Defined build process');
    expect(teamA.textContent).toContain('Added: Partly implemented reached');

    await confirm(/Merge the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    const progress = store.state().assessment.progress;
    expect(progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-01-01', 'Partly implemented': '2026-06-01' });
    expect(progress[DEPLOY]['Team B'].stages).toEqual({ Started: '2026-06-02' });
    expect(progress[BUILD]['Team B']).toBe(before.progress[BUILD]['Team B']);
    expect(root.querySelector('[role="status"]:last-of-type')?.textContent).toContain(
      'Imported team-progress.yaml: 2 stage dates added',
    );
  });

  it('replace removes what the file does not have, after the preview says so', async () => {
    choose('team-progress.yaml', `progress:\n  ${DEPLOY}:\n    Team B:\n      Started: 2026-06-02\n`);
    const review = await previewShown();
    const replace = review.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!;
    replace.click();
    await until(fixture, () => review.textContent?.includes('2 stage dates removed'), 'the replace preview');
    await confirm(/Replace with the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    const progress = store.state().assessment.progress;
    expect(
      Object.keys(progress[BUILD] ?? {}).filter((team) => Object.keys(progress[BUILD][team].stages).length > 0),
    ).toEqual([]);
    expect(progress[DEPLOY]['Team B'].stages).toEqual({ Started: '2026-06-02' });
  });

  it('a backup carries the theme chosen, and restoring it brings that theme back', async () => {
    const theme = TestBed.inject(ThemeService);
    try {
      theme.set('dark');
      const backup = TestBed.inject(DataFiles).text('backup');
      expect(backup).toContain('theme: dark');
      theme.set('light');
      choose('backup.yaml', backup);
      const review = await previewShown();
      review.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!.click();
      fixture.detectChanges();
      await confirm(/Replace with the file/);
      await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
      TestBed.tick();
      expect(theme.choice()).toBe('dark');
      expect(document.documentElement.classList).toContain('theme-dark');
    } finally {
      document.documentElement.classList.remove('theme-dark', 'theme-light');
      localStorage.removeItem('dsomm-studio.theme-shown');
    }
  });

  it("a teams file replaces the teams the app came with when nobody's work was recorded here", async () => {
    bundled = { names: ['Team A', 'Team B'], groups: {} };
    choose('teams.yaml', 'teams: [Red, Blue, Green]\n');
    const review = await previewShown();
    expect(review.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!.checked).toBeTrue();
    expect(review.textContent).toContain('Replace the sample teams (Team A, Team B)');
    expect(review.textContent).toContain('The team list then has 3 teams (now 2).');
    await confirm(/Replace with the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(store.state().assessment.teams.names).toEqual(['Red', 'Blue', 'Green']);
  });

  it("calls the served teams an organisation's own, not sample teams, when they are not the build's", async () => {
    // A teams.yaml mounted over the image's: the build's own file lists other teams.
    bundled = { names: ['Team A', 'Team B', 'Team C', 'Team D'], groups: { Platform: ['Team C', 'Team D'] } };
    choose('teams.yaml', 'teams: [Red, Blue, Green]\n');
    const review = await previewShown();
    expect(review.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!.checked).toBeTrue();
    expect(review.textContent).toContain('Replace the served teams (Team A, Team B)');
    expect(review.textContent).not.toContain('sample');
  });

  it('a teams file is added to the current teams once work was recorded for them here', async () => {
    store.set(
      readyState(SMALL_MODEL, {
        teams: ['Team A', 'Team B'],
        progress: { [BUILD]: { 'Team A': { stages: { Started: '2026-01-01' }, editedAt: 1 } } },
      }),
    );
    choose('teams.yaml', 'teams: [Red, Blue, Green]\n');
    const review = await previewShown();
    expect(review.querySelector<HTMLInputElement>('input[type=radio][value=merge]')!.checked).toBeTrue();
    expect(review.textContent).toContain('Work was recorded for the current teams in this browser');
    expect(review.textContent).toContain('The team list then has 5 teams (now 2).');
    await confirm(/Merge the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B', 'Red', 'Blue', 'Green']);
  });

  it('cancel leaves everything as it was', async () => {
    const before = store.state().assessment;
    choose('teams.yaml', 'teams: [Team A, Team B, Team C]\n');
    await previewShown();
    button(/^\s*Cancel\s*$/)!.click();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the cancel');
    expect(store.state().assessment).toBe(before);
    expect(root.textContent).toContain(
      'Import cancelled: nothing was imported, and the data stored in this browser is unchanged.',
    );
  });

  it('leaving the page forgets the file read and its preview (they can be tens of MB)', async () => {
    choose('team-progress.yaml', `progress:\n  ${DEPLOY}:\n    Team B:\n      Started: 2026-06-02\n`);
    await previewShown();
    const imports = TestBed.inject(ImportOperation);
    expect((await imports.activitiesOf('Team B')).length).toBe(1);
    fixture.destroy();
    expect(await imports.activitiesOf('Team B')).toEqual([]);
  });

  it('lists teams and activities the app does not know, and adds the teams only if asked', async () => {
    choose('team-progress.yaml', `progress:\n  not-a-uuid:\n    Team Z:\n      Started: 2026-06-02\n`);
    const review = await previewShown();
    expect(review.textContent).toContain('1 team that the team list does not have: Team Z');
    expect(review.textContent).toContain('not-a-uuid (1 entry)');
    const tick = review.querySelector<HTMLInputElement>('mat-checkbox input')!;
    tick.click();
    fixture.detectChanges();
    await confirm(/Merge the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B']);
    expect(store.state().assessment.progress['not-a-uuid']['Team Z'].stages).toEqual({ Started: '2026-06-02' });
  });

  it('lists each kept unknown key with its line, and counts one as one ("its entries", "It is")', async () => {
    store.today.set('2026-12-05');
    const one = [
      'progress:',
      '  not-a-uuid:',
      '    Team Z:',
      '      Done: 2026-06-02',
      '      Started: 2027-01-04',
      '',
    ];
    choose('team-progress.yaml', one.join('\n'));
    const review = await previewShown();
    const text = () => review.textContent!.replace(/\s+/g, ' ');
    expect(text()).toContain(
      '1 activity uuid is not in the loaded model; its entries are kept (they count once a custom activity file defines it):',
    );
    expect(text()).toContain('line 2: not-a-uuid (1 entry)');
    expect(text()).toContain('1 stage name is not in the progress definition; its dates are kept but do not count:');
    expect(text()).toContain('line 4: "Done" (1 entry)');
    expect(text()).toContain('1 team that the team list does not have: Team Z. Its data is imported either way.');
    expect(text()).toContain('1 date in the file is after today (Dec 5, 2026). It is imported as written;');

    button(/^\s*Cancel\s*$/)!.click();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the cancel');
    const two = [...one.slice(0, 5), '  other:', '    Team Y:', '      Done: 2026-06-02', '      Later: 2027-01-04'];
    choose('team-progress.yaml', [...two, '      Started: 2027-01-04', ''].join('\n'));
    const again = await previewShown();
    const more = again.textContent!.replace(/\s+/g, ' ');
    expect(more).toContain('2 activity uuids are not in the loaded model; their entries are kept');
    expect(more).toContain('line 6: other (1 entry)');
    expect(more).toContain('2 stage names are not in the progress definition; their dates are kept');
    expect(more).toContain('line 9: "Later" (1 entry)');
    expect(more).toContain('Team Z, Team Y. Their data is imported either way.');
    expect(more).toContain('2 dates in the file are after today (Dec 5, 2026). They are imported as written;');
  });

  it('a file of thousands of teams: its counts thousands separated, its teams listed a few at a time', async () => {
    const teams = Array.from({ length: 1200 }, (_, i) => `    Team ${i + 1}:\n      Started: 2026-06-02\n`);
    choose('team-progress.yaml', `progress:\n  ${DEPLOY}:\n${teams.join('')}`);
    const review = await previewShown();
    expect(review.textContent).toContain('The file mentions 1,200 teams that the team list does not have');
    expect(review.textContent).toContain('1,200 teams: 1,200 stage dates added');
    const added = [...review.querySelectorAll('.other li')].map((li) => li.textContent!.trim());
    const first20 = Array.from({ length: 20 }, (_, i) => `"Team ${i + 1}"`).join(', ');
    expect(added).toEqual([`Teams added: ${first20} and 1,180 more`]);
    const rows = () => review.querySelectorAll('app-team-diff-list .teams > li').length;
    const more = () =>
      review.querySelector('app-team-diff-list app-show-more')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(rows()).toBe(30);
    expect(more()).toBe('Showing 30 of 1,200 teams. Show 200 more');
    button(/Show 200 more/)!.click();
    fixture.detectChanges();
    expect(rows()).toBe(230);
    expect(more()).toBe('Showing 230 of 1,200 teams. Show 200 more');
  });

  it('restoring a backup keeps its team list: a team its progress names that the list lacks stays unlisted', async () => {
    // Found by a walk: a hand-written progress file's "Ghost team" (not in teams.yaml) was kept
    // unlisted; restoring the browser's backup elsewhere added it to the team list unless unticked.
    store.update((assessment) => ({
      ...assessment,
      progress: { ...assessment.progress, [DEPLOY]: { 'Ghost team': { stages: { Started: '2026-01-15' } } } },
    }));
    const backup = TestBed.inject(DataFiles).text('backup');
    store.update((assessment) => ({ ...assessment, progress: {} }));
    choose('backup.yaml', backup);
    const review = await previewShown();
    expect(review.textContent).toContain('1 team that the team list does not have: Ghost team');
    expect(review.querySelector<HTMLInputElement>('mat-checkbox input')!.checked).toBeFalse();
    review.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!.click();
    fixture.detectChanges();
    await confirm(/Replace with the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(store.state().assessment.teams.names).toEqual(['Team A', 'Team B']);
    expect(store.state().assessment.progress[DEPLOY]['Ghost team'].stages).toEqual({ Started: '2026-01-15' });
  });

  it('refuses a backup whose custom activity file is an alias bomb, as the custom files panel would; nothing changes', async () => {
    const before = store.state().assessment;
    const backup = exportBackupFile({ ...before, customFiles: [{ name: 'bomb.yaml', text: aliasBomb() }] }, { now: 0 });
    choose('backup.yaml', backup);
    const alert = await until(fixture, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('"backup.yaml" was not imported');
    expect(alert.textContent).toContain("the model does not load with the backup's custom activity files");
    expect(alert.textContent).toMatch(/bomb\.yaml, line 4: The file uses YAML aliases .* \(a "YAML bomb"\)/);
    expect(store.state().assessment).toBe(before);
  });

  it('points out dates after today, with team, activity and the day they count from, and still imports them', async () => {
    store.today.set('2026-12-05');
    const state = store.state();
    store.set({ ...state, assessment: { ...state.assessment, settings: { dateLocale: 'en-GB' } } });
    choose(
      'team-progress.yaml',
      [
        'progress:',
        `  ${BUILD}:`,
        '    Team A:',
        '      Started: 2026-12-05',
        '      Fully implemented: 2027-03-01',
        `  ${DEPLOY}:`,
        '    Team B:',
        "      'Not applicable: moving to SaaS': 2027-01-10",
        '',
      ].join('\n'),
    );
    const review = await previewShown();
    const note = review.querySelector('[role="note"]')!;
    expect(note.textContent).toContain('2 dates in the file are after today (5 Dec 2026).');
    const items = [...note.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Team A, Defined build process: Fully implemented, counts from 1 Mar 2027',
      'Team B, Defined deployment process: Not applicable, counts from 10 Jan 2027',
    ]);

    await confirm(/Merge the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    const progress = store.state().assessment.progress;
    expect(progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-12-05', 'Fully implemented': '2027-03-01' });
    expect(store.status(BUILD, 'Team A').stage?.title).toBe('Started');
    expect(store.status(DEPLOY, 'Team B').kind).toBe('not-assessed');
  });

  it('points out a review dated after today in an evidence file; the review counts from its day', async () => {
    store.today.set('2026-12-05');
    const state = store.state();
    store.set({ ...state, assessment: { ...state.assessment, settings: { dateLocale: 'en-GB' } } });
    choose(
      'team-evidence.yaml',
      [
        'evidence:',
        `  ${BUILD}:`,
        '    - title: Pipeline log',
        '      teams: [Team A]',
        '      evidenceRecorded: 2026-01-10',
        '      reviewer: Kim',
        '      reviewed: 2027-02-01',
        '',
      ].join('\n'),
    );
    const review = await previewShown();
    const note = review.querySelector('[role="note"]')!;
    expect(note.textContent).toContain('1 date in the file is after today (5 Dec 2026).');
    const items = [...note.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Team A, Defined build process: evidence "Pipeline log" reviewed 1 Feb 2027']);
    await confirm(/Merge the file/);
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(store.state().assessment.evidence.find((e) => e.title === 'Pipeline log')?.reviewed).toBe('2027-02-01');
    // Not yet a review: the evidence is confirmed by its recording day alone.
    expect(store.status(BUILD, 'Team A').evidence.reviewed).toBeUndefined();
  });

  it('a file that changes nothing cannot be imported', async () => {
    choose('team-progress.yaml', `progress:\n  ${BUILD}:\n    Team A:\n      Started: 2026-01-01\n`);
    const review = await previewShown();
    expect(review.textContent).toContain('Nothing: this browser already holds what the file says.');
    expect(button(/Merge the file/)!.disabled).toBeTrue();
  });
});

describe('ImportPanel, when the import worker fails or stops answering', () => {
  let store: FakeAssessmentStore;
  let fixture: ComponentFixture<ImportPanel>;
  let root: HTMLElement;
  let workers: FakeImportWorker[];
  let fate: (call: SessionCall) => FakeWorkerFate;
  const file = `progress:\n  ${DEPLOY}:\n    Team B:\n      Started: 2026-06-02\n`;

  beforeEach(() => {
    workers = [];
    fate = () => 'answer';
    store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams: ['Team A', 'Team B'],
        progress: { [BUILD]: { 'Team A': { stages: { Started: '2026-01-01' } } } },
      }),
    );
    const createWorker = () => {
      // Each worker meets its fate once: the one started after a cancel answers.
      const first = workers.length === 0;
      const worker = new FakeImportWorker((call) => (first ? fate(call) : 'answer'));
      workers.push(worker);
      return worker as unknown as Worker;
    };
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideMemorySource(SERVED_FILES),
        { provide: IMPORT_WORKER, useValue: createWorker },
      ],
    });
    fixture = TestBed.createComponent(ImportPanel);
    root = fixture.nativeElement;
    fixture.detectChanges();
  });

  function choose(content: string): void {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'team-progress.yaml'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }
  const button = (text: RegExp) => [...root.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''));
  const previewed = () =>
    until(fixture, () => root.querySelector('app-import-review:has([aria-busy="false"])'), 'the preview');
  async function merge(): Promise<void> {
    const ready = () => (button(/Merge the file/)?.disabled === false ? button(/Merge the file/) : undefined);
    (await until(fixture, ready, 'Merge')).click();
  }
  const status = () => root.querySelector('.status[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

  it('starts the worker once shown, before a file is chosen: its start-up is not part of the wait', async () => {
    await fixture.whenStable();
    expect(workers.length).toBe(1);
    choose(file);
    expect((await previewed()).textContent).toContain('1 team: 1 stage date added');
    expect(workers.length).toBe(1);
    expect(workers[0].calls).toEqual(['read', 'preview']);
  });

  it('a worker failing before a file is chosen: the page reads it, and says so once it does', async () => {
    await fixture.whenStable();
    workers[0].dispatchEvent(new ErrorEvent('error', { message: 'Uncaught SyntaxError: Unexpected token' }));
    expect(status()).toBe('');
    choose(file);
    expect((await previewed()).textContent).toContain('1 team: 1 stage date added');
    expect(status()).toContain(
      "The import's background reader stopped (Uncaught SyntaxError: Unexpected token); the import goes on in this page",
    );
    await merge();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(status()).toContain('Imported team-progress.yaml: 1 stage date added');
  });

  it('a worker failing while working out the preview: the page reads the file again, says so, and the import works', async () => {
    fate = (call) => (call === 'preview' ? 'fail' : 'answer');
    const before = store.state().assessment;
    choose(file);
    const review = await previewed();
    expect(review.textContent).toContain('1 team: 1 stage date added');
    expect(review.textContent).not.toContain('could not be made');
    expect(status()).toContain(
      "The import's background reader stopped (Uncaught RangeError: Out of memory); the import goes on in this page",
    );
    expect(workers[0].terminated).toBeTrue();
    expect(store.state().assessment).toBe(before);

    await merge();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(status()).toContain('Imported team-progress.yaml: 1 stage date added');
    expect(store.state().assessment.progress[DEPLOY]['Team B'].stages).toEqual({ Started: '2026-06-02' });
    expect(store.state().assessment.progress[BUILD]).toBe(before.progress[BUILD]);
  });

  it('a worker failing as Merge is clicked: the data is read again in the page and imported', async () => {
    fate = (call) => (call === 'apply' ? 'fail' : 'answer');
    choose(file);
    await merge();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    expect(status()).toContain('Imported team-progress.yaml: 1 stage date added');
    expect(store.state().assessment.progress[DEPLOY]['Team B'].stages).toEqual({ Started: '2026-06-02' });
  });

  it('a worker that never finishes reading: Cancel ends it, nothing is imported, and the next file is read', async () => {
    fate = (call) => (call === 'read' ? 'hang' : 'answer');
    const before = store.state().assessment;
    choose(file);
    await until(fixture, () => root.textContent?.includes('Reading team-progress.yaml…'), 'the reading');
    button(/^\s*Cancel\s*$/)!.click();
    fixture.detectChanges();
    expect(status()).toBe('Import cancelled: nothing was imported, and the data stored in this browser is unchanged.');
    expect(root.textContent).not.toContain('Reading team-progress.yaml');
    await until(fixture, () => document.activeElement?.textContent?.trim() === 'Choose a file', 'the focus moved on');
    expect(workers[0].terminated).toBeTrue();
    expect(store.state().assessment).toBe(before);

    choose(file);
    const review = await previewed();
    expect(review.textContent).toContain('1 team: 1 stage date added');
    expect(workers.length).toBe(2);
  });

  it('a worker that never finishes the preview or the merge: Cancel still ends it, the data unchanged', async () => {
    for (const stuck of ['preview', 'apply'] as const) {
      fate = (call) => (call === stuck ? 'hang' : 'answer');
      const before = store.state().assessment;
      choose(file);
      if (stuck === 'apply') await merge();
      else
        await until(fixture, () => root.textContent?.includes('Working out what the import would change'), 'the wait');
      fixture.detectChanges();
      const cancel = button(/^\s*Cancel\s*$/)!;
      expect(cancel.disabled).withContext(stuck).toBeFalse();
      cancel.click();
      await until(fixture, () => !root.querySelector('app-import-review'), 'the cancel');
      expect(status())
        .withContext(stuck)
        .toBe('Import cancelled: nothing was imported, and the data stored in this browser is unchanged.');
      expect(workers[0].terminated).withContext(stuck).toBeTrue();
      expect(store.state().assessment).withContext(stuck).toBe(before);
      // The next file's worker (the first after a cancel) meets the next fate.
      workers = [];
    }
  });
});
