import { activityFixture, STAGES, TODAY } from '../testing/model-fixture';
import { Activity, Model, Progress } from '../types';
import { evidenceSummaries } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { roadmapCsv, roadmapMarkdown } from './roadmap-export';
import { roadmapGap, roadmapPhases, valueForEffort } from './roadmap-gap';
import { servedTargets } from './served-targets';
import { targetFor, withTarget } from './targets';

function model(activities: Activity[]): Model {
  return {
    header: {},
    dimensions: [
      { name: 'D', description: '', subDimensions: [{ name: 'S', dimension: 'D', description: '', activities }] },
    ],
    activities,
    byUuid: new Map(activities.map((a) => [a.uuid, a])),
  };
}
const act = (name: string, level: number, extra: Partial<Activity> = {}) =>
  activityFixture({ name, uuid: name, level, dimension: 'D', subDimension: 'S', ...extra });
const easy = { knowledge: 1, time: 1, resources: 1 };
const hard = { knowledge: 5, time: 5, resources: 5 };
const done = { stages: { 'Fully implemented': '2026-01-01' } };

describe('roadmap gap', () => {
  it('lists what is not fully implemented up to the target, leaving out done and not applicable', () => {
    const m = model([act('a', 1), act('b', 1), act('c', 2), act('d', 3), act('e', 1)]);
    const progress: Progress = {
      a: { T: done },
      b: { T: { stages: { Started: '2026-01-01' } } },
      e: { T: { stages: {}, notApplicable: { reason: 'r', date: '2026-01-01' } } },
    };
    const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress, team: 'T', target: 2 });
    expect(gap.map((i) => i.activity.uuid)).toEqual(['b', 'c']);
    expect(gap[0].status.stage?.title).toBe('Started');
    expect(gap.map((i) => i.position)).toEqual([1, 2]);
  });

  it('orders by level, then usefulness relative to difficulty, then model order', () => {
    const m = model([
      act('hard', 1, { usefulness: 5, difficulty: hard }),
      act('easy', 1, { usefulness: 3, difficulty: easy }),
      act('unrated', 1),
      act('level2', 2, { usefulness: 5, difficulty: easy }),
      act('tie', 1),
    ]);
    const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress: {}, team: 'T', target: 2 });
    expect(gap.map((i) => i.activity.uuid)).toEqual(['easy', 'hard', 'unrated', 'tie', 'level2']);
    expect(valueForEffort(m.activities[1])).toBe(3);
    expect(valueForEffort(m.activities[0])).toBe(1);
  });

  it('puts an activity after every open activity it depends on, even a better-ranked one', () => {
    const m = model([
      act('needs-b', 1, { usefulness: 5, difficulty: easy, dependsOn: ['b'] }),
      act('b', 2, { usefulness: 1, difficulty: hard, dependsOn: ['c'] }),
      act('c', 2),
      act('done-dep', 1),
      act('x', 1, { dependsOn: ['done-dep'] }),
    ]);
    const gap = roadmapGap({
      day: TODAY,
      model: m,
      stages: STAGES,
      progress: { 'done-dep': { T: done } },
      team: 'T',
      target: 2,
    });
    const order = gap.map((i) => i.activity.uuid);
    expect(order).toEqual(['x', 'c', 'b', 'needs-b']);
    expect(gap.find((i) => i.activity.uuid === 'needs-b')?.after).toEqual(['b']);
    expect(gap.find((i) => i.activity.uuid === 'x')?.after).toEqual([]);
  });

  it('pulls in an unfinished dependency above the target, saying what needs it', () => {
    const m = model([act('low', 1, { dependsOn: ['high'] }), act('high', 4), act('other', 4)]);
    const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress: {}, team: 'T', target: 1 });
    expect(gap.map((i) => i.activity.uuid)).toEqual(['high', 'low']);
    expect(gap[0].neededBy).toEqual(['low']);
    expect(gap[1].neededBy).toBeUndefined();
  });

  it('breaks a dependency cycle instead of dropping its activities', () => {
    const m = model([act('p', 1, { dependsOn: ['q'] }), act('q', 1, { dependsOn: ['p'] })]);
    const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress: {}, team: 'T', target: 1 });
    expect(gap.map((i) => i.activity.uuid)).toEqual(['p', 'q']);
  });

  it('groups into phases by level, pushing an activity past the phase of what it depends on', () => {
    const m = model([act('a', 1), act('b', 1, { dependsOn: ['a'] }), act('c', 2), act('d', 3)]);
    const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress: {}, team: 'T', target: 3 });
    expect(gap.map((i) => [i.activity.uuid, i.phase])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 3],
    ]);
    expect(roadmapPhases(gap).map((p) => [p.number, p.items.length, p.levels])).toEqual([
      [1, 1, [1, 1]],
      [2, 2, [1, 2]],
      [3, 1, [3, 3]],
    ]);
  });
});

describe('roadmap targets', () => {
  it("uses a team's own target, else the all-teams one", () => {
    const targets = withTarget(withTarget(undefined, '*', 2), 'A', 4);
    expect(targetFor(targets, 'A')).toBe(4);
    expect(targetFor(targets, 'B')).toBe(2);
    expect(targetFor(withTarget(targets, '*', undefined), 'B')).toBeUndefined();
    expect(targetFor(undefined, 'A')).toBeUndefined();
    expect(withTarget(targets, 'A', 4)).toBe(targets);
    expect(() => withTarget(targets, 'A', 0)).toThrowError(RangeError);
  });
});

