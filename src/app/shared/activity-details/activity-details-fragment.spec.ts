import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { AssessmentStore } from '../../state/assessment-store';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { until } from '../testing/until';
import { ACTIVITY_DETAILS_LOADER, activityDetailsFromFragment } from './activity-details-fragment';

@Component({ template: '' })
class Page {
  readonly details = activityDetailsFromFragment(inject(AssessmentStore).data);
}

describe('activityDetailsFromFragment', () => {
  let store: FakeAssessmentStore;
  let loads = 0;

  beforeEach(() => {
    loads = 0;
    store = new FakeAssessmentStore(readyState(SMALL_MODEL));
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        provideRouter([{ path: '', component: Page }]),
        {
          provide: ACTIVITY_DETAILS_LOADER,
          // The first try fails, as offline; the next loads.
          useValue: () =>
            ++loads === 1
              ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
              : Promise.all([import('@angular/material/dialog'), import('./activity-details-dialog')]),
        },
      ],
    });
  });
  afterEach(() => TestBed.inject(MatDialog).closeAll());

  const settle = async (harness: RouterTestingHarness) => {
    for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  };

  it('shows the details when the same link is followed again after its code did not load', async () => {
    const activity = SMALL_MODEL.activities[0];
    const harness = await RouterTestingHarness.create('/');
    const page = harness.fixture.debugElement.query((el) => el.componentInstance instanceof Page)
      .componentInstance as Page;
    page.details.open(activity.uuid);
    await settle(harness);
    expect(store.state().notice).toContain(`The details of “${activity.name}” could not be shown`);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(TestBed.inject(Router).url).toBe(`/#${activity.uuid}`);
    // Before, nothing: the fragment was the same, so no navigation and no second try.
    page.details.open(activity.uuid);
    await settle(harness);
    expect(loads).toBe(2);
    // The dialog's code is imported for real: give it a few turns.
    await until(harness.fixture, () => document.querySelector('mat-dialog-container h2'), 'the dialog');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain(activity.name);
  });
});
