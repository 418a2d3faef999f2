import { modelFixture, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
import { Progress, Teams } from '../types';
import { CompareEntity, CompareInput, compareEntities, compareRows } from './compare-rows';
import { radarLayout } from './radar';
import { monthsInterval } from '../review/review-interval';
import { evidenceSummaries } from '../status/activity-status';
import { scoreAssessment } from '../scoring/score-assessment';

const MODEL = modelFixture({
  D: {
    S: [
      ['Same', 1],
      ['Differs', 1],
      ['NA', 2],
      ['High', 4],
    ],
  },
});
const [SAME, DIFFERS, NA, HIGH] = ['Same', 'Differs', 'NA', 'High'].map(uuidOf);
const TEAMS: Teams = { names: ['A', 'B', 'C'], groups: { BC: ['B', 'C'], Empty: [], Ghost: ['Nobody'] } };
const full = { stages: { 'Fully implemented': '2026-01-01' } };

/** compareRows with each entity scored as the store scores it for its heatmap. */
function rowsOf(input: Omit<CompareInput, 'scores' | 'model' | 'stages' | 'day'>) {
  const { progress, maxLevel, review } = input;
  const scoring = { model: MODEL, stages: STAGES, progress, teams: TEAMS.names, maxLevel, day: TODAY, review };
  const scores = input.entities.map((entity: CompareEntity) => scoreAssessment({ ...scoring, selected: entity.teams }));
  return compareRows({ ...input, model: MODEL, stages: STAGES, day: TODAY, scores });
}
const PROGRESS: Progress = {
  [SAME]: { A: full, B: full, C: full },
  [DIFFERS]: { A: full, B: { stages: { Started: '2026-01-01' } } },
  [NA]: { A: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' } } },
  [HIGH]: { A: full },
};

describe('comparison rows', () => {
  it('reads teams and groups from keys, leaving out unknown and empty ones', () => {
    const entities = compareEntities(['team:A', 'group:BC', 'team:Zed', 'group:Empty', 'group:Ghost', 'team:A'], TEAMS);
    expect(entities.map((e) => [e.label, e.kind, e.teams])).toEqual([
      ['A', 'team', ['A']],
      ['BC', 'group', ['B', 'C']],
    ]);
  });

  it("lists only the activities where the teams differ, with each one's stage", () => {
    const entities = compareEntities(['team:A', 'team:B'], TEAMS);
    const rows = rowsOf({ progress: PROGRESS, entities, maxLevel: 3 });
    expect(rows.map((r) => r.activity.name)).toEqual(['Differs', 'NA']);
    expect(rows[0].cells.map((c) => c.text)).toEqual(['Fully implemented', 'Started']);
    expect(rows[0].spread).toBeCloseTo(0.8);
    expect(rows[1].cells.map((c) => [c.text, c.score])).toEqual([
      ['Not applicable', null],
      ['Not assessed', 0],
    ]);
  });

  it('scores a group as the mean of its members and respects the level limit', () => {
    const entities = compareEntities(['team:A', 'group:BC'], TEAMS);
    const rows = rowsOf({ progress: PROGRESS, entities, maxLevel: 5 });
    expect(rows.map((r) => r.activity.name)).toEqual(['Differs', 'NA', 'High']);
    expect(rows[0].cells.map((c) => c.text)).toEqual(['Fully implemented', '10%']);
  });
});

describe('comparison rows, due for review', () => {
  // Both teams fully implemented: A since 2025-01-01 (due for review after a year, no evidence), B since 2026-06-01.
  const progress: Progress = {
    [SAME]: {
      A: { stages: { 'Fully implemented': '2025-01-01' } },
      B: { stages: { 'Fully implemented': '2026-06-01' } },
    },
  };
  const entities = compareEntities(['team:A', 'team:B'], TEAMS);
  const review = { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) };

  it("says which team's statement is due for review, as every other page does", () => {
    const rows = rowsOf({ progress, entities, maxLevel: 3, review });
    expect(rows.map((r) => r.activity.name)).toEqual(['Same']);
    expect(rows[0].cells.map((c) => [c.text, c.due])).toEqual([
      ['Fully implemented', true],
      ['Fully implemented', false],
    ]);
  });

  it("counts a group's teams due for review, as its heatmap counts them", () => {
    // B fully implemented since 2025-01-01 (due), C started on 2026-06-01 (not due): 60%, 1 due.
    const mixed: Progress = {
      [SAME]: {
        A: { stages: { 'Fully implemented': '2025-01-01' } },
        B: { stages: { 'Fully implemented': '2025-01-01' } },
        C: { stages: { Started: '2026-06-01' } },
      },
    };
    const group = compareEntities(['team:A', 'group:BC'], TEAMS);
    const rows = rowsOf({ progress: mixed, entities: group, maxLevel: 3, review });
    expect(rows[0].cells.map((c) => [c.text, c.due, c.dueTeams])).toEqual([
      ['Fully implemented', true, undefined],
      ['60%', undefined, 1],
    ]);
  });

  it('lists no difference where neither is due and the stages are equal', () => {
    const fresh = { ...review, interval: monthsInterval(36) };
    expect(rowsOf({ progress, entities, maxLevel: 3, review: fresh })).toEqual([]);
  });
});

describe('radar layout', () => {
  it('puts one spoke per axis clockwise from the top and scales values to the radius', () => {
    const layout = radarLayout(['N', 'E', 'S', 'W'], [{ key: 'k', label: 'K', values: [1, 0.5, null, 0] }], 200, 50);
    expect(layout.radius).toBe(50);
    expect(layout.axes.map((a) => [a.x, a.y, a.anchor])).toEqual([
      [0, -50, 'middle'],
      [50, 0, 'start'],
      [0, 50, 'middle'],
      [-50, 0, 'end'],
    ]);
    expect(layout.shapes[0].path).toBe('M0,-50L25,0L0,0L0,0Z');
    expect(layout.rings.map((r) => r.value)).toEqual([0.25, 0.5, 0.75, 1]);
  });
});
