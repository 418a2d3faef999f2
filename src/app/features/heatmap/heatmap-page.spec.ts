import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { ACTIVITY_DETAILS_LOADER } from '../../shared/activity-details/activity-details-fragment';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { CHART_EXPORT_LOADER, HeatmapPage } from './heatmap-page';

/** A lazily loaded file that did not arrive, as offline or after a deploy removed it. */
const notLoaded = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('HeatmapPage, when a part loaded on first use does not load', () => {
  let store: FakeAssessmentStore;

  beforeEach(() => {
    store = new FakeAssessmentStore(readyState(SMALL_MODEL));
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideRouter([{ path: '', component: HeatmapPage }]),
        { provide: CHART_EXPORT_LOADER, useValue: notLoaded },
        { provide: ACTIVITY_DETAILS_LOADER, useValue: notLoaded },
      ],
    });
  });

  const settle = async (harness: RouterTestingHarness) => {
    for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  };

  it('says the PNG could not be made and what to do, rather than nothing', async () => {
    const harness = await RouterTestingHarness.create('/');
    await settle(harness);
    const button = harness.routeNativeElement!.querySelector<HTMLButtonElement>(
      '[aria-label="Download the chart as PNG"]',
    )!;
    button.click();
    await settle(harness);
    expect(store.state().notice).toContain('The PNG of the heatmap could not be made: part of the app did not load');
    expect(store.state().notice).toContain('Reload the page while online and try again.');
  });

  it("says an activity's details could not be shown, rather than nothing", async () => {
    const activity = SMALL_MODEL.activities[0];
    const harness = await RouterTestingHarness.create(`/#${activity.uuid}`);
    await settle(harness);
    expect(store.state().notice).toContain(`The details of “${activity.name}” could not be shown`);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });
});
