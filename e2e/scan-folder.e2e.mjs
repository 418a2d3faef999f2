// The data centre's "Scan a repository": a folder picked in the browser is scanned with the rules and
// code of `dsomm scan`, and its proposal goes through the import preview before anything is stored.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApp } from './support.mjs';
import { axeViolations, stageOf } from './steps.mjs';

const SAST = '6c05c837-8c99-46e2-828b-7c903e27dba4';
const FILES = {
  '.github/workflows/ci.yml':
    'on: [push, pull_request]\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          npm run build\n      # - run: gitleaks detect\n      - run: semgrep ci\n',
  Dockerfile: 'FROM node:20-alpine\nUSER node\n',
  'node_modules/dep/.github/workflows/ci.yml': 'on: push\njobs:\n  x:\n    steps: [{run: gitleaks detect}]\n',
};

describe('scan a repository folder', () => {
  let app;
  let repository;
  before(async () => {
    repository = join(mkdtempSync(join(tmpdir(), 'dsomm-e2e-repo-')), 'shop');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(repository, path)), { recursive: true });
      writeFileSync(join(repository, path), text);
    }
    // bypassCSP only so that axe can be injected.
    app = await openApp({ bypassCSP: true });
  });
  after(async () => {
    await app?.close();
    rmSync(dirname(repository), { recursive: true, force: true });
  });

  it('proposes stages for the chosen team, previews them with the focus on the preview, and merges them', async () => {
    const { page, url } = app;
    await page.goto(`${url}/data`);
    await page.getByRole('heading', { name: 'Scan a repository' }).waitFor();
    await page.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: 'Team B' }).click();
    await page.locator('app-scan-folder input[type=file]').setInputFiles(repository);
    const heading = page.getByRole('heading', { name: 'Import "shop-scan.yaml": a DSOMM Studio backup' });
    await heading.waitFor();
    assert.equal(await heading.evaluate((h) => h === document.activeElement), true, 'the preview has the focus');
    await page.getByText(/shop for Team B: \d+ stages proposed/).waitFor();
    await page.locator('app-team-diff-list summary').first().click();
    // A team's activities are drawn once it is opened.
    await page
      .locator('app-import-review')
      .getByText(/Static analysis for important server side components/)
      .first()
      .waitFor();
    const changes = await page.locator('app-import-review').innerText();
    assert.doesNotMatch(
      changes,
      /Test for stored secrets in code/,
      'a commented-out step and node_modules prove nothing',
    );
    assert.deepEqual(await axeViolations(page), [], 'the scan panel and the preview are accessible');
    await page.getByRole('button', { name: 'Merge the file' }).click();
    await page.getByText(/Imported shop-scan\.yaml/).waitFor();
    await page.goto(`${url}/activity/${SAST}`);
    assert.match(
      await stageOf(page, 'Team B', 'Static analysis for important server side components'),
      /Fully implemented/,
    );
    assert.deepEqual(app.errors, []);
  });
});
