import fc from 'fast-check';
import { fromFiles } from '../assessment/empty-assessment';
import { evidenceFixture } from '../testing/evidence-fixture';
import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { AssessmentState, Evidence, Progress } from '../types';
import { DiffCounts, diffAssessments, teamActivityDiffs, ZERO } from './assessment-diff';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const DEPLOY = uuidOf('Defined deployment process');

const evidence = (id: string, fields: Partial<Evidence> = {}) =>
  evidenceFixture(id, { activityUuid: BUILD, teams: ['A'], evidenceRecorded: '2026-03-01', ...fields });

const before: AssessmentState = fromFiles({
  teams: ['A', 'B'],
  groups: { G: ['A'] },
  stages: STAGES,
  progress: {
    [BUILD]: {
      A: { stages: { Started: '2026-01-01', 'Partly implemented': '2026-02-01' } },
      B: { stages: { Started: '2026-01-05' } },
    },
    [DEPLOY]: { A: { stages: { Started: '2026-01-01' } } },
  },
  evidence: [evidence('e1'), evidence('e2', { teams: ['A', 'B'] })],
});

/** One team's changes from `before` to `after`, in the small model's order. */
const activitiesOf = (after: AssessmentState, team: string) => teamActivityDiffs(before, after, team, SMALL_MODEL);

