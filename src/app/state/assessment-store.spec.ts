import { TestBed } from '@angular/core/testing';
import { provideMemorySource } from './testing/memory-source';
import { AssessmentState } from '../domain/types';
import { AssessmentStore } from './assessment-store';
import { BrowserStorage } from './browser-storage';
import { BUILD_UUID, SERVED_FILES } from './testing/served-files-fixture';

const withStage = (stage: string, at: number) => (state: AssessmentState) => ({
  ...state,
  progress: { ...state.progress, [BUILD_UUID]: { 'Team A': { stages: { [stage]: '2026-01-01' }, editedAt: at } } },
});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const storedStage = async (storage: BrowserStorage) => {
  const record = (await storage.get('assessment')) as { value: AssessmentState } | undefined;
  return Object.keys(record?.value.progress[BUILD_UUID]?.['Team A']?.stages ?? {});
};

/** The real store and persistence on the real IndexedDB, with the served files in memory. */
describe('AssessmentStore saving', () => {
  let storage: BrowserStorage;
  let store: AssessmentStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    storage = TestBed.inject(BrowserStorage);
    await storage.delete('assessment');
    store = TestBed.inject(AssessmentStore);
    await store.load();
  });

  afterEach(async () => {
    await store.flush();
    await storage.delete('assessment');
  });

  it('writes a change at once, right after the frame that shows it: a tab killed then keeps it', async () => {
    store.update(withStage('Started', 1));
    expect(store.state().storage.state).toBe('pending');
    await nextFrame();
    await nextFrame();
    expect(await storedStage(storage)).toEqual(['Started']);
  });

  it('writes changes made during a write right after it, and only then says everything is saved', async () => {
    store.update(withStage('Started', 1));
    const first = store.flush();
    store.update(withStage('Partly implemented', 2));
    expect(store.state().storage.state).toBe('pending');
    await first;
    expect(store.state().storage.state).toBe('ok');
    expect(await storedStage(storage)).toEqual(['Partly implemented']);
  });
});
