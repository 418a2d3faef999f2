import { createEnvironmentInjector, EnvironmentInjector, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideMemorySource } from './testing/memory-source';
import { addTeam } from '../domain/teams/team-edits';
import { AssessmentState } from '../domain/types';
import { AssessmentPersistence } from './assessment-persistence';
import { AssessmentStore } from './assessment-store';
import { BrowserStorage } from './browser-storage';
import { ServedReader } from './served-reader';
import { clearBrowserData } from './testing/browser-data';
import { BUILD_UUID, SERVED_FILES } from './testing/served-files-fixture';
import { YamlSource } from './yaml-source';
import { PersistedAssessment } from '../domain/persisted/persisted-assessment';

const withStage = (stage: string, at: number) => (assessment: AssessmentState) => ({
  ...assessment,
  progress: {
    ...assessment.progress,
    [BUILD_UUID]: { ...assessment.progress[BUILD_UUID], 'Team A': { stages: { [stage]: '2026-01-01' }, editedAt: at } },
  },
});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const stored = async (storage: BrowserStorage) =>
  ((await storage.get('assessment')) as { value: PersistedAssessment } | undefined)?.value;
const storedStage = async (storage: BrowserStorage) =>
  Object.keys((await stored(storage))?.progress[BUILD_UUID]?.['Team A']?.stages ?? {});

/** The real store and persistence on the real IndexedDB, with the served files in memory. */
describe('AssessmentStore saving', () => {
  let storage: BrowserStorage;
  let store: AssessmentStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    storage = TestBed.inject(BrowserStorage);
    await clearBrowserData();
    store = TestBed.inject(AssessmentStore);
    await store.load();
  });

  afterEach(async () => {
    await store.flush();
    await clearBrowserData();
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

/**
 * Several tabs: each "tab" is a store with its own persistence, storage connection and
 * BroadcastChannel (in one page, channels of the same name reach each other as across tabs).
 */
describe('AssessmentStore with other tabs', () => {
  let injectors: EnvironmentInjector[];
  let ended: boolean;

  /**
   * Waits for what another tab's message, a write or a load brings about, for as long as it takes:
   * Jasmine's limit per spec (karma.conf.js) is the bound. A count of tries (300 of 10 ms) was a
   * timed assertion in disguise, which a loaded machine could fail. Once the spec has ended (timed
   * out) it stops quietly, saying what never came, rather than polling on into the next spec.
   */
  async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
    while (!(await check())) {
      if (ended) {
        console.error(`eventually: the spec ended before ${what}`);
        return new Promise<never>(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  function openTab(providers: Provider[] = []): AssessmentStore {
    const injector = createEnvironmentInjector(
      [AssessmentStore, AssessmentPersistence, BrowserStorage, ServedReader, ...providers],
      TestBed.inject(EnvironmentInjector),
    );
    injectors.push(injector);
    return injector.get(AssessmentStore);
  }

  async function loadedTab(): Promise<AssessmentStore> {
    const tab = openTab();
    await tab.load();
    return tab;
  }

  const teamsOf = (tab: AssessmentStore) => tab.state().assessment.teams.names;

  beforeEach(async () => {
    injectors = [];
    ended = false;
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    await clearBrowserData();
  });

  afterEach(async () => {
    ended = true;
    for (const injector of injectors) injector.destroy();
    await clearBrowserData();
  });

  it('keeps a team added in each of two tabs at the same time, in both tabs and after a reload', async () => {
    const [first, second] = [await loadedTab(), await loadedTab()];
    first.update((assessment) => addTeam(assessment, 'Team C'));
    second.update((assessment) => addTeam(assessment, 'Team D'));
    await Promise.all([first.flush(), second.flush()]);
    for (const tab of [first, second]) {
      await eventually(() => teamsOf(tab).length === 4, 'both teams in each tab');
      expect([...teamsOf(tab)].sort()).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
    }
    await Promise.all([first.flush(), second.flush()]);
    expect([...teamsOf(await loadedTab())].sort()).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
  });

  it('merges even when the other tab’s message never arrives (the write itself merges)', async () => {
    const [first, second] = [await loadedTab(), await loadedTab()];
    // The message of the first tab's save is sent, but the second tab writes before it is handled.
    first.update((assessment) => addTeam(assessment, 'Team C'));
    await first.flush();
    second.update((assessment) => addTeam(assessment, 'Team D'));
    await second.flush();
    expect([...teamsOf(second)].sort()).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
    expect([...teamsOf(await loadedTab())].sort()).toEqual(['Team A', 'Team B', 'Team C', 'Team D']);
  });

  it('takes in a save made while it was still loading, and writes nothing older over it', async () => {
    const first = await loadedTab();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const source: Pick<YamlSource, 'url' | 'fetchText'> = {
      url: (path) => `memory:${path}`,
      fetchText: async (path) => (await held, SERVED_FILES[path]),
    };
    const second = openTab([{ provide: YamlSource, useValue: source }]);
    const loading = second.load();
    // The second tab has read the storage and is waiting for the served files.
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.update((assessment) => addTeam(assessment, 'Team C'));
    await first.flush();
    release();
    await loading;
    await eventually(() => teamsOf(second).includes('Team C'), 'the save made while loading');
    second.update(withStage('Started', Date.now()));
    await second.flush();
    const reloaded = await loadedTab();
    expect(teamsOf(reloaded)).toContain('Team C');
    expect(Object.keys(reloaded.state().assessment.progress[BUILD_UUID]['Team A'].stages)).toEqual(['Started']);
  });

  it('after a reset in one tab, an edit in another neither brings the old data back nor is lost silently', async () => {
    const [first, second] = [await loadedTab(), await loadedTab()];
    second.update((assessment) => addTeam(assessment, 'Team C'));
    await second.flush();
    await eventually(() => teamsOf(first).includes('Team C'), 'the first tab has Team C');

    await first.reset();
    // The second tab edits before the reset's message arrives: its write is refused and it reloads.
    second.update((assessment) => addTeam(assessment, 'Team D'));
    await second.flush();
    await eventually(() => second.state().notice !== undefined, 'the notice');
    expect(second.state().notice).toContain('reset in another tab');
    expect(teamsOf(second)).toEqual(['Team A', 'Team B']);
    expect(teamsOf(first)).toEqual(['Team A', 'Team B']);
    expect(teamsOf(await loadedTab())).toEqual(['Team A', 'Team B']);

    // Later edits of either tab are saved as usual.
    second.update((assessment) => addTeam(assessment, 'Team E'));
    await second.flush();
    await eventually(() => teamsOf(first).includes('Team E'), 'the first tab has Team E');
  });

  it('tells a tab that only receives the message of a reset, and drops its unsaved edits', async () => {
    const [first, second] = [await loadedTab(), await loadedTab()];
    second.update((assessment) => addTeam(assessment, 'Team C'));
    await second.flush();
    await first.reset();
    await eventually(() => second.state().notice !== undefined, 'the notice');
    expect(teamsOf(second)).toEqual(['Team A', 'Team B']);
    expect(second.state().storage.state).toBe('ok');
  });

  it('reset also clears data set aside as unreadable, and its banner', async () => {
    const storage = TestBed.inject(BrowserStorage);
    await storage.put({ assessment: { schema: 99, value: { note: 'from a newer version' } } });
    const tab = await loadedTab();
    expect(JSON.stringify(tab.state().recovery?.items)).toContain('from a newer version');
    await tab.reset();
    expect(tab.state().recovery).toBeUndefined();
    expect(await storage.get('quarantine')).toBeUndefined();
    expect((await loadedTab()).state().recovery).toBeUndefined();
  });
});

describe('AssessmentStore with stored data it cannot read', () => {
  let storage: BrowserStorage;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    storage = TestBed.inject(BrowserStorage);
    await clearBrowserData();
  });

  afterEach(async () => {
    await TestBed.inject(AssessmentStore).flush();
    await clearBrowserData();
  });

  it('reads what it can, sets aside only the entry it cannot, and the next edit keeps the rest', async () => {
    const good = { stages: { Started: '2026-01-01' }, editedAt: 5 };
    await storage.put({
      assessment: {
        schema: 1,
        value: {
          ...(await loadedFiles()),
          teams: { teams: ['Team A', 'Team B', 'Team C'], groups: {} },
          teamsEdited: true,
          progress: { [BUILD_UUID]: { 'Team A': { stages: { Started: 1767225600000 } }, 'Team C': good } },
        },
      },
    });
    const store = TestBed.inject(AssessmentStore);
    await store.load();
    const { assessment, recovery } = store.state();
    expect(assessment.teams.names).toEqual(['Team A', 'Team B', 'Team C']);
    expect(assessment.progress[BUILD_UUID]['Team C']).toEqual(good);
    expect(recovery?.items.map((item) => item.path)).toEqual([['progress', BUILD_UUID, 'Team A']]);

    store.update(withStage('Partly implemented', 9));
    await store.flush();
    const kept = await stored(storage);
    expect(kept?.teams.teams).toEqual(['Team A', 'Team B', 'Team C']);
    expect(kept?.progress[BUILD_UUID]['Team C']).toEqual(good);
    // The entry set aside stays offered (also after a reload) until dismissed, and is set aside once.
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideMemorySource(SERVED_FILES)] });
    const reloaded = TestBed.inject(AssessmentStore);
    await reloaded.load();
    expect(reloaded.state().recovery?.items.length).toBe(1);
    expect(reloaded.state().recovery?.items[0].value).toEqual({ stages: { Started: 1767225600000 } });
    await reloaded.clearRecovery();
    expect(await TestBed.inject(BrowserStorage).get('quarantine')).toBeUndefined();
  });
});