describe('diffAssessments', () => {
  it('finds nothing between equal assessments, whatever the edit times', () => {
    const restamped = {
      ...before,
      progress: { ...before.progress, [DEPLOY]: { A: { stages: { Started: '2026-01-01' }, editedAt: 5 } } },
    };
    const diff = diffAssessments(before, restamped);
    expect(diff.empty).toBeTrue();
    expect(diff.teams).toEqual([]);
  });

  it('lists added, changed and removed stage dates per team and activity, in model order', () => {
    const after: AssessmentState = {
      ...before,
      progress: {
        [BUILD]: {
          A: { stages: { Started: '2026-01-02', 'Fully implemented': '2026-06-01' } },
          B: before.progress[BUILD]['B'],
        },
        [DEPLOY]: { A: { stages: {}, editedAt: 9 } },
        unknown: { B: { stages: { Started: '2026-06-01' } } },
      },
    };
    const diff = diffAssessments(before, after);
    expect(diff.teams.map((t) => t.team)).toEqual(['A', 'B']);
    const [a, b] = diff.teams;
    expect(activitiesOf(after, 'A')).toEqual([
      {
        uuid: BUILD,
        name: 'Defined build process',
        stages: [
          { title: 'Started', before: '2026-01-01', after: '2026-01-02' },
          { title: 'Partly implemented', before: '2026-02-01' },
          { title: 'Fully implemented', after: '2026-06-01' },
        ],
        evidence: [],
      },
      {
        uuid: DEPLOY,
        name: 'Defined deployment process',
        stages: [{ title: 'Started', before: '2026-01-01' }],
        evidence: [],
      },
    ]);
    expect(a.counts).toEqual(jasmine.objectContaining({ stagesAdded: 1, stagesChanged: 1, stagesRemoved: 2 }));
    expect(a.activityCount).toBe(2);
    expect(b.activityCount).toBe(1);
    expect(activitiesOf(after, 'B')).toEqual([
      { uuid: 'unknown', stages: [{ title: 'Started', after: '2026-06-01' }], evidence: [] },
    ]);
    expect(diff.totals).toEqual(jasmine.objectContaining({ stagesAdded: 2, stagesChanged: 1, stagesRemoved: 2 }));
    expect(diff.empty).toBeFalse();
  });

  it('lists "not applicable" marks set, changed and cleared', () => {
    const mark = { reason: 'No containers', date: '2026-05-01' };
    const marked = {
      ...before,
      progress: { ...before.progress, [DEPLOY]: { A: { stages: { Started: '2026-01-01' }, notApplicable: mark } } },
    };
    const set = diffAssessments(before, marked);
    expect(activitiesOf(marked, 'A')[0]).toEqual({
      uuid: DEPLOY,
      name: 'Defined deployment process',
      stages: [],
      notApplicable: { after: mark },
      evidence: [],
    });
    expect(set.totals.marksChanged).toBe(1);
    expect(teamActivityDiffs(marked, before, 'A', SMALL_MODEL)[0].notApplicable).toEqual({ before: mark });
  });

  it('lists evidence per team: added, changed and removed, and a team taken off an entry as removed for it', () => {
    const after: AssessmentState = {
      ...before,
      evidence: [
        evidence('e1', { title: 'Renamed' }),
        evidence('e2', { teams: ['A'] }),
        evidence('e3', { teams: ['B'], activityUuid: DEPLOY }),
      ],
    };
    const diff = diffAssessments(before, after);
    const byTeam = Object.fromEntries(
      diff.teams.map((t) => [t.team, activitiesOf(after, t.team).map((a) => [a.uuid, a.evidence])]),
    );
    // e2 is still A's, but its team list changed: for A it is a changed entry.
    expect(byTeam['A']).toEqual([
      [
        BUILD,
        [
          { kind: 'changed', id: 'e1', title: 'Renamed' },
          { kind: 'changed', id: 'e2', title: 'e2' },
        ],
      ],
    ]);
    expect(byTeam['B']).toEqual([
      [BUILD, [{ kind: 'removed', id: 'e2', title: 'e2' }]],
      [DEPLOY, [{ kind: 'added', id: 'e3', title: 'e3' }]],
    ]);
    expect(diff.totals).toEqual(jasmine.objectContaining({ evidenceAdded: 1, evidenceChanged: 2, evidenceRemoved: 1 }));
  });

  it('treats evidence moved to another activity as removed there and added here', () => {
    const after = { ...before, evidence: [evidence('e1', { activityUuid: DEPLOY }), before.evidence[1]] };
    expect(diffAssessments(before, after).teams.map((t) => [t.team, t.activityCount])).toEqual([['A', 2]]);
    expect(activitiesOf(after, 'A').map((x) => [x.uuid, x.evidence.map((e) => e.kind)])).toEqual([
      [BUILD, ['removed']],
      [DEPLOY, ['added']],
    ]);
  });

  it('orders teams by the team list, then unlisted teams sorted, and says which are listed', () => {
    const after: AssessmentState = {
      ...before,
      teams: { names: ['B', 'A'], groups: {} },
      progress: {
        ...before.progress,
        x: {
          Zed: { stages: { Started: '2026-01-01' } },
          Amy: { stages: { Started: '2026-01-01' } },
          A: { stages: { Started: '2026-01-01' } },
        },
      },
    };
    const diff = diffAssessments(before, after);
    expect(diff.teams.map((t) => [t.team, t.listed])).toEqual([
      ['A', true],
      ['Amy', false],
      ['Zed', false],
    ]);
    expect(diff.teamList).toEqual({ added: [], removed: [], changed: [], reordered: true });
    expect(diff.groups).toEqual({ added: [], removed: ['G'], changed: [] });
  });

  it('lists team list, group, stage, setting, custom file and target changes', () => {
    const after: AssessmentState = {
      ...before,
      teams: { names: ['A', 'C'], groups: { G: ['A', 'C'], H: [] } },
      stages: [STAGES[0], { ...STAGES[1], score: 0.3 }, STAGES[3], { title: 'Extra', score: 0.9, definition: '' }],
      settings: { theme: 'dark' },
      customFiles: [{ name: 'c.yaml', text: 'x' }],
      targets: { A: 2 },
    };
    const diff = diffAssessments(
      {
        ...before,
        customFiles: [
          { name: 'c.yaml', text: 'y' },
          { name: 'd.yaml', text: '' },
        ],
      },
      after,
    );
    expect(diff.teamList).toEqual({ added: ['C'], removed: ['B'], changed: [], reordered: false });
    expect(diff.groups).toEqual({ added: ['H'], removed: [], changed: ['G'] });
    expect(diff.stageDefinition).toEqual({ added: ['Extra'], removed: ['Partly implemented'], changed: ['Started'] });
    expect(diff.settings).toEqual(['theme']);
    expect(diff.customFiles).toEqual({ added: [], removed: ['d.yaml'], changed: ['c.yaml'] });
    expect(diff.targets).toEqual({ added: ['A'], removed: [], changed: [] });
    expect(diff.empty).toBeFalse();
  });

  it('counts for each team exactly the changes its activities list, on as many activities', () => {
    const uuids = [BUILD, DEPLOY, 'unknown'];
    const teams = ['A', 'B', 'C', 'constructor'];
    const mark = fc.constantFrom(
      undefined,
      { reason: 'No containers', date: '2026-05-01' },
      { reason: 'SaaS', date: '2026-05-01' },
    );
    const stages = fc.dictionary(
      fc.constantFrom('Started', 'Partly implemented', 'Legacy'),
      fc.constantFrom('2026-01-01', '2026-02-01'),
      { maxKeys: 3 },
    );
    const entry = fc.record({ stages, notApplicable: mark, editedAt: fc.constantFrom(undefined, 5) }).map((e) => {
      const { notApplicable, editedAt, ...rest } = e;
      return { ...rest, ...(notApplicable ? { notApplicable } : {}), ...(editedAt ? { editedAt } : {}) };
    });
    const progress: fc.Arbitrary<Progress> = fc.dictionary(
      fc.constantFrom(...uuids),
      fc.dictionary(fc.constantFrom(...teams), entry, { maxKeys: 4 }),
      { maxKeys: 3 },
    );
    const evidenceList = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3'),
        activityUuid: fc.constantFrom(...uuids),
        teams: fc.subarray(teams, { minLength: 1 }),
        title: fc.constantFrom('One', 'Two'),
      }),
      { selector: (e) => e.id, maxLength: 3 },
    );
    fc.assert(
      fc.property(progress, progress, evidenceList, evidenceList, (p1, p2, e1, e2) => {
        const a: AssessmentState = { ...before, progress: p1, evidence: e1.map((e) => evidence(e.id, e)) };
        // Sometimes the same entry objects on both sides, as an import leaves the ones it does not touch.
        const b: AssessmentState = {
          ...before,
          progress: { ...p1, ...p2 },
          evidence: e2.map((e) => evidence(e.id, e)),
        };
        const diff = diffAssessments(a, b);
        for (const team of teams) {
          const activities = teamActivityDiffs(a, b, team);
          const counted = diff.teams.find((t) => t.team === team);
          if (activities.length === 0) {
            expect(counted).toBeUndefined();
            continue;
          }
          const counts: { -readonly [K in keyof DiffCounts]: number } = { ...ZERO };
          for (const activity of activities) {
            for (const change of activity.stages)
              counts[
                change.before === undefined
                  ? 'stagesAdded'
                  : change.after === undefined
                    ? 'stagesRemoved'
                    : 'stagesChanged'
              ]++;
            if (activity.notApplicable) counts.marksChanged++;
            for (const piece of activity.evidence)
              counts[
                piece.kind === 'added'
                  ? 'evidenceAdded'
                  : piece.kind === 'removed'
                    ? 'evidenceRemoved'
                    : 'evidenceChanged'
              ]++;
          }
          expect(counted?.counts).toEqual(counts);
          expect(counted?.activityCount).toBe(activities.length);
        }
      }),
    );
  });
});
