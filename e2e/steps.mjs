// Steps the e2e tests share, written as a user would do them: by role and accessible name, through
// the same pages. Each takes the Playwright page (and the app's base URL where it navigates).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The activity uuids of the bundled model, in file order: tests read them so they follow the model. */
export const MODEL_UUIDS = [
  ...readFileSync(new URL('../src/assets/YAML/default/model.yaml', import.meta.url), 'utf8').matchAll(
    /^ {6}uuid: (\S+)$/gm,
  ),
].map((m) => m[1]);

/** A YAML file as `setInputFiles` takes it. */
export const yamlFile = (name, text) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Serious or critical axe violations on the page as it is now (a page, a preview, an alert, a
 * dialog). The app must be opened with `bypassCSP: true` so that the axe script can be injected.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  });
}

/** The labels of the heatmap on the page, which say each sector's score: what a user compares. */
export async function sectorLabels(page) {
  await page.locator('path.sector').first().waitFor();
  return page.locator('path.sector').evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label')));
}

/** Loads the heatmap (`query` e.g. `?teams=Team%20B`) and reads its sector labels. */
export async function heatmapLabels(page, url, query = '') {
  await page.goto(`${url}/heatmap${query}`);
  return sectorLabels(page);
}

/** Goes to a page with the main navigation, as a user does: no reload. */
export async function openFromNav(page, name) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Tabs from where the focus is until a sector of the heatmap has it. */
export async function tabToChart(page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('path.sector'))) return;
  }
  assert.fail('no sector reachable with Tab');
}

/** The accessible name of the focused element. */
export const focusedLabel = (page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Picks `stage` in the stage select of `team` for the activity `activity` (by name). */
export async function setStage(page, team, activity, stage) {
  await page.getByRole('combobox', { name: `Stage of ${team} for ${activity}` }).click();
  await page.getByRole('option', { name: stage, exact: true }).click();
  await page.getByRole('option', { name: stage, exact: true }).waitFor({ state: 'detached' });
}

/**
 * Waits until the toolbar says that everything shown is stored in the browser (the store writes a
 * change right after the frame that shows it). The frame first lets the toolbar show the change's
 * "Saving…", where the text of before could still be read.
 */
export async function allSaved(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  await page.locator('app-save-status').getByText('All changes saved').waitFor();
}

/** The stage shown in the stage select of `team` for `activity`. */
export const stageOf = (page, team, activity) =>
  page.getByRole('combobox', { name: `Stage of ${team} for ${activity}` }).innerText();

/** Clicks the download button called `name` (in `within`, e.g. a banner); the file's suggested name and text. */
export async function download(page, name, within = page) {
  const [file] = await Promise.all([page.waitForEvent('download'), within.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/**
 * Imports `upload` in the data centre: chooses the file, waits for the preview, opens the first
 * team's changes, picks Replace if asked, lets `check` look at the preview, then confirms.
 */
export async function importFile(page, url, upload, { mode = 'merge', check } = {}) {
  await page.goto(`${url}/data`);
  await page.getByRole('heading', { name: 'Import' }).waitFor();
  await page.locator('app-import-panel input[type=file]').setInputFiles(upload);
  await page.getByRole('heading', { name: /^Import "/ }).waitFor();
  await previewShown(page);
  if (mode === 'replace') {
    await page.getByRole('radio', { name: /Replace/ }).check();
    await previewShown(page);
  }
  const teams = page.locator('app-team-diff-list summary');
  if ((await teams.count()) > 0) await teams.first().click();
  await check?.();
  await page.getByRole('button', { name: mode === 'replace' ? 'Replace with the file' : 'Merge the file' }).click();
  await page.getByText(new RegExp(`Imported ${upload.name.replace(/\./g, '\\.')}`)).waitFor();
}

/** Waits until the import preview is worked out (in the import worker) for the choice made. */
export async function previewShown(page) {
  await page.locator('app-import-review [aria-busy="false"]').waitFor();
}

/**
 * The import worker, once the page starts it (call before choosing a file): resolves to its
 * Playwright handle, whose performance marks say what it did ('dsomm:import-read', ...-preview).
 */
export async function importWorker(page) {
  const isImport = (worker) => /\/worker-\w+\.js$/.test(worker.url());
  // As long as a large file's preview may take: handing the page 15 MB took over 30 s at load 25.
  const started = page.waitForEvent('worker', { predicate: isImport, timeout: 60_000 });
  // The data centre starts it once shown, before a file is chosen: it may be running already.
  const running = page.workers().find(isImport);
  if (!running) return started;
  started.catch(() => undefined);
  return running;
}

/** How many times the import worker set the performance mark `name`. */
export function workerMarks(worker, name) {
  return worker.evaluate((name) => performance.getEntriesByName(name).length, name);
}

/**
 * Clears everything the app keeps in the browser from the data centre (already open): asks, lets
 * `check` look at the confirmation, confirms, and waits until it is done.
 */
export async function clearBrowserData(page, { check } = {}) {
  await page.getByRole('button', { name: 'Clear browser data…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('This deletes everything DSOMM Studio keeps in this browser').waitFor();
  await check?.(dialog);
  await dialog.getByRole('button', { name: 'Clear browser data' }).click();
  await page.getByText('Browser data cleared.').waitFor();
}

/** The app's stored record (IndexedDB `dsomm-studio`, key `assessment`), or undefined. */
export function storedRecord(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('dsomm-studio', 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('kv').objectStore('kv').get('assessment');
          get.onsuccess = () => (request.result.close(), resolve(get.result));
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Writes `record` as the app's stored record, as an earlier version or another tab could have. */
export function putStoredRecord(page, record) {
  return page.evaluate(
    (value) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('dsomm-studio', 1);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, 'assessment');
          tx.oncomplete = () => (request.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}
