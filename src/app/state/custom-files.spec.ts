import { TestBed } from '@angular/core/testing';
import { aliasBomb } from '../domain/testing/alias-bomb';
import { AssessmentStore } from './assessment-store';
import { CustomFiles } from './custom-files';
import { clearBrowserData, fullDisk, storedAssessment } from './testing/browser-data';
import { provideMemorySource } from './testing/memory-source';
import { SERVED_FILES } from './testing/served-files-fixture';

const NEW_ACTIVITY =
  'New dimension:\n  New sub:\n    New activity:\n      uuid: 0c0c0c0c-1111-4222-8333-444455556666\n      level: 1\n';
const file = (name: string, text: string) => new File([text], name);

/** The real store on the real IndexedDB, with the served files (one activity) in memory. */
describe('CustomFiles', () => {
  let store: AssessmentStore;
  let customFiles: CustomFiles;
  const activities = () => store.state().data?.model.activities.map((a) => a.name);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    await clearBrowserData();
    store = TestBed.inject(AssessmentStore);
    customFiles = TestBed.inject(CustomFiles);
    await store.load();
  });

  afterEach(async () => {
    await store.flush();
    await clearBrowserData();
  });

  it('adds a file the model loads with: stored at once, the model loaded again with its activity', async () => {
    const result = await customFiles.add(file('extra.yaml', NEW_ACTIVITY));
    expect(result).toEqual({ state: 'saved', message: 'Added extra.yaml: the model now has 2 activities (+1).' });
    expect(activities()).toEqual(['Defined build process', 'New activity']);
    expect((await storedAssessment())?.customFiles).toEqual([{ name: 'extra.yaml', text: NEW_ACTIVITY }]);
  });

  it('replaces a file of the same name in its place', async () => {
    await customFiles.add(file('extra.yaml', NEW_ACTIVITY));
    const result = await customFiles.add(file('extra.yaml', NEW_ACTIVITY.replace('New activity', 'Renamed')));
    expect(result).toEqual({ state: 'saved', message: 'Replaced extra.yaml: the model now has 2 activities (+0).' });
    expect(activities()).toEqual(['Defined build process', 'Renamed']);
    expect(store.state().assessment.customFiles.map((f) => f.name)).toEqual(['extra.yaml']);
  });

  it('refuses a file the model does not load with, naming file and line; nothing is stored', async () => {
    const result = await customFiles.add(file('bomb.yaml', aliasBomb()));
    expect(result.state).toBe('refused');
    const problems = result.state === 'refused' ? result.problems : [];
    expect(problems[0].file).toBe('bomb.yaml');
    expect(problems[0].line).toBe(4);
    expect(store.state().assessment.customFiles).toEqual([]);
    expect(await storedAssessment()).toBeUndefined();
  });

  it('removes a file: stored at once, the model loaded again without its activity', async () => {
    await customFiles.add(file('extra.yaml', NEW_ACTIVITY));
    const result = await customFiles.remove('extra.yaml');
    expect(result).toEqual({ state: 'saved', message: 'Removed extra.yaml.' });
    expect(activities()).toEqual(['Defined build process']);
    expect((await storedAssessment())?.customFiles).toEqual([]);
  });

  it('says the change is in this tab only when it cannot be stored, and loads no model from it', async () => {
    const disk = fullDisk();
    const result = await customFiles.add(file('extra.yaml', NEW_ACTIVITY));
    expect(result).toEqual({
      state: 'not-saved',
      message:
        'The change could not be saved in this browser (see the message at the top); the model was not reloaded.',
    });
    expect(store.state().assessment.customFiles.map((f) => f.name)).toEqual(['extra.yaml']);
    expect(activities()).toEqual(['Defined build process']);

    // Once there is room again, the next save stores it.
    disk.and.callThrough();
    await store.flush();
    expect((await storedAssessment())?.customFiles.map((f) => f.name)).toEqual(['extra.yaml']);
  });
});
