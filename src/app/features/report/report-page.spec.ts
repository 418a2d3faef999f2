import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { modelFixture, SMALL_MODEL } from '../../domain/testing/model-fixture';
import { Model } from '../../domain/types';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { ReportPage } from './report-page';

const HOSTILE =
  'Runs <img src="x" onerror="window.__hacked = true"> <script>window.__hacked = true</script> **one** two three four five six';

/** The small model with a hostile description on its first activity. */
function model(): Model {
  const activities = SMALL_MODEL.activities.map((a, i) => (i === 0 ? { ...a, description: HOSTILE } : a));
  const dimensions = SMALL_MODEL.dimensions.map((d) => ({
    ...d,
    subDimensions: d.subDimensions.map((s) => ({
      ...s,
      activities: activities.filter((a) => a.subDimension === s.name),
    })),
  }));
  return { ...SMALL_MODEL, dimensions, activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}

describe('ReportPage', () => {
  let store: FakeAssessmentStore;
  let harness: RouterTestingHarness;
  const MODEL = model();

  beforeEach(async () => {
    store = new FakeAssessmentStore(
      readyState(MODEL, {
        progress: { [MODEL.activities[0].uuid]: { 'Team A': { stages: { 'Fully implemented': '2026-01-02' } } } },
      }),
    );
    store.update((assessment) => ({
      ...assessment,
      settings: {
        reportConfig: {
          teams: [],
          excludedSubDimensions: [],
          levels: [],
          status: 'all',
          columns: ['description'],
          groupBy: 'stage',
          wordCap: 4,
        },
      },
    }));
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'report', component: ReportPage }])],
    });
    harness = await RouterTestingHarness.create('/report');
    await harness.fixture.whenStable();
  });

  it('shows file text as sanitised Markdown, cut at the word cap, with nothing from the file running', () => {
    const page = harness.routeNativeElement!;
    const description = page.querySelector('app-report-entry app-markdown')!;
    expect(description.textContent).toContain('Runs');
    expect(description.textContent).toContain('…');
    expect(description.textContent).not.toContain('six');
    expect(page.querySelector('script')).toBeNull();
    expect(page.querySelector('[onerror]')).toBeNull();
    expect((window as unknown as { __hacked?: boolean }).__hacked).toBeUndefined();
  });

  it('groups by stage with a section per dimension, and keeps a new grouping in the settings', async () => {
    const page = harness.routeNativeElement!;
    const titles = () =>
      [...page.querySelectorAll('.group h3')].map((h) => h.textContent!.replace(/\s+\d+\s*$/, '').trim());
    expect([...page.querySelectorAll('.dimension h2')].map((h) => h.textContent!.trim())).toEqual([
      'Build and Deployment',
      'Test and Verification',
    ]);
    expect(titles()).toEqual(['Fully implemented', 'Not assessed', 'Not assessed']);

    const team = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatButtonToggleHarness.with({ text: 'Team' }),
    );
    await team.check();
    await harness.fixture.whenStable();
    expect(store.state().assessment.settings.reportConfig?.groupBy).toBe('team');
    expect(titles()).toEqual(['Team A', 'Team B', 'Team A', 'Team B']);
  });

  const text = (selector: string) =>
    [...harness.routeNativeElement!.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  const rowHeads = (caption: string) => {
    const table = [...harness.routeNativeElement!.querySelectorAll('app-report-summary table')].find((t) =>
      t.querySelector('caption')!.textContent!.includes(caption),
    )!;
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()).join(' | '),
    );
  };

  it('sums up exactly the activities it lists, following the teams and levels in the URL', async () => {
    const stored = store.state().assessment.settings.reportConfig;
    await harness.navigateByUrl('/report?teams=Team%20A&level=1');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).withContext('the link is kept as it is').toBe('/report?teams=Team%20A&level=1');
    expect(text('.head .caption')[0]).toMatch(/^Team A · .* · 3 activities$/);
    expect(text('app-report-summary .scope')).toEqual(['Over the 3 activities listed below.']);
    expect(rowHeads('per level')).toEqual(['Level 1: Basic | 1 / 3 | 33% | 0']);
    expect(rowHeads('per dimension')).toEqual([
      'Build and Deployment | 1 / 2 | 50% | 0',
      'Test and Verification | 0 / 1 | 0% | 0',
      'Overall | 1 / 3 | 33% | 0',
    ]);
    expect(text('app-report-summary .note')).toEqual([
      'Done: at Fully implemented (the 100% stage) for every selected team it applies to. Activities that apply to none of them are not counted.',
    ]);
    expect(
      [...harness.routeNativeElement!.querySelectorAll('app-report-entry li strong')].map((li) =>
        li.textContent!.trim(),
      ),
    )
      .withContext('only Team A is listed')
      .toEqual(['Team A', 'Team A', 'Team A']);

    await harness.navigateByUrl('/report?level=3&status=open');
    await harness.fixture.whenStable();
    expect(text('.head .caption')[0]).toMatch(/^All teams · .* · 1 activity$/);
    expect(rowHeads('per level')).toEqual(['Level 3: High | 0 / 1 | 0% | 0']);
    expect(rowHeads('per dimension')).toEqual(['Test and Verification | 0 / 1 | 0% | 0', 'Overall | 0 / 1 | 0% | 0']);
    expect(store.state().assessment.settings.reportConfig)
      .withContext('opening a link leaves the stored report as it was')
      .toBe(stored);
  });

  it('shows the stored configuration in the URL when the URL names none, and a change in both', async () => {
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/report?status=all');
    store.update((assessment) => ({
      ...assessment,
      settings: {
        reportConfig: { ...assessment.settings.reportConfig!, teams: ['Team B'], levels: [1, 2], status: 'open' },
      },
    }));
    await harness.navigateByUrl('/report');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/report?teams=Team%20B&level=1&level=2&status=open');
    expect(text('.head .caption')[0]).toMatch(/^Team B · .* · 4 activities$/);

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Team' }))).check();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/report?teams=Team%20B&level=1&level=2&status=open');
    expect(store.state().assessment.settings.reportConfig).toEqual(
      jasmine.objectContaining({ teams: ['Team B'], levels: [1, 2], status: 'open', groupBy: 'team' }),
    );
  });

  it("lays out the teams of every activity in the same columns, however long a team's standing", async () => {
    // Team A's statement on the first activity is due for review (a long line), Team B's is not;
    // both are recent on the third. Grouped by stage, the teams were one per line in the first
    // entry and side by side in the other.
    const [first, , third] = MODEL.activities.map((a) => a.uuid);
    store.today.set('2026-12-05');
    store.update((assessment) => ({
      ...assessment,
      teams: { ...assessment.teams, names: ['Team A', 'Team B', 'Team C'] },
      progress: {
        [first]: {
          'Team A': { stages: { 'Fully implemented': '2024-01-02' } },
          'Team B': { stages: { 'Fully implemented': '2026-11-02' } },
          'Team C': { stages: { 'Fully implemented': '2026-11-02' } },
        },
        [third]: {
          'Team A': { stages: { 'Fully implemented': '2026-11-02' } },
          'Team B': { stages: { 'Fully implemented': '2026-11-02' } },
          'Team C': { stages: { 'Fully implemented': '2026-11-02' } },
        },
      },
    }));
    const page = harness.routeNativeElement!;
    page.style.display = 'block';
    page.style.width = '960px';
    await harness.fixture.whenStable();
    const listOf = (name: string) =>
      [...page.querySelectorAll('app-report-entry')]
        .find((entry) => entry.querySelector('h4')!.textContent!.trim() === name)!
        .querySelector('.teams')!;
    const lists = [listOf(MODEL.activities[0].name), listOf(MODEL.activities[2].name)];
    expect(lists[0].querySelector('.app-due')).withContext('Team A due on the first').not.toBeNull();
    // Each team's place relative to its list: the same in both entries.
    const places = (ul: Element) => {
      const box = ul.getBoundingClientRect();
      return [...ul.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left - box.left));
    };
    expect(places(lists[0])).toEqual(places(lists[1]));
    expect(new Set(places(lists[1])).size)
      .withContext('side by side at 960 px')
      .toBeGreaterThan(1);
  });

  it('names the first 12 teams of an activity, and 200 more on each press, never thousands at once', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `Team ${i + 1}`);
    store.update((assessment) => ({ ...assessment, teams: { ...assessment.teams, names: many } }));
    await harness.navigateByUrl('/report?status=all');
    await harness.fixture.whenStable();
    // The first activity: Team A is gone from the list, so all 500 teams are not assessed.
    const entry = () => harness.routeNativeElement!.querySelector('app-report-entry')!;
    const named = () => entry().querySelectorAll('.teams li:not(.more)').length;
    const more = () => entry().querySelector('.more')?.textContent?.replace(/\s+/g, ' ').trim();
    const press = async () => {
      entry().querySelector<HTMLButtonElement>('.show-more')!.click();
      await harness.fixture.whenStable();
    };
    expect(named()).toBe(12);
    expect(more()).toBe('and 488 more teams Show 200 more teams');
    await press();
    expect(named()).toBe(212);
    expect(more()).toBe('and 288 more teams Show 200 more teams');
    await press();
    expect(more()).toBe('and 88 more teams Show 88 more teams');
    entry().querySelector<HTMLButtonElement>('.show-more')!.focus();
    await press();
    expect(named()).toBe(500);
    expect(entry().querySelector('.more')).toBeNull();
    // The button is gone: the focus goes to the first team it named, not to the page's start.
    expect(document.activeElement).toBe(entry().querySelectorAll('.teams li')[412]);
    expect(document.activeElement?.querySelector('strong')?.textContent).toMatch(/^Team \d+$/);
  });

  it('shows the executive summary of the same selection in summary mode, with its change since the day in the URL', async () => {
    store.today.set('2026-12-05');
    store.update((assessment) => ({ ...assessment, settings: { ...assessment.settings, dateLocale: 'iso' } }));
    const router = TestBed.inject(Router);
    await harness.navigateByUrl('/report?teams=Team%20A&level=1&mode=summary&since=2026-01-01');
    await harness.fixture.whenStable();
    expect(text('.head h1')).toEqual(['Executive summary: Team A']);
    expect(text('app-executive-report .scope')[0]).toBe('Summarises 1 team: Team A. Change since 2026-01-01.');
    const tiles = () =>
      [...harness.routeNativeElement!.querySelectorAll('app-executive-report .tiles li')].map((li) =>
        [...li.children].map((span) => span.textContent!.replace(/\s+/g, ' ').trim()).join(' '),
      );
    expect(tiles().slice(0, 2)).toEqual([
      'Overall score 33% +33 points since 2026-01-01',
      'Assessed 1 of 3 33% of the activities, +1 since 2026-01-01',
    ]);
    const rows = [...harness.routeNativeElement!.querySelectorAll('app-executive-dimensions tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()).join(' | '),
    );
    expect(rows).toEqual([
      'Build and Deployment | 50% | +50 points | 1 / 2 | 0',
      'Test and Verification | 0% | no change | 0 / 1 | 0',
      'Overall | 33% | +33 points | 1 / 3 | 0',
    ]);
    expect(text('app-executive-breakdown tbody th')).toEqual(['Team A']);
    expect(harness.routeNativeElement!.querySelector('section.dimension'))
      .withContext('no activity listing')
      .toBeNull();

    // The day before the stage was set: no change; the full report is one click away.
    await harness.navigateByUrl('/report?teams=Team%20A&level=1&mode=summary&since=2026-01-02');
    await harness.fixture.whenStable();
    expect(tiles().slice(0, 2)).toEqual([
      'Overall score 33% no change since 2026-01-02',
      'Assessed 1 of 3 33% of the activities, no change since 2026-01-02',
    ]);
    const full = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatButtonToggleHarness.with({ text: 'Full report' }),
    );
    await full.check();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/report?teams=Team%20A&level=1&since=2026-01-02');
    expect(text('.head h1')).toEqual(['DevSecOps maturity report']);
  });
});

