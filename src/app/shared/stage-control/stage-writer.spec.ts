import { TestBed } from '@angular/core/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { SNACK_BAR_LOADER, StageWriter } from './stage-writer';

describe('StageWriter', () => {
  it('says the undo could not be offered when the snack bar does not load, and keeps the change', async () => {
    const store = new FakeAssessmentStore(readyState(SMALL_MODEL));
    let failed!: Promise<unknown>;
    TestBed.configureTestingModule({
      providers: [
        provideFakeStore(store),
        {
          provide: SNACK_BAR_LOADER,
          useValue: () => (failed = Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
        },
      ],
    });
    const writer = TestBed.inject(StageWriter);
    const activity = SMALL_MODEL.activities[0];
    writer.markNotApplicable(activity, 'Team A', 'No builds here');
    writer.setStage(activity, ['Team A'], 'Started');
    await failed.catch(() => undefined);
    await Promise.resolve();
    expect(store.status(activity.uuid, 'Team A').stage?.title).toBe('Started');
    expect(store.state().notice).toContain(
      `${activity.name}: applies again to Team A (now Started). Its undo could not be offered: part of the app did not load`,
    );
  });
});
