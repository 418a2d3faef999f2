import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { activityFixture, modelFixture } from '../../domain/testing/model-fixture';
import { Activity, Dimension, Model } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { MappingPage } from './mapping-page';
import { XLSX_WRITER_LOADER } from './xlsx-export';

const refs = (iso2022: string[], samm2: string[] = []) => ({
  samm2,
  iso27001_2017: [],
  iso27001_2022: iso2022,
  openCRE: [],
  d3f: [],
});

function model(): Model {
  const activities: Activity[] = [
    activityFixture({ name: 'Alpha', dimension: 'D', subDimension: 'S', level: 1, references: refs(['8.10']) }),
    activityFixture({ name: 'Beta', dimension: 'D', subDimension: 'S', level: 2, references: refs(['5.37', '8.32']) }),
    activityFixture({ name: 'Gamma', dimension: 'D', subDimension: 'S', level: 3, references: refs(['5.4'], ['G-1']) }),
  ];
  const dimensions: Dimension[] = [
    { name: 'D', description: '', subDimensions: [{ name: 'S', dimension: 'D', description: '', activities }] },
  ];
  return { header: {}, dimensions, activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}

describe('MappingPage', () => {
  const MODEL = model();
  let harness: RouterTestingHarness | undefined;
  let store: FakeAssessmentStore;

  beforeEach(() => {
    store = new FakeAssessmentStore(
      readyState(MODEL, {
        progress: { [MODEL.activities[1].uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-02-03' } } } },
      }),
    );
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'mapping', component: MappingPage }])],
    });
  });
  afterEach(() => (harness = undefined));

  const open = async (url: string) => {
    if (harness) await harness.navigateByUrl(url);
    else harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return harness.routeNativeElement!;
  };
  const names = (root: HTMLElement) => [...root.querySelectorAll('td.name a')].map((a) => a.textContent?.trim());

  it('shows one row per activity with its ids as written', async () => {
    const root = await open('/mapping');
    expect(names(root)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(root.textContent).toContain('8.10');
    expect(root.querySelector('.count')?.textContent).toContain('Showing 3 of 3 activities');
  });

  it('counts thousands of activities with thousands separated', async () => {
    const many = modelFixture({ D: { S: Array.from({ length: 1_200 }, (_, i): [string, number] => [`A ${i}`, 1]) } });
    TestBed.overrideProvider(AssessmentStore, { useValue: new FakeAssessmentStore(readyState(many)) });
    const root = await open('/mapping?q=nothing%20like%20it');
    expect(root.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Showing 0 of 1,200 activities (exports contain only these)',
    );
  });

  it('sorts ids naturally (5.4 < 5.37 < 8.10), both ways, from the URL', async () => {
    let root = await open('/mapping?sort=iso27001_2022');
    expect(names(root)).toEqual(['Gamma', 'Beta', 'Alpha']);
    root = await open('/mapping?sort=iso27001_2022&dir=desc');
    expect(names(root)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('sorts when a column header is activated', async () => {
    const root = await open('/mapping');
    const header = [...root.querySelectorAll<HTMLElement>('th')].find((th) =>
      th.textContent?.includes('ISO 27001:2022'),
    );
    header!.querySelector<HTMLElement>('.mat-sort-header-container')!.click();
    await harness!.fixture.whenStable();
    expect(names(harness!.routeNativeElement!)).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  it('searches names and ids', async () => {
    const root = await open('/mapping?q=5.37');
    expect(names(root)).toEqual(['Beta']);
    expect(root.querySelector('.count')?.textContent).toContain('exports contain only these');
  });

  it('shows each control with its activities and how far each team is', async () => {
    const root = await open('/mapping?view=controls');
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent?.trim())).toEqual(['5.4', '5.37', '8.10', '8.32']);
    const control = rows[3];
    expect(control.textContent).toContain('Beta');
    const cells = [...control.querySelectorAll('td.team')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toContain('1 of 1 fully implemented');
    // In the stages' words: Team B has set no stage for Beta.
    const states = [...control.querySelectorAll('td.team .state')].map((state) => state.textContent?.trim());
    expect(states).toEqual(['Fully implemented', 'Not assessed']);
  });

  it('counts many teams by state per control and shows one team, chosen by name, in detail', async () => {
    const teams = Array.from({ length: 12 }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
    const beta = MODEL.activities[1].uuid;
    const done = { stages: { 'Fully implemented': '2026-02-03' } };
    const started = { stages: { Started: '2026-02-03' } };
    const progress = { [beta]: { 'Team 01': done, 'Team 02': done, 'Team 07': started } };
    TestBed.overrideProvider(AssessmentStore, {
      useValue: new FakeAssessmentStore(readyState(MODEL, { teams, progress })),
    });
    const root = await open('/mapping?view=controls');
    const headers = () => [...root.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    // Not a column per team: the 12 teams counted, and the first in detail.
    expect(headers()).toEqual(['ISO 27001:2022', 'Activities', '12 teams', 'Team 01']);
    const row = (id: string) =>
      [...root.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === id)!;
    const counts = (id: string) =>
      [...row(id).querySelectorAll('td.summary li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(counts('8.32')).toEqual(['2 Fully implemented', '1 In progress', '9 Not assessed']);
    expect(counts('8.10')).toEqual(['12 Not assessed']);
    expect(row('8.32').querySelector('td.team .state')?.textContent?.trim()).toBe('Fully implemented');

    const picker = await TestbedHarnessEnvironment.loader(harness!.fixture).getHarness(MatAutocompleteHarness);
    expect(await picker.getValue()).toBe('Team 01');
    await picker.clear();
    await picker.enterText('07');
    await picker.selectOption({ text: 'Team 07' });
    await harness!.fixture.whenStable();
    expect(TestBed.inject(Router).url).toContain('team=Team%2007');
    expect(headers()).toEqual(['ISO 27001:2022', 'Activities', '12 teams', 'Team 07']);
    expect(row('8.32').querySelector('td.team .state')?.textContent?.trim()).toBe('In progress');
  });

  it("counts the teams a control is due for review for, and says so in the detail team's cell", async () => {
    const teams = Array.from({ length: 12 }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
    const beta = MODEL.activities[1].uuid;
    // Older than the default 12 months: due, as the heatmap and the activity page say.
    const old = { stages: { 'Partly implemented': '2020-01-10' } };
    const fresh = { stages: { 'Fully implemented': store.today() } };
    const progress = { [beta]: { 'Team 01': old, 'Team 02': fresh } };
    TestBed.overrideProvider(AssessmentStore, {
      useValue: new FakeAssessmentStore(readyState(MODEL, { teams, progress })),
    });
    const root = await open('/mapping?view=controls');
    const row = [...root.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent?.trim() === '8.32',
    )!;
    const counts = [...row.querySelectorAll('td.summary li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(counts).toEqual(['1 Fully implemented', '1 In progress', '10 Not assessed', '1 Due for review']);
    const cell = row.querySelector('td.team')!;
    expect([
      cell.querySelector('.state')?.textContent?.trim(),
      cell.querySelector('.due')?.textContent?.trim(),
    ]).toEqual(['In progress', 'Due for review']);
    await open('/mapping?view=controls&team=Team%2002');
    expect(root.querySelector('tbody tr td.team .due')).toBeNull();
  });

  it('says to reload while online when the Excel writer does not load, not what the import threw', async () => {
    const failed = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunk-X.js'));
    TestBed.overrideProvider(XLSX_WRITER_LOADER, { useValue: failed });
    const root = await open('/mapping');
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Excel'))!.click();
    await harness!.fixture.whenStable();
    expect(store.state().notice).toBe(
      'The Excel file could not be written: part of the app did not load (the connection may be offline, or the ' +
        'app was updated). Nothing was lost; the CSV export works. Reload the page while online and try again.',
    );
    expect(root.textContent).not.toContain('Failed to fetch');
    expect(root.querySelector<HTMLButtonElement>('.export button')!.disabled).toBeFalse();
  });

  /** The file the next download saves: its name and text. */
  const nextDownload = () =>
    new Promise<{ name: string; text: string }>((resolve) => {
      let saved: Blob | undefined;
      spyOn(URL, 'createObjectURL').and.callFake((blob: Blob | MediaSource) => {
        saved = blob as Blob;
        return 'blob:test';
      });
      spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
        void saved!.text().then((text) => resolve({ name: this.download, text: text.replace(/^\uFEFF/, '') }));
      });
    });
  const press = (root: HTMLElement, name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().endsWith(name))!.click();

  it('exports the shown rows as CSV with a status column per team and a file name that says it is filtered', async () => {
    const root = await open('/mapping?q=beta');
    const saved = nextDownload();
    press(root, 'CSV');
    const { name, text } = await saved;
    const lines = text.trim().split('\r\n');
    expect(lines.length).toBe(2);
    expect(lines[0]).toContain('Status: Team A,Status: Team B');
    expect(lines[1]).toContain('Beta');
    expect(lines[1]).toMatch(/Fully implemented \(2026-02-03\),Not assessed$/);
    expect(name).toMatch(/^dsomm-mappings-filtered-beta-1-of-3-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(root.querySelector('app-mapping-export .note')).toBeNull();
  });

  describe('with more than 10 teams', () => {
    const teams = Array.from({ length: 12 }, (_, i) => `Team ${String(i + 1).padStart(2, '0')}`);
    beforeEach(() => {
      const progress = {
        [MODEL.activities[1].uuid]: {
          'Team 02': { stages: { Started: '2026-02-03' } },
          // Older than the default 12 months: due for review, as the control view counts it.
          'Team 03': { stages: { Started: '2020-01-10' } },
        },
      };
      TestBed.overrideProvider(AssessmentStore, {
        useValue: new FakeAssessmentStore(readyState(MODEL, { teams, progress })),
      });
    });

    it('exports the teams counted by state per activity, and says so by the buttons', async () => {
      const root = await open('/mapping');
      expect(root.querySelector('app-mapping-export .note')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        '12 teams: the Excel and CSV files count the teams by their state on each activity rather than a column ' +
          'per team. “Per team (CSV)” has a row for each team and activity (36 rows), for a pivot table.',
      );
      const saved = nextDownload();
      press(root, 'CSV');
      const lines = (await saved).text.trim().split('\r\n');
      expect(lines[0]).toMatch(
        /,Teams: Fully implemented,Teams: In progress,.*,Teams: Not applicable,Teams: Due for review$/,
      );
      expect(lines[0]).not.toContain('Status:');
      expect(lines.find((line) => line.includes('Beta'))).toMatch(/,0,2,0,10,0,1$/);
    });

    it('exports a row per team and activity as "Per team (CSV)"', async () => {
      const root = await open('/mapping');
      const saved = nextDownload();
      press(root, 'Per team (CSV)');
      const { name, text } = await saved;
      const lines = text.trim().split('\r\n');
      expect(lines.length).toBe(1 + 36);
      expect(lines[0]).toBe(
        'Team,Groups,Dimension,Activity,UUID,Level,Status,Date,Not applicable: reason,Due for review since',
      );
      expect(lines.filter((line) => line.startsWith('Team 02,'))[1]).toContain(',Beta,');
      expect(lines.filter((line) => line.startsWith('Team 02,'))[1]).toContain(',Started,2026-02-03,');
      expect(name).toMatch(/^dsomm-mappings-per-team-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });
});
