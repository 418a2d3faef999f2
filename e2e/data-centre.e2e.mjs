// The data centre: export, reset, import the backup and see the same heatmap; broken files are
// refused with an alert naming the file and the line, and stored data stays as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import {
  axeViolations,
  clearBrowserData,
  download,
  heatmapLabels,
  importFile as importWith,
  importWorker,
  MODEL_UUIDS as UUIDS,
  putStoredRecord,
  setStage,
  stageOf,
  storedRecord,
  workerMarks,
  yamlFile as file,
} from './steps.mjs';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const progressFile = [
  'progress:',
  ...UUIDS.slice(0, 12).flatMap((uuid, i) => [
    `  ${uuid}:`,
    '    Team A:',
    '      Started: 2026-01-05',
    ...(i % 2 === 0 ? ['      Partly implemented: 2026-02-10'] : []),
    ...(i % 3 === 0 ? ['    Team C:', '      Started: 2026-03-01', '      Fully implemented: 2026-04-01'] : []),
  ]),
  '',
].join('\n');
const evidenceFile = [
  'evidence:',
  `  ${BUILD}:`,
  '    - id: 0b9f6c1e-1111-4222-8333-444455556666',
  "      teams: [Team A, 'Team: C']",
  "      title: Jenkinsfile in repo, O'Neil's review",
  '      evidenceRecorded: 2026-05-20',
  '',
].join('\n');

/** Imports in the data centre; every preview must be accessible. */
const importFile = (page, url, upload, mode = 'merge') =>
  importWith(page, url, upload, {
    mode,
    check: async () => assert.deepEqual(await axeViolations(page), [], 'the preview is accessible'),
  });

/** The database's version and stored record, opened at whatever version it has. */
const newerDatabase = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('dsomm-studio');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('kv').objectStore('kv').get('assessment');
          get.onsuccess = () => (db.close(), resolve({ version: db.version, record: get.result }));
          get.onerror = () => reject(get.error);
        };
      }),
  );

