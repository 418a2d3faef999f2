import { TestBed } from '@angular/core/testing';
import { AppStatus } from '../../app-status';
import { fromFiles } from '../../domain/assessment/empty-assessment';
import { STAGES } from '../../domain/testing/model-fixture';
import { AssessmentState } from '../../domain/types';
import { AssessmentStore } from '../../state/assessment-store';
import { storeAssessment } from '../../state/testing/stored-assessment';
import { BrowserStorage } from '../../state/browser-storage';
import { ImportPanel } from './import-panel';
import { provideMemorySource } from '../../state/testing/memory-source';
import { until } from '../../shared/testing/until';
import { BUILD_UUID, SERVED_FILES } from '../../state/testing/served-files-fixture';
import { PersistedAssessment } from '../../domain/persisted/persisted-assessment';

const BUILD = BUILD_UUID;
const SERVED = SERVED_FILES;

/**
 * Storage quota exceeded while saving an import: the real store, persistence and IndexedDB, with
 * IndexedDB's put throwing QuotaExceededError as a full disk makes it do.
 */
describe('storage quota exceeded during save', () => {
  let storage: BrowserStorage;
  let store: AssessmentStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED)] });
    storage = TestBed.inject(BrowserStorage);
    store = TestBed.inject(AssessmentStore);
    await storage.delete('assessment');
  });

  afterEach(async () => {
    await storage.delete('assessment');
  });

  it('says so, keeps the app working, and leaves the stored data exactly as it was', async () => {
    const previous: AssessmentState = {
      ...fromFiles({ teams: ['Team A', 'Team B'], groups: {}, stages: STAGES, progress: {}, evidence: [] }),
      progress: { [BUILD]: { 'Team A': { stages: { Started: '2026-01-01' }, editedAt: Date.UTC(2026, 0, 1) } } },
    };
    await storeAssessment(previous);
    const storedBefore = structuredClone(await storage.get('assessment'));
    await store.load();
    expect(store.state().assessment.progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-01-01' });

    const fixture = TestBed.createComponent(ImportPanel);
    const status = TestBed.createComponent(AppStatus);
    const root: HTMLElement = fixture.nativeElement;
    fixture.detectChanges();
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([`progress:\n  ${BUILD}:\n    Team B:\n      Started: 2026-06-01\n`], 'team-progress.yaml'),
    );
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(fixture, () => root.querySelector('app-import-review:has([aria-busy="false"])'), 'the preview');

    const put = spyOn(IDBObjectStore.prototype, 'put').and.throwError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    [...root.querySelectorAll('button')].find((b) => /Merge the file/.test(b.textContent ?? ''))!.click();
    await until(fixture, () => !root.querySelector('app-import-review'), 'the import');
    await store.flush();

    expect(put).toHaveBeenCalled();
    const storageState = store.state().storage;
    expect(storageState.state).toBe('error');
    expect(storageState.message).toContain('storage quota exceeded');
    expect(storageState.message).toContain('download a backup');
    status.detectChanges();
    const banner = [...(status.nativeElement as HTMLElement).querySelectorAll('[role="alert"]')]
      .map((e) => e.textContent)
      .join(' ');
    expect(banner).toContain('storage quota exceeded');
    expect(root.textContent).toContain('It is in this tab only: it could not be saved in the browser');

    // Nothing stored was lost or half-written.
    expect(await storage.get('assessment')).toEqual(storedBefore);
    // The app keeps working: the import is there in this tab, and later edits work.
    expect(store.state().assessment.progress[BUILD]['Team B'].stages).toEqual({ Started: '2026-06-01' });
    expect(store.state().assessment.progress[BUILD]['Team A'].stages).toEqual({ Started: '2026-01-01' });

    // Once there is room again, the next save stores everything.
    put.and.callThrough();
    store.update((assessment) => ({ ...assessment, settings: { ...assessment.settings, maxLevel: 1 } }));
    await store.flush();
    expect(store.state().storage.state).toBe('ok');
    const stored = (await storage.get('assessment')) as { value: PersistedAssessment };
    expect(stored.value.progress[BUILD]['Team B'].stages).toEqual({ Started: '2026-06-01' });
  });
});
