import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSliderHarness } from '@angular/material/slider/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL, TODAY } from '../../domain/testing/model-fixture';
import { Progress } from '../../domain/types';

const uuidOf = (name: string) => SMALL_MODEL.activities.find((a) => a.name === name)!.uuid;
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../../shared/testing/until';
import { HistoryPage } from './history-page';

/** The history page over `progress`, drawn, on TODAY. */
async function openHistory(progress: Progress): Promise<HTMLElement> {
  const store = new FakeAssessmentStore(readyState(SMALL_MODEL, { progress }));
  store.today.set(TODAY);
  TestBed.configureTestingModule({
    providers: [provideFakeStore(store), provideRouter([{ path: 'history', component: HistoryPage }])],
  });
  const harness = await RouterTestingHarness.create('/history');
  await harness.fixture.whenStable();
  return harness.routeNativeElement!;
}

describe('HistoryPage', () => {
  it('replays the heatmap at the date chosen on the slider and lists what moved', async () => {
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        progress: {
          [uuidOf('Defined build process')]: {
            'Team A': {
              stages: { Started: '2026-01-05', 'Fully implemented': '2026-03-01', 'Partly implemented': '2026-03-01' },
            },
            // Planned for next year: the timeline still ends today and does not count it yet.
            'Team B': { stages: { Started: '2027-02-01' } },
          },
        },
      }),
    );
    store.today.set(TODAY);
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'history', component: HistoryPage }])],
    });
    const harness = await RouterTestingHarness.create('/history');
    const page = harness.routeNativeElement!;
    const sector = () =>
      page.querySelector('app-heatmap-chart path.sector[data-key="0:1"]')?.getAttribute('aria-label');
    const asOf = () => page.querySelector('p.as-of')!.textContent!.replace(/\s+/g, ' ').trim();

    expect(page.querySelector('p.app-intro')!.textContent).toContain('Move the slider to replay the heatmap');
    expect(asOf()).toContain('(3 of 3 dates)');
    expect(asOf()).toContain('Dec 5, 2026');
    await harness.fixture.whenStable();
    expect(sector()).toContain('level 1: 50%');
    // What moved is worked out once the chart is painted.
    const moves = () => page.querySelector('app-moves-list')?.textContent ?? '';
    await until(harness.fixture, moves, 'what moved');
    // From the start of the first date: what was reached on it counts.
    expect(moves()).toContain('Defined build process · Team A: Not assessed → Fully implemented');

    const slider = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatSliderHarness);
    await (await slider.getEndThumb()).setValue(0);
    await harness.fixture.whenStable();
    expect(asOf()).toContain('(1 of 3 dates)');
    expect(sector()).toContain('level 1: 10%');
    expect(page.querySelector('app-moves-list')!.textContent).toContain('Team A: Not assessed → Started');
  });

  it('lists what moved on the one date of the data and shows that date once on the chart', async () => {
    // A fresh import whose stages all carry one date: today.
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        progress: {
          [uuidOf('Defined build process')]: { 'Team A': { stages: { Started: TODAY } } },
          [uuidOf('Defined deployment process')]: { 'Team B': { stages: { 'Fully implemented': TODAY } } },
        },
      }),
    );
    store.today.set(TODAY);
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'history', component: HistoryPage }])],
    });
    const harness = await RouterTestingHarness.create('/history');
    const page = harness.routeNativeElement!;
    const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await until(harness.fixture, () => text('app-moves-list'), 'what moved');
    expect(text('app-moves-list')).toContain('Defined build process · Team A: Not assessed → Started');
    expect(text('app-moves-list')).toContain('Defined deployment process · Team B: Not assessed → Fully implemented');
    expect(text('app-moves-list')).not.toContain('Nothing moved');
    expect(text('p.as-of')).toContain('As of Dec 5, 2026 (the only date) · All teams');
    expect(page.textContent).toContain('Everything shown happened on Dec 5, 2026: each line is a single point');
    // The intro does not ask for the slider that is not there.
    expect(text('p.app-intro')).toBe(
      'How the scores developed, read from the dates at which each stage was reached. With stages reached on more than one day, a slider replays the heatmap at each of them.',
    );

    // No slider with nothing to slide to; the axis names the day once.
    expect(page.querySelector('mat-slider')).toBeNull();
    const ticks = [...page.querySelectorAll('app-score-line-chart text.axis[text-anchor="middle"]')];
    expect(ticks.map((tick) => tick.textContent!.trim())).toEqual(['Dec 5, 2026']);
  });

  it('draws two teams at the same score side by side, each point naming both', async () => {
    const page = await openHistory({
      [uuidOf('Defined build process')]: {
        'Team A': { stages: { Started: TODAY } },
        'Team B': { stages: { Started: TODAY } },
      },
    });
    const points = [...page.querySelectorAll('app-score-line-chart circle')];
    // One drawn over the other before: only Team B's showed.
    expect(points.length).toBe(2);
    expect(points[0].getAttribute('cy')).toBe(points[1].getAttribute('cy'));
    expect(Number(points[1].getAttribute('cx')) - Number(points[0].getAttribute('cx'))).toBe(9);
    const score = page.querySelector('app-score-line-chart tbody td')!.textContent;
    expect(points.map((point) => point.querySelector('title')?.textContent)).toEqual([
      `Team A and Team B: ${score} on Dec 5, 2026`,
      `Team A and Team B: ${score} on Dec 5, 2026`,
    ]);
    // The table, the chart's text alternative, still has a column for each.
    const cells = [...page.querySelectorAll('app-score-line-chart tbody td')].map((cell) => cell.textContent);
    expect(cells).toEqual([score, score]);
  });

  it('shows today what is due for review as the heatmap does, and not at an earlier date', async () => {
    const store = new FakeAssessmentStore(
      readyState(SMALL_MODEL, {
        progress: {
          // Set more than a year before today and never confirmed: due for review.
          [uuidOf('Defined build process')]: { 'Team A': { stages: { Started: '2025-06-01' } } },
          [uuidOf('Defined deployment process')]: { 'Team B': { stages: { Started: '2026-11-01' } } },
        },
      }),
    );
    store.today.set(TODAY);
    TestBed.configureTestingModule({
      providers: [provideFakeStore(store), provideRouter([{ path: 'history', component: HistoryPage }])],
    });
    const harness = await RouterTestingHarness.create('/history');
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement!;
    const sector = () =>
      page.querySelector('app-heatmap-chart path.sector[data-key="0:1"]')?.getAttribute('aria-label');
    expect(page.querySelector('p.as-of')!.textContent).toContain('Dec 5, 2026');
    // What is due is shown once the chart has been painted (the heatmap's scoring, after the frame).
    await until(harness.fixture, () => sector()?.includes('due for review'), 'the sector due for review');
    expect(sector()).toMatch(/level 1: .*, 1 due for review$/);
    expect(page.querySelectorAll('app-heatmap-chart g.due circle').length).toBe(1);

    const slider = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatSliderHarness);
    await (await slider.getEndThumb()).setValue(0);
    await harness.fixture.whenStable();
    expect(sector()).not.toContain('due for review');
  });
});