describe('data centre', () => {
  let app;
  // bypassCSP only so that axe can be injected.
  before(async () => (app = await openApp({ bypassCSP: true })));
  after(async () => app?.close());

  it('export, reset, import the backup: the same heatmap', async () => {
    const { page, url } = app;
    await importFile(page, url, file('team-progress.yaml', progressFile));
    await importFile(page, url, file('team-evidence.yaml', evidenceFile));
    const before = await heatmapLabels(page, url);
    assert.ok(
      before.some((label) => /level 1: [1-9]\d*%/.test(label)),
      'the imported progress shows on the heatmap',
    );

    await page.goto(`${url}/data`);
    const { name, text: backup } = await download(page, 'Full backup');
    assert.match(name, /^dsomm-studio-backup-\d{4}-\d{2}-\d{2}\.yaml$/);
    assert.match(backup, /^dsommStudioBackup: 1$/m);

    await clearBrowserData(page, {
      check: async () => {
        // The dialog's opening animation fades the text in: axe reads its colours once it has ended.
        await page.waitForFunction(
          () => document.querySelector('mat-dialog-container')?.getAnimations({ subtree: true }).length === 0,
        );
        assert.deepEqual(await axeViolations(page), [], 'the reset dialog is accessible');
      },
    });
    const cleared = await heatmapLabels(page, url);
    assert.notDeepEqual(cleared, before);
    assert.ok(
      cleared.every((label) => !/: [1-9]\d*%/.test(label)),
      'nothing is left after the reset',
    );

    await importFile(page, url, file('backup.yaml', backup), 'replace');
    assert.deepEqual(await heatmapLabels(page, url), before);
    await page.reload();
    assert.deepEqual(await heatmapLabels(page, url), before, 'the restored data survives a reload');
    assert.deepEqual(app.errors, []);
  });

  it('refuses a broken file, or one keyed by activity names, with an alert naming the file and the line; stored data is unchanged', async () => {
    const { page, url } = app;
    const before = await heatmapLabels(page, url);
    await page.goto(`${url}/data`);
    const broken = `progress:\n  ${BUILD}:\n    Team A:\n      Started: next week\n`;
    const worker = importWorker(page);
    await page.locator('app-import-panel input[type=file]').setInputFiles(file('broken-progress.yaml', broken));
    const alert = page.getByRole('alert').filter({ hasText: 'broken-progress.yaml' });
    await alert.waitFor();
    assert.equal(await workerMarks(await worker, 'dsomm:import-read'), 1, 'the import worker read the file');
    assert.match(await alert.textContent(), /broken-progress\.yaml, line 4: .*expected a date written YYYY-MM-DD/);
    assert.match(await alert.textContent(), /Nothing was changed/);
    assert.deepEqual(await axeViolations(page), [], 'the refusal is accessible');

    // Hand-written, keyed by an activity's name (misspelt): it would never count, so it is refused.
    const named = `progress:\n  ${BUILD}:\n    Team A:\n      Started: 2026-01-05\n  Defined deploymnet process:\n    Team A:\n      Started: 2026-01-05\n`;
    await page.locator('app-import-panel input[type=file]').setInputFiles(file('named-progress.yaml', named));
    const refusal = page.getByRole('alert').filter({ hasText: 'named-progress.yaml' });
    await refusal.waitFor();
    assert.match(
      await refusal.textContent(),
      /named-progress\.yaml, line 5: "Defined deploymnet process" is not an activity uuid: it reads as the name of the activity "Defined deployment process"\. Write its uuid, 74938a3f-1269-49b9-9d0f-c43a79a1985a, in its place\./,
    );
    await page.reload();
    assert.deepEqual(await heatmapLabels(page, url), before);
  });

  it('points out dates after today in the preview, and imports them as written', async () => {
    const { page, url } = app;
    const later = `progress:\n  ${BUILD}:\n    Team B:\n      Fully implemented: 2099-03-01\n`;
    await importWith(page, url, file('later-progress.yaml', later), {
      check: async () => {
        const note = await page.getByRole('note').filter({ hasText: 'after today' }).textContent();
        assert.match(note, /1 date in the file is after today/);
        assert.match(note, /Team B, Defined build process: Fully implemented, counts from .*2099/);
        assert.deepEqual(await axeViolations(page), [], 'the preview is accessible');
      },
    });
  });

  it('refuses binary data, a wrong top-level key and a YAML bomb, and keeps working', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    const input = page.locator('app-import-panel input[type=file]');
    const cases = [
      [
        {
          name: 'photo.yaml',
          mimeType: 'image/png',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff]),
        },
        /not a text file/,
      ],
      [file('wrong.yaml', 'teamz:\n  - A\n'), /wrong\.yaml, line 1: The top-level key "teamz"/],
      [
        file(
          'bomb.yaml',
          [
            'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
            ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
            `progress:\n  ${BUILD}:\n    Team A: *a8`,
          ].join('\n'),
        ),
        /YAML bomb/,
      ],
    ];
    for (const [upload, message] of cases) {
      await input.setInputFiles(upload);
      const alert = page.getByRole('alert').filter({ hasText: upload.name });
      await alert.waitFor();
      assert.match(await alert.textContent(), message);
    }
    // Still working: a good file is read and previewed.
    await input.setInputFiles(file('teams.yaml', 'teams: [Team A, Team B, Team C, Team D, New team]\n'));
    await page.getByRole('heading', { name: 'Import "teams.yaml": a teams file' }).waitFor();
    await page.getByText('Teams added: "New team"').waitFor();
    assert.deepEqual(app.errors, []);
  });

  it('recovery: unreadable stored data is offered for download, also after an edit and a reload', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    // What a newer app version, or a half-written save, might leave behind.
    await putStoredRecord(page, { schema: 99, savedAt: 1, tabId: 'x', value: { note: 'keep me' } });
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Your saved browser data could not be read' });
    await banner.waitFor();
    assert.match(await banner.textContent(), /layout version 99/);

    // The app works (an import is saved over the unreadable value) and the offer stays, even after a reload.
    await importFile(page, url, file('teams.yaml', 'teams: [Team A, Team B, Team C, Team D, Team E]\n'));
    await page.reload();
    await banner.waitFor();
    const unreadable = await download(page, 'Download the unreadable data', banner);
    assert.match(unreadable.text, /keep me/);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    assert.equal(await page.getByText('Your saved browser data could not be read').count(), 0);
    await page.getByText('5 teams, 2 groups').waitFor();
  });

  it('recovery: one unreadable entry is set aside alone; the rest loads and stays; the download imports', async () => {
    const { page, url } = app;
    await importFile(page, url, file('team-progress.yaml', progressFile));
    // A stage date stored as a number, as a bug or a hand edit might leave it.
    const record = await storedRecord(page);
    record.value.progress[BUILD]['Team A'].stages = { Started: 1767225600000 };
    await putStoredRecord(page, record);
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Part of your saved browser data could not be read' });
    await banner.waitFor();
    assert.match(
      await banner.textContent(),
      /the progress of "Team A" on "Defined build process": the date of "Started" is number 1767225600000/,
    );
    // The rest is loaded: Team C's progress on the same activity is the stored one, not the served files'.
    await page.goto(`${url}/activity/${BUILD}`);
    await banner.waitFor();
    assert.match(await stageOf(page, 'Team C', 'Defined build process'), /Fully implemented/);

    // The download is a backup the data centre imports, naming what it does not import.
    const setAside = await download(page, 'Download the unreadable data', banner);
    assert.match(setAside.text, /dsommStudioBackup: 1/);
    assert.match(setAside.text, /Started: 1767225600000/);
    await page.goto(`${url}/data`);
    await page.locator('app-import-panel input[type=file]').setInputFiles(file(setAside.name, setAside.text));
    await page.getByRole('heading', { name: `Import "${setAside.name}"` }).waitFor();
    await page.locator('app-import-review details.warnings summary').click();
    await page.getByText(/not imported: the progress of "Team A" on "Defined build process"/).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    // An edit and a reload keep what was read (before, the next edit wrote the served files over it).
    await page.goto(`${url}/activity/${BUILD}`);
    await setStage(page, 'Team D', 'Defined build process', 'Started');
    await page.locator('app-save-status').getByText('All changes saved').waitFor();
    await page.reload();
    assert.match(await stageOf(page, 'Team C', 'Defined build process'), /Fully implemented/);
    assert.match(await stageOf(page, 'Team D', 'Defined build process'), /Started/);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('recovery: a database of a newer version (after a rollback) is offered for download and never written', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    // A newer version of the app upgrades the database (this tab lets go of it) and stores its data.
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('dsomm-studio', 2);
          request.onupgradeneeded = () =>
            request.transaction
              .objectStore('kv')
              .put({ schema: 2, value: { note: 'made by the newer version' } }, 'assessment');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => (request.result.close(), resolve());
        }),
    );
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Your saved browser data could not be read' });
    await banner.waitFor();
    await page.getByText(/saved by a newer version of DSOMM Studio.*saves nothing/).waitFor();
    const newer = await download(page, 'Download the unreadable data', banner);
    assert.match(newer.text, /made by the newer version/);

    await page.goto(`${url}/activity/${BUILD}`);
    await page.getByRole('combobox', { name: 'Stage of Team A for Defined build process' }).waitFor();
    await setStage(page, 'Team A', 'Defined build process', 'Partly implemented');
    await page.locator('app-save-status').getByText('Not saved').waitFor();
    assert.deepEqual(await newerDatabase(page), {
      version: 2,
      record: { schema: 2, value: { note: 'made by the newer version' } },
    });
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('dsomm-studio');
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        }),
    );
  });
});