describe('AssessmentStore loading', () => {
  afterEach(() => clearBrowserData());

  it('notes a date after today in the served progress file, at its line, also after a reload', async () => {
    const progress = `progress:\n  ${BUILD_UUID}:\n    Team A:\n      Started: 2999-01-01\n`;
    TestBed.configureTestingModule({
      providers: [provideMemorySource({ ...SERVED_FILES, 'team-progress.yaml': progress })],
    });
    await clearBrowserData();
    const store = TestBed.inject(AssessmentStore);
    await store.load();
    const notes = () => store.state().problems.map((p) => [p.file, p.line, p.severity, p.message]);
    expect(notes()).toEqual([
      [
        'team-progress.yaml',
        4,
        'warning',
        `Team "Team A" on activity "Defined build process": stage "Started" is dated 2999-01-01, after today (${store.today()}); it counts only from that day.`,
      ],
    ]);
    const first = notes();
    await store.reload();
    expect(notes()).toEqual(first);
  });
});

/** The assessment of the served files, as a tab stores it. */
async function loadedFiles(): Promise<AssessmentState> {
  const injector = createEnvironmentInjector(
    [AssessmentStore, AssessmentPersistence, BrowserStorage, ServedReader],
    TestBed.inject(EnvironmentInjector),
  );
  const store = injector.get(AssessmentStore);
  await store.load();
  const assessment = store.state().assessment;
  injector.destroy();
  return assessment;
}
