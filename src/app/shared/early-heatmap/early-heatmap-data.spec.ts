import { TestBed } from '@angular/core/testing';
import { PERSISTED_SCHEMA, persistedValue } from '../../domain/persisted/persisted-assessment';
import { localCalendarDay } from '../../domain/common/calendar-date';
import { AssessmentState } from '../../domain/types';
import { assembleAssessment } from '../../state/load-assessment';
import { readServed, ServedRead } from '../../state/read-served';
import { BUILD_UUID, SERVED_FILES } from '../../state/testing/served-files-fixture';
import { FakeAssessmentStore } from '../../state/testing/fake-assessment-store';
import { FetchError } from '../../state/text-source';
import { earlyHeatmap, EarlyStored } from './early-heatmap-data';

const FILES: Record<string, string> = {
  ...SERVED_FILES,
  'team-progress.yaml': `progress:\n  ${BUILD_UUID}:\n    Team A:\n      Fully implemented: 2026-03-01\n`,
};

function read(files: Record<string, string> = FILES): Promise<ServedRead> {
  return readServed({
    url: (path) => `memory:${path}`,
    fetchText: async (path) => {
      if (!Object.hasOwn(files, path)) throw new FetchError(path, 404);
      return files[path];
    },
  });
}

const record = (assessment: AssessmentState) => ({ schema: PERSISTED_SCHEMA, value: persistedValue(assessment) });
const NOTHING_STORED: EarlyStored = { setAside: false };
const DAY = localCalendarDay(new Date());

/** The scores the app's store gives its heatmap page for `selected`, from the same read and stored data. */
function storeScores(served: ServedRead, stored: AssessmentState | undefined, selected: readonly string[]) {
  const loaded = assembleAssessment(served, stored, DAY);
  const store = TestBed.runInInjectionContext(() => new FakeAssessmentStore({ ...loaded, storage: { state: 'ok' } }));
  return TestBed.runInInjectionContext(() => store.scoresFor(() => selected))();
}

describe('earlyHeatmap', () => {
  it("scores the URL's teams as the store scores them for the heatmap page", async () => {
    const served = await read();
    const all = earlyHeatmap(served, NOTHING_STORED, {}, '', DAY);
    expect(all?.scores).toEqual(storeScores(served, undefined, []));
    const teamA = earlyHeatmap(served, NOTHING_STORED, { teams: ['Team A'] }, '', DAY);
    expect(teamA?.scores).toEqual(storeScores(served, undefined, ['Team A']));
    expect(teamA?.scores.overall.score).toBeGreaterThan(0);
    expect(teamA?.label).toBe('Circular heatmap for Team A: one wedge per sub-dimension, one ring per level');
    expect(teamA?.coverage).toMatch(/^Team A has assessed 1 of /);
  });

  it("includes the browser's stored assessment, as the app combines it", async () => {
    const served = await read();
    const loaded = assembleAssessment(served, undefined, DAY);
    const edited: AssessmentState = {
      ...loaded.assessment,
      progress: {},
      settings: { ...loaded.assessment.settings, theme: 'dark' },
    };
    const early = earlyHeatmap(served, { assessment: record(edited), setAside: false }, {}, '', DAY);
    expect(early?.scores).toEqual(storeScores(served, edited, []));
    expect(early?.theme).toBe('dark');
  });

  it('is undefined where the app would show more than the chart, or other data', async () => {
    const served = await read();
    const loaded = assembleAssessment(served, undefined, DAY);
    const custom = { ...loaded.assessment, customFiles: [{ name: 'extra.yaml', text: 'Build: {}\n' }] };
    expect(earlyHeatmap(served, { assessment: record(custom), setAside: false }, {}, '', DAY)).toBeUndefined();
    expect(earlyHeatmap(served, { assessment: { schema: 99 }, setAside: false }, {}, '', DAY)).toBeUndefined();
    expect(earlyHeatmap(served, { setAside: true }, {}, '', DAY)).toBeUndefined();
    expect(earlyHeatmap(served, NOTHING_STORED, { sector: 'Build', level: '1' }, '', DAY)).toBeUndefined();
    expect(earlyHeatmap(served, NOTHING_STORED, {}, BUILD_UUID, DAY)).toBeUndefined();
    expect(earlyHeatmap(served, NOTHING_STORED, { teams: 'Team A,Nobody' }, '', DAY)).toBeUndefined();
    const withoutEvidence = Object.fromEntries(Object.entries(FILES).filter(([path]) => path !== 'team-evidence.yaml'));
    expect(earlyHeatmap(await read(withoutEvidence), NOTHING_STORED, {}, '', DAY)).toBeUndefined();
  });

  it('is undefined for a file whose only note is a date after the day, and painted on that day', async () => {
    const later = (path: string, text: string) => read({ ...FILES, [path]: text });
    const progress = await later(
      'team-progress.yaml',
      `progress:\n  ${BUILD_UUID}:\n    Team A:\n      Fully implemented: 2027-02-01\n`,
    );
    const evidence = await later(
      'team-evidence.yaml',
      `evidence:\n  ${BUILD_UUID}:\n    - {teams: [Team A], title: Pipeline, evidenceRecorded: 2027-02-01}\n`,
    );
    for (const served of [progress, evidence]) {
      expect(earlyHeatmap(served, NOTHING_STORED, {}, '', '2027-01-31')).toBeUndefined();
      // The app notes the date: the early chart would be followed by the banner, moving the page.
      expect(assembleAssessment(served, undefined, '2027-01-31').problems.length).toBe(1);
      expect(earlyHeatmap(served, NOTHING_STORED, {}, '', '2027-02-01')).toBeDefined();
    }
  });
});
