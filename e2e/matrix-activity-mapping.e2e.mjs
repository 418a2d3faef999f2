// The matrix (filters in the URL), the activity page (keyboard, dependency graph) and the mappings
// page (natural sort, Excel and CSV exports), against the production build with the bundled model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { openApp } from './support.mjs';
import { allSaved } from './steps.mjs';

const TOTAL = 194;

/** Entries of a .zip file (an .xlsx is one) as name -> text; small reader, no dependency. */
function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'not a zip file');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50);
    const method = buffer.readUInt16LE(offset + 10);
    const size = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const skip = nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + skip;
  }
  return files;
}

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The first sheet of an .xlsx as rows of cell texts (shared or inline strings, numbers). */
function readXlsx(path) {
  const files = unzip(readFileSync(path));
  const shared = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml');
  assert.ok(sheet, 'the workbook has a first sheet');
  return [...sheet.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1].matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map(([, attributes, body = '']) => {
      if (/t="s"/.test(attributes)) return shared[Number(/<v>(\d+)<\/v>/.exec(body)?.[1])];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body);
      if (inline) return unescapeXml(inline[1]);
      return unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
    }),
  );
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += c;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

describe('matrix, activity page and mappings', () => {
  let app;
  before(async () => (app = await openApp()));
  after(async () => app?.close());

  const countText = () => app.page.getByRole('status').filter({ hasText: 'Showing' }).first().innerText();

  it('filters the matrix by tag and search, keeps the filter in the URL and resets it', async () => {
    const { page } = app;
    await page.goto(`${app.url}/matrix`);
    await page.getByRole('heading', { name: 'Matrix', level: 1 }).waitFor();
    assert.match(await countText(), new RegExp(`Showing ${TOTAL} of ${TOTAL} activities`));

    await page.getByRole('combobox', { name: 'Tags' }).click();
    await page.getByRole('option', { name: 'inventory', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/tag=inventory/);
    // The URL changes a task before the matrix renders the filter it names: wait for the count.
    await page.waitForFunction((total) => !document.body.innerText.includes(`Showing ${total} of ${total}`), TOTAL);
    const tagged = Number(/Showing (\d+)/.exec(await countText())[1]);
    assert.ok(tagged > 0 && tagged < TOTAL, `some activities have the tag (${tagged})`);
    for (const card of await page.locator('a.activity').all()) {
      assert.match(await card.innerText(), /inventory/);
    }

    await page.getByRole('searchbox', { name: 'Search names and texts' }).fill('SBOM');
    await page.waitForURL(/q=SBOM/);
    await page.waitForFunction((n) => document.querySelectorAll('a.activity').length < n, tagged);
    const found = await page.locator('a.activity').allInnerTexts();
    assert.ok(found.some((text) => text.includes('SBOM of components')));
    assert.match(await countText(), new RegExp(`Showing ${found.length} of ${TOTAL} activities`));

    // The URL alone restores the view.
    await page.reload();
    await page.locator('a.activity').first().waitFor();
    assert.equal(await page.locator('a.activity').count(), found.length);
    assert.equal(await page.getByRole('searchbox', { name: 'Search names and texts' }).inputValue(), 'SBOM');

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForURL((url) => !url.search.includes('tag=') && !url.search.includes('q='));
    await page
      .getByRole('status')
      .filter({ hasText: `Showing ${TOTAL} of ${TOTAL}` })
      .first()
      .waitFor();
    assert.match(await countText(), new RegExp(`Showing ${TOTAL} of ${TOTAL} activities`));
    assert.deepEqual(app.errors, []);
  });

  it('opens an activity by keyboard and follows a dependency in the graph', async () => {
    const { page } = app;
    await page.goto(`${app.url}/matrix?q=Defined%20build%20process`);
    await page.locator('a.activity').first().waitFor();
    // Tab from the search box until an activity link has focus, then press Enter.
    await page.getByRole('searchbox', { name: 'Search names and texts' }).focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('activity'))) break;
    }
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Defined build process/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/activity\/f6f7737f-25a9-4317-8de2-09bf59f29b5b/);
    await page.getByRole('heading', { name: 'Defined build process', level: 1 }).waitFor();
    assert.match(await page.title(), /^Defined build process · DSOMM Studio$/);

    // A node of the dependency graph is a link: focus it and press Enter.
    const node = page.locator('svg a.node', { has: page.locator('title', { hasText: /^Pinning of artifacts$/ }) });
    await node.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pinning of artifacts', level: 1 }).waitFor();
    // And back through the text list of the same links.
    await page.locator('.lists').getByRole('link', { name: 'Defined build process' }).click();
    await page.getByRole('heading', { name: 'Defined build process', level: 1 }).waitFor();
    assert.deepEqual(app.errors, []);
  });

  it("records a team's stage on the activity page, and it survives a reload", async () => {
    const { page } = app;
    await page.goto(`${app.url}/activity/f6f7737f-25a9-4317-8de2-09bf59f29b5b?teams=Team%20A`);
    const select = page.getByRole('combobox', { name: 'Stage of Team A for Defined build process' });
    await select.click();
    await page.getByRole('option', { name: 'Partly implemented' }).click();
    await page.getByText(/^Since /).waitFor();
    await allSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Defined build process', level: 1 }).waitFor();
    assert.match(
      await page.getByRole('combobox', { name: 'Stage of Team A for Defined build process' }).innerText(),
      /Partly implemented/,
    );
    // The matrix badge for Team A shows it too.
    await page.goto(`${app.url}/matrix?teams=Team%20A&q=Defined%20build%20process`);
    await page.locator('a.activity').first().waitFor();
    assert.match(await page.locator('a.activity').first().innerText(), /50%/);
  });

  it('redirects old activity links and explains unknown ones', async () => {
    const { page } = app;
    await page.goto(`${app.url}/activity-description?name=Pinning%20of%20artifacts`);
    await page.getByRole('heading', { name: 'Pinning of artifacts', level: 1 }).waitFor();
    assert.match(page.url(), /\/activity\/[0-9a-f-]{36}$/);
    await page.goto(`${app.url}/activity/00000000-0000-0000-0000-000000000000`);
    await page.getByRole('heading', { name: 'Activity not found' }).waitFor();
  });

  it('downloads the mappings as Excel and CSV with every activity, field and team', async () => {
    const { page } = app;
    const scripts = [];
    const onRequest = (request) => request.url().endsWith('.js') && scripts.push(request.url());
    page.on('request', onRequest);
    await page.goto(`${app.url}/mapping`);
    await page.getByRole('heading', { name: 'Mappings', level: 1 }).waitFor();
    const beforeExport = scripts.length;

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (.xlsx)' }).click(),
    ]);
    assert.match(xlsx.suggestedFilename(), /^dsomm-mappings-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // The Excel writer is a lazy chunk, fetched only now.
    assert.ok(scripts.length > beforeExport, 'exporting to Excel loads its code on demand');
    page.off('request', onRequest);
    const sheet = readXlsx(await xlsx.path());
    assert.equal(sheet.length, TOTAL + 1);
    const header = sheet[0];
    for (const column of [
      'Dimension',
      'Activity',
      'UUID',
      'Level',
      'Risk',
      'SAMM',
      'ISO 27001:2017',
      'ISO 27001:2022',
      'OpenCRE',
    ]) {
      assert.ok(header.includes(column), `Excel has a ${column} column`);
    }
    const teams = header.filter((column) => column.startsWith('Status: '));
    assert.ok(teams.length >= 1, 'one status column per team');
    const build = sheet.find((row) => row[header.indexOf('Activity')] === 'Defined build process');
    assert.equal(build[header.indexOf('ISO 27001:2022')], '5.37\n8.32');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const rows = parseCsv(readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(rows.length, TOTAL + 1);
    assert.deepEqual(rows[0], header);
    assert.ok(
      rows.every((row) => row.length === header.length),
      'every CSV row has every column',
    );

    // A filtered export has only the shown rows and says so in its name.
    await page.getByRole('searchbox', { name: 'Search activities and ids' }).fill('8.32');
    await page.waitForURL(/q=8.32/);
    await page.waitForFunction((total) => !document.body.innerText.includes(`Showing ${total} of ${total}`), TOTAL);
    const shown = Number(/Showing (\d+)/.exec(await countText())[1]);
    const [filtered] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    assert.match(filtered.suggestedFilename(), new RegExp(`^dsomm-mappings-filtered-8-32-${shown}-of-${TOTAL}-`));
    const filteredRows = parseCsv(readFileSync(await filtered.path(), 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(filteredRows.length, shown + 1);
    const iso = rows[0].indexOf('ISO 27001:2022');
    assert.ok(filteredRows.slice(1).every((row) => row.join('\n').includes('8.32')));
    assert.ok(filteredRows.slice(1).some((row) => row[iso].split('\n').includes('8.32')));

    // A group chosen as a whole: its teams' status columns, and its name in the file's.
    await page.getByRole('option', { name: 'Platform (group)' }).click();
    await page.waitForURL(/group=Platform/);
    const [group] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    assert.match(group.suggestedFilename(), /^dsomm-mappings-platform-filtered-8-32-/);
    const groupRows = parseCsv(readFileSync(await group.path(), 'utf8').replace(/^\uFEFF/, ''));
    assert.deepEqual(
      groupRows[0].filter((column) => column.startsWith('Status: ')),
      ['Status: Team C', 'Status: Team D'],
    );
    assert.deepEqual(app.errors, []);
  });

  it('downloads the Statement of Applicability and the evidence index of the selected teams', async () => {
    const { page } = app;
    await page.goto(`${app.url}/mapping?teams=Team%20A`);
    await page.getByRole('heading', { name: 'Audit pack', level: 2 }).waitFor();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Statement (.xlsx)' }).click(),
    ]);
    assert.match(xlsx.suggestedFilename(), /^dsomm-soa-iso27001-2022-team-a-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = readXlsx(await xlsx.path());
    // Every Annex A 2022 control, those no activity covers included.
    assert.equal(sheet.length, 93 + 1);
    const header = sheet[0];
    assert.deepEqual(header.slice(0, 5), [
      'ISO 27001:2022 control',
      'Coverage',
      'Activities',
      'Team A: control',
      'Team A: activities',
    ]);
    const control = (id) => sheet.find((row) => row[0] === id);
    assert.ok(control('8.32')[2].split('\n').includes('Defined build process'));
    assert.equal(control('5.5')[1], 'No activity covers this control');

    await page.getByRole('combobox', { name: 'Statement of Applicability for' }).click();
    await page.getByRole('option', { name: 'ISO 27001:2017' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Statement (CSV)' }).click(),
    ]);
    const rows = parseCsv(readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(rows[0][0], 'ISO 27001:2017 control');
    assert.ok(rows.length >= 114 + 1, 'every 2017 control, and the objectives the model maps');
    assert.ok(rows.some((row) => row[0] === '18.2.3'));

    const [index] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Evidence index (.xlsx)' }).click(),
    ]);
    assert.match(index.suggestedFilename(), /^dsomm-evidence-index-team-a-/);
    const evidence = readXlsx(await index.path());
    assert.deepEqual(evidence[0].slice(0, 6), [
      'Dimension',
      'Sub-dimension',
      'Activity',
      'Activity UUID',
      'Teams',
      'Evidence',
    ]);
    const teams = evidence[0].indexOf('Teams');
    assert.ok(evidence.slice(1).every((row) => row[teams].split('\n').includes('Team A')));
    assert.deepEqual(app.errors, []);
  });

  it('sorts ISO ids naturally in the mappings table', async () => {
    const { page } = app;
    await page.goto(`${app.url}/mapping?sort=iso27001_2022`);
    await page.locator('td.mat-column-iso27001_2022').first().waitFor();
    const firsts = await page
      .locator('td.mat-column-iso27001_2022')
      .evaluateAll((cells) => cells.map((cell) => cell.querySelector('li')?.textContent?.trim()).filter(Boolean));
    const numeric = firsts.filter((id) => /^\d+(\.\d+)*$/.test(id));
    const key = (id) => id.split('.').map(Number);
    for (let i = 1; i < numeric.length; i++) {
      const [a, b] = [key(numeric[i - 1]), key(numeric[i])];
      assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0)), `${numeric[i - 1]} before ${numeric[i]}`);
    }
    assert.ok(numeric.indexOf('5.37') > numeric.lastIndexOf('5.9'), '5.9 sorts before 5.37');
  });
});

