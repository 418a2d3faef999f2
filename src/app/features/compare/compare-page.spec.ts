import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL, TODAY } from '../../domain/testing/model-fixture';
import { Progress } from '../../domain/types';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { ComparePage } from './compare-page';

const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.trim());
const uuidOf = (name: string) => SMALL_MODEL.activities.find((a) => a.name === name)!.uuid;

/** Team A, and the group Platform of Team B and Team C, with this progress. */
const platformStore = (progress: Progress) =>
  new FakeAssessmentStore(
    readyState(SMALL_MODEL, {
      teams: ['Team A', 'Team B', 'Team C'],
      groups: { Platform: ['Team B', 'Team C'] },
      progress,
    }),
  );

describe('ComparePage', () => {
  it('shows a team and a group side by side: radar values, a heatmap each and the activities that differ', async () => {
    const store = platformStore({
      [uuidOf('Defined build process')]: { 'Team A': { stages: { 'Fully implemented': '2026-01-01' } } },
      [uuidOf('Test for stored secrets')]: {
        'Team A': { stages: { Started: '2026-01-01' } },
        'Team B': { stages: { Started: '2026-01-01' } },
        'Team C': { stages: { Started: '2026-01-01' } },
      },
    });
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=team:Team%20A&compare=group:Platform');
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement!;

    expect(page.querySelectorAll('app-heatmap-chart').length).toBe(2);
    const radarRows = [...page.querySelectorAll('app-radar-chart tbody tr')].map(cells);
    // Team A: 1 of 3 Build and Deployment activities done; Started (20%) on 1 of 2 Test and Verification ones.
    expect(radarRows).toEqual([
      ['Team A', '33%', '10%'],
      ['Platform', '0%', '10%'],
    ]);
    const diff = [...page.querySelectorAll('app-compare-table tbody tr')].map(cells);
    expect(diff).toEqual([['Defined build processBuild and Deployment › Build', '1', 'Fully implemented', '0%']]);
  });

  it('shows them in the order of the URL, also when only the order changed (back, forward, a link)', async () => {
    TestBed.configureTestingModule({
      providers: [provideFakeStore(platformStore({})), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=team:Team%20A&compare=group:Platform');
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement!;
    const shown = () => ({
      chosen: [...page.querySelectorAll('.chosen li')].map((li) => li.textContent!.trim()),
      radar: [...page.querySelectorAll('app-radar-chart tbody tr')].map((row) => cells(row)[0]),
      heatmaps: [...page.querySelectorAll('figcaption strong')].map((name) => name.textContent),
    });
    expect(shown()).toEqual({
      chosen: ['Team A', 'Platform'],
      radar: ['Team A', 'Platform'],
      heatmaps: ['Team A', 'Platform'],
    });
    await harness.navigateByUrl('/compare?compare=group:Platform&compare=team:Team%20A');
    await harness.fixture.whenStable();
    expect(shown()).toEqual({
      chosen: ['Platform', 'Team A'],
      radar: ['Platform', 'Team A'],
      heatmaps: ['Platform', 'Team A'],
    });
  });

  it("says how many of a group's teams are due for review on an activity", async () => {
    const store = platformStore({
      // Team B's statement is two years old, with no evidence: due for review after a year.
      [uuidOf('Defined build process')]: {
        'Team A': { stages: { 'Fully implemented': '2026-11-01' } },
        'Team B': { stages: { 'Fully implemented': '2024-11-01' } },
        'Team C': { stages: { Started: '2026-11-01' } },
      },
    });
    store.today.set(TODAY);
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=team:Team%20A&compare=group:Platform');
    await harness.fixture.whenStable();
    const row = harness.routeNativeElement!.querySelector('app-compare-table tbody tr')!;
    expect([...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Defined build processBuild and Deployment › Build',
      '1',
      'Fully implemented',
      '60% 1 due for review',
    ]);
  });

  it('asks for two or more only until two are chosen', async () => {
    const store = new FakeAssessmentStore(readyState(SMALL_MODEL, { teams: ['Team A', 'Team B', 'Team C'] }));
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=team:Team%20A');
    await harness.fixture.whenStable();
    const hint = () => harness.routeNativeElement!.querySelector('mat-hint')?.textContent?.trim();
    expect(hint()).toBe('Choose two or more');

    await harness.navigateByUrl('/compare?compare=team:Team%20A&compare=team:Team%20B&compare=team:Team%20C');
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement!.querySelectorAll('app-heatmap-chart').length).toBe(3);
    expect(hint()).toBe('Add another, or remove one above');
  });

  it('says on each heatmap what is due for review, as the heatmap page does', async () => {
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams: ['Team A', 'Team B'],
        // Set more than a year before today and never confirmed: due for review.
        progress: { [uuidOf('Defined build process')]: { 'Team A': { stages: { Started: '2025-06-01' } } } },
      }),
    );
    store.today.set(TODAY);
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=team:Team%20A&compare=team:Team%20B');
    await harness.fixture.whenStable();
    const build = [...harness.routeNativeElement!.querySelectorAll('app-heatmap-chart path.sector[data-key="0:1"]')];
    expect(build.map((sector) => sector.getAttribute('aria-label'))).toEqual([
      'Build (Build and Deployment), level 1: 20%, done: 0 / 1, 1 due for review',
      'Build (Build and Deployment), level 1: 0%, done: 0 / 1',
    ]);
  });

  it('scores large groups in steps, saying so, then shows them as scored at once; a later visit reuses the scoring', async () => {
    // 2 x 40,000 teams on 5 activities: three steps (SCORING_WORK) of entries to read.
    const names = Array.from({ length: 80_000 }, (_, i) => `Team ${i}`);
    const [even, odd] = [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)];
    const done = { stages: { 'Fully implemented': '2026-01-01' } };
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        teams: names,
        groups: { Even: even, Odd: odd },
        progress: { [uuidOf('Defined build process')]: Object.fromEntries(even.map((team) => [team, done])) },
      }),
    );
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'compare', component: ComparePage }])],
    });
    const harness = await RouterTestingHarness.create('/compare?compare=group:Even&compare=group:Odd');
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement!;
    const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    expect(page.getAttribute('aria-busy')).toBe('true');
    expect(text('.scoring')).toMatch(/^Scoring 80,000 teams: \d+%$/);
    expect(page.querySelector('app-radar-chart')).toBeNull();
    expect(text('#diff-heading')).toBe('Where they differ');
    await until(harness.fixture, () => page.getAttribute('aria-busy') === 'false', 'the scoring to end');
    expect(page.getAttribute('aria-busy')).toBe('false');
    expect([...page.querySelectorAll('app-radar-chart tbody tr')].map(cells)).toEqual([
      ['Even', '33%', '0%'],
      ['Odd', '0%', '0%'],
    ]);
    expect([...page.querySelectorAll('figcaption')].map(cells)).toEqual([
      ['Even', '20% overall'],
      ['Odd', '0% overall'],
    ]);
    const diff = [...page.querySelectorAll('app-compare-table tbody tr')].map(cells);
    expect(diff).toEqual([['Defined build processBuild and Deployment › Build', '1', '100%', '0%']]);

    // Both scorings are the store's now: with a team added, the groups show at once.
    await harness.navigateByUrl('/compare?compare=group:Even&compare=group:Odd&compare=team:Team%200');
    await harness.fixture.whenStable();
    const again = harness.routeNativeElement!;
    expect(again.getAttribute('aria-busy')).toBe('false');
    expect([...again.querySelectorAll('app-radar-chart tbody tr')].map(cells)).toEqual([
      ['Even', '33%', '0%'],
      ['Odd', '0%', '0%'],
      ['Team 0', '33%', '0%'],
    ]);
  });
});