describe('roadmap export', () => {
  const m = model([
    act('=cmd()', 1, { usefulness: 4, difficulty: easy }),
    act('Use *bold* | pipes', 2, { dependsOn: ['=cmd()'] }),
  ]);
  const gap = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress: {}, team: 'Team <A>', target: 2 });
  const ctx = { model: m, team: 'Team <A>', target: 2, date: '2026-05-01' };

  it('writes quoted CSV rows that a spreadsheet cannot run as formulas', () => {
    const lines = roadmapCsv(gap, ctx).split('\r\n');
    expect(lines[0]).toContain('"Position","Phase","Activity"');
    expect(lines[1]).toContain(`"'=cmd()"`);
    expect(lines[2]).toContain('"Use *bold* | pipes"');
    expect(lines[2]).toContain(`"'=cmd()"`);
    expect(lines.length).toBe(4);
  });

  it('says in the CSV whether each activity is due for review, as the page and the report do', () => {
    const [first] = m.activities;
    const progress = { [first.uuid]: { 'Team <A>': { stages: { 'Partly implemented': '2025-01-10' } } } };
    const review = { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) };
    const items = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress, team: 'Team <A>', target: 2, review });
    const rows = roadmapCsv(items, ctx).split('\r\n');
    expect(rows[0]).toMatch(/"UUID","Review"$/);
    expect(rows[1]).toContain('"Partly implemented"');
    expect(rows[1]).toMatch(/,"Due for review since 2026-01-10 \(stage set 2025-01-10, no evidence; every year\)"$/);
    // Not assessed: nothing to review.
    expect(rows[2]).toMatch(/,""$/);
  });

  it('says in the Markdown whether each activity is due for review, in the CSV’s words', () => {
    const [first] = m.activities;
    const progress = { [first.uuid]: { 'Team <A>': { stages: { 'Partly implemented': '2025-01-10' } } } };
    const review = { evidence: evidenceSummaries([], TODAY), interval: monthsInterval(12) };
    const items = roadmapGap({ day: TODAY, model: m, stages: STAGES, progress, team: 'Team <A>', target: 2, review });
    const lines = roadmapMarkdown(items, ctx).split('\n');
    const header = lines.find((line) => line.startsWith('| Activity |'))!;
    expect(header).toMatch(/ \| After \| Review \|$/);
    expect(lines[lines.indexOf(header) + 1]).toBe(`|${' --- |'.repeat(9)}`);
    const row = lines.find((line) => line.startsWith('| =cmd() |'))!;
    expect(row).toMatch(
      / \| Partly implemented \| .* \| Due for review since 2026-01-10 \(stage set 2025-01-10, no evidence; every year\) \|$/,
    );
    // Not assessed: nothing to review.
    expect(lines.find((line) => line.includes('pipes'))).toMatch(/ \| {2}\|$/);
  });

  it('writes Markdown tables per phase with file text escaped', () => {
    const md = roadmapMarkdown(gap, ctx);
    expect(md).toContain('# Roadmap: Team \\<A\\> to level 2');
    expect(md).toContain('## Phase 1');
    expect(md).toContain('## Phase 2');
    expect(md).toContain('Use \\*bold\\* \\| pipes');
    expect(md).not.toContain('<A>');
  });

  it('writes Markdown that mentions nobody and links no issue when pasted into GitHub', () => {
    const named = model([act('Ask @octocat about #12 and GH-7', 1), act('Rotate keys\u2028yearly', 1)]);
    const team = '@security-leads';
    const items = roadmapGap({ day: TODAY, model: named, stages: STAGES, progress: {}, team, target: 1 });
    const md = roadmapMarkdown(items, { model: named, team, target: 1, date: '2026-05-01' });
    expect(md).toContain('# Roadmap: @\u200bsecurity-leads to level 1');
    expect(md).toContain('| Ask @\u200boctocat about #\u200b12 and GH\u200b-7 |');
    expect(md).toContain('| Rotate keys yearly |');
    // GitHub reads a mention or reference wherever @name, #123 or GH-123 is left whole.
    expect(md).not.toMatch(/@[a-z0-9]|#\d|GH-\d/i);
  });
});

describe('served targets', () => {
  it("reads teamTargets from the teams file meta.yaml's teams $ref points at", () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'default/teams.yaml#/teams'}\n",
      'default/teams.yaml': "teams: [A]\nteamTargets:\n  '*': 2\n  A: 3\n",
    };
    expect(servedTargets(files)).toEqual({ '*': 2, A: 3 });
    expect(servedTargets({ ...files, 'default/teams.yaml': 'teams: [A]\n' })).toBeUndefined();
    expect(servedTargets({ 'meta.yaml': 'teams: [A]\n' })).toBeUndefined();
    expect(servedTargets({ ...files, 'default/teams.yaml': 'teams: [A]\nteamTargets:\n' })).toBeUndefined();
    // A teams file the loader refuses gives no targets either.
    expect(servedTargets({ ...files, 'default/teams.yaml': "teams: A\nteamTargets: {'*': 2}\n" })).toBeUndefined();
  });
});