// A dozen teams: the activity page folds their stages away, yet says how far they are, in the very
// words and numbers of the matrix (one function for both), due for review included.
describe('the activity page with a dozen teams', () => {
  const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
  const TEAMS = Array.from({ length: 12 }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
  // A month ago on this machine's calendar: fresh stages, whatever day the test runs.
  const MONTH_AGO = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const stages = { 'Team A': 'Fully implemented', 'Team B': 'Fully implemented', 'Team C': 'Partly implemented' };
  let app;
  before(
    async () =>
      (app = await openApp({
        overrides: {
          '/assets/YAML/default/teams.yaml': `teams:\n${TEAMS.map((t) => `  - ${t}\n`).join('')}teamGroups: {}\n`,
          '/assets/YAML/team-progress.yaml': [
            'progress:',
            `  ${BUILD}:`,
            ...Object.entries(stages).flatMap(([team, stage]) => [`    ${team}:`, `      ${stage}: ${MONTH_AGO}`]),
            `    Team D:\n      'Not applicable: no build': ${MONTH_AGO}`,
            '',
          ].join('\n'),
          '/assets/YAML/team-evidence.yaml': `evidence:\n  ${BUILD}:\n    - teams: [Team B]\n      title: Old proof\n      evidenceRecorded: 2020-01-15\n`,
        },
      })),
  );
  after(async () => app?.close());

  it("says the teams' standing on the activity as the matrix does", async () => {
    const { page, url } = app;
    await page.goto(`${url}/matrix?q=Defined%20build%20process`);
    const card = page.locator('a.activity', { hasText: 'Defined build process' }).first();
    const matrix = (await card.locator('app-progress-badge .visually-hidden').innerText()).trim();
    assert.equal(
      matrix,
      '2 of 11 teams fully implemented, 23% on average, 1 not applicable, 8 not assessed, 1 due for review',
    );

    await card.click();
    await page.getByRole('heading', { name: 'Defined build process', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Show the stages of 12 teams' }).waitFor();
    assert.equal((await page.locator('app-activity-progress .summary').innerText()).trim(), matrix);
    assert.deepEqual(app.errors, []);
  });
});
