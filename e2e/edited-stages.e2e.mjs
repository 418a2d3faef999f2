// Stages edited in the browser reach Git: the data centre offers meta.yaml with them, warns when the
// progress uses stages the served meta.yaml lacks, and the two files served together give the same
// heatmap in a fresh browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { download, heatmapLabels, importFile, MODEL_UUIDS, yamlFile } from './steps.mjs';

const progressFile = [
  'progress:',
  ...MODEL_UUIDS.slice(0, 6).flatMap((uuid, i) => [
    `  ${uuid}:`,
    '    Team A:',
    '      Started: 2026-01-05',
    ...(i % 2 === 0 ? ['      Fully implemented: 2026-02-10'] : []),
  ]),
  '',
].join('\n');

describe('edited stages reach Git', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  it('offers meta.yaml with the edited stages, warns on the progress download, and the files load elsewhere', async () => {
    const { page, url } = app;
    await importFile(page, url, yamlFile('team-progress.yaml', progressFile));

    await page.goto(`${url}/data`);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'meta.yaml' }).count(), 0, 'no meta.yaml while unedited');

    await page.goto(`${url}/settings`);
    await page.getByRole('textbox', { name: 'Stage 2 name' }).fill('Piloted');
    await page.getByRole('button', { name: 'Save stages' }).click();
    await page.getByText('Stages saved.').waitFor();

    await page.goto(`${url}/data`);
    const warning = page.getByText('The progress uses stages the served meta.yaml does not define: "Piloted"');
    await warning.waitFor();
    assert.match(await warning.textContent(), /Commit the meta\.yaml offered here with it/);

    const progress = await download(page, 'team-progress.yaml');
    assert.match(
      await page.getByRole('status').filter({ hasText: 'team-progress.yaml downloaded' }).textContent(),
      /lacks \("Piloted"\): download meta\.yaml too/,
    );
    assert.match(progress.text, /^ {6}Piloted: 2026-01-05$/m);

    const meta = await download(page, 'meta.yaml');
    assert.equal(meta.name, 'meta.yaml');
    assert.match(meta.text, /^ {2}Piloted:\n {4}score: 20%\n/m);
    assert.doesNotMatch(meta.text, /^ {2}Started:/m);
    // The rest of the served file is as it was: comments, $refs, strings.
    assert.match(meta.text, /^# DSOMM Studio: the entry point of the served data/);
    assert.match(meta.text, /^teams: \{ \$ref: 'default\/teams\.yaml#\/teams' \}$/m);
    assert.match(meta.text, /^# Loaded in order: the first file is the model/m);

    const here = await heatmapLabels(page, url);
    assert.ok(
      here.some((label) => /: [1-9]\d*%/.test(label)),
      'the progress shows',
    );

    // Committed together and served by another deployment, they read the same.
    const elsewhere = await openApp({
      overrides: { '/assets/YAML/meta.yaml': meta.text, '/assets/YAML/team-progress.yaml': progress.text },
    });
    try {
      assert.deepEqual(await heatmapLabels(elsewhere.page, elsewhere.url), here);
      await elsewhere.page.goto(`${elsewhere.url}/settings`);
      assert.equal(await elsewhere.page.getByRole('textbox', { name: 'Stage 2 name' }).inputValue(), 'Piloted');
      await elsewhere.page.getByText('These are the stages of meta.yaml.').waitFor();
      assert.deepEqual(elsewhere.errors, []);
    } finally {
      await elsewhere.close();
    }
    assert.deepEqual(app.errors, []);
  });
});
