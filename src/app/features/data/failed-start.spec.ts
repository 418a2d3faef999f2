import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter } from '@angular/router';
import { AppStatus } from '../../app-status';
import { fromFiles } from '../../domain/assessment/empty-assessment';
import { STAGES } from '../../domain/testing/model-fixture';
import { AssessmentState } from '../../domain/types';
import { provideMemorySource } from '../../state/testing/memory-source';
import { until } from '../../shared/testing/until';
import { AssessmentStore } from '../../state/assessment-store';
import { storeAssessment } from '../../state/testing/stored-assessment';
import { BrowserStorage } from '../../state/browser-storage';
import { CustomText, readServed } from '../../state/read-served';
import { ServedReader } from '../../state/served-reader';
import { BUILD_UUID, SERVED_FILES } from '../../state/testing/served-files-fixture';
import { YamlSource } from '../../state/yaml-source';
import { DataFiles } from './data-files';
import { DataPage } from './data-page';
import { PersistedAssessment } from '../../domain/persisted/persisted-assessment';

/**
 * A start that fails, here because reading the served files with the stored custom file throws (as
 * an alias bomb in storage did, with a stack overflow): the real store, persistence and IndexedDB.
 * The app must say so and still lead to the data centre, which works on the data as stored.
 */
describe('a start that fails', () => {
  let storage: BrowserStorage;
  const stored: AssessmentState = {
    ...fromFiles({ teams: ['Team A', 'Team B'], groups: {}, stages: STAGES, progress: {}, evidence: [] }),
    progress: { [BUILD_UUID]: { 'Team A': { stages: { Started: '2026-01-01' }, editedAt: Date.UTC(2026, 0, 1) } } },
    customFiles: [{ name: 'breaks-it.yaml', text: 'x: 1\n' }],
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMemorySource(SERVED_FILES),
        {
          provide: ServedReader,
          useFactory: () => {
            const source = TestBed.inject(YamlSource);
            return {
              read: async (custom: readonly CustomText[]) => {
                if (custom.length > 0) throw new RangeError('Maximum call stack size exceeded');
                return readServed(source, custom);
              },
            };
          },
        },
      ],
    });
    storage = TestBed.inject(BrowserStorage);
    await storage.delete('assessment');
    await storeAssessment(stored);
  });

  afterEach(async () => {
    await storage.delete('assessment');
  });

  it('shows the error, links to the data centre, and there downloads, removes the custom file and loads', async () => {
    const store = TestBed.inject(AssessmentStore);
    await store.load();
    expect(store.state().status).toBe('failed');

    const status = TestBed.createComponent(AppStatus);
    status.detectChanges();
    const alert = (status.nativeElement as HTMLElement).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('RangeError: Maximum call stack size exceeded');
    expect(alert.querySelector('a[href="/data"]')?.textContent).toContain('data centre');

    const page = TestBed.createComponent(DataPage);
    const root: HTMLElement = page.nativeElement;
    page.detectChanges();
    expect(root.querySelector('app-download-panel')).not.toBeNull();
    expect(root.querySelector('app-reset-panel')).not.toBeNull();
    expect(root.querySelector('app-import-panel')).toBeNull();
    const backup = TestBed.inject(DataFiles).text('backup');
    expect(backup).toContain('breaks-it.yaml');
    expect(backup).toContain('Started: 2026-01-01');

    root.querySelector<HTMLButtonElement>('button[aria-label="Remove breaks-it.yaml"]')!.click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(page).getHarness(MatDialogHarness);
    await dialog.getContentText();
    [...document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')]
      .find((b) => /Remove file/.test(b.textContent ?? ''))!
      .click();
    await until(page, () => store.state().status === 'ready', 'the model to load without the file');
    expect(store.state().assessment.customFiles).toEqual([]);
    expect(store.state().assessment.progress[BUILD_UUID]['Team A'].stages).toEqual({ Started: '2026-01-01' });
    const record = (await storage.get('assessment')) as { value: PersistedAssessment };
    expect(record.value.customFiles).toEqual([]);
    expect(record.value.progress[BUILD_UUID]['Team A'].stages).toEqual({ Started: '2026-01-01' });
  });
});
