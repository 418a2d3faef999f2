import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { Model } from '../../domain/types';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
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
    store.update((a) => ({
      ...a,
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
    expect(titles()).toEqual(['Fully implemented', 'Not started', 'Not started']);

    const team = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatButtonToggleHarness.with({ text: 'Team' }),
    );
    await team.check();
    await harness.fixture.whenStable();
    expect(store.state().assessment.settings.reportConfig?.groupBy).toBe('team');
    expect(titles()).toEqual(['Team A', 'Team B', 'Team A', 'Team B']);
  });
});