describe('ReportPage of many entries', () => {
  const MANY = modelFixture({
    D1: { S1: Array.from({ length: 50 }, (_, i) => [`Activity ${i + 1}`, 1] as const) },
    D2: { S2: Array.from({ length: 30 }, (_, i) => [`Other ${i + 1}`, 2] as const) },
  });
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement!.closest('app-report-page')!;
  const entries = () => page().querySelectorAll('app-report-entry').length;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(new FakeAssessmentStore(readyState(MANY))),
        provideRouter([{ path: 'report', component: ReportPage }]),
      ],
    });
    harness = await RouterTestingHarness.create('/report?status=all');
    await harness.fixture.whenStable();
  });

  it('shows the summary with the first entries, then the others, saying it is busy until then', async () => {
    expect(page().querySelector('app-report-summary')).not.toBeNull();
    expect(entries()).toBe(20);
    expect(page().getAttribute('aria-busy')).toBe('true');
    // A group counts all of its entries while they are being added.
    expect(page().querySelector('.group .count')!.textContent!.trim()).toBe('50');
    expect(page().querySelectorAll('.dimension h2').length).toBe(1);
    await until(harness.fixture, () => entries() >= 80, 'all 80 entries');
    expect(entries()).toBe(80);
    expect(page().querySelectorAll('.dimension h2').length).toBe(2);
    expect(page().getAttribute('aria-busy')).toBe('false');
  });

  it('renders every entry at once when the browser is about to print', () => {
    expect(entries()).toBe(20);
    window.dispatchEvent(new Event('beforeprint'));
    expect(entries()).toBe(80);
    expect(page().getAttribute('aria-busy')).toBe('false');
  });
});
