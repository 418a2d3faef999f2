import fc from 'fast-check';
import { modelFixture, SMALL_MODEL, STAGES, TODAY } from '../testing/model-fixture';
import { evidenceSummaries } from '../status/activity-status';
import { monthsInterval } from '../review/review-interval';
import { scoreAssessment } from '../scoring/score-assessment';
import { Model, Stage, TeamProgress } from '../types';
import { toYaml } from '../yaml';
import { compactProgress, compactProgressPath, compactProof, readCompactProgress } from './compact-progress';
import { buildAllTeams, unbuiltGroups } from './lazy-teams';
import { parseProgressFile, ProgressFileContext, ProgressFileResult } from './parse-progress-file';
import { teamsByEntry } from './teams-by-entry';

const FILE = 'team-progress.yaml';
/** What the bytes of each file are said to be: proving them is the state's (compact-progress-read.ts). */
const PROOF = { size: 3, blocks: ['a'.repeat(64)] };
const A = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const UUIDS = [...SMALL_MODEL.byUuid.keys()];

/** The compact form as it is served and read: through JSON. */
function served(text: string): unknown {
  const compact = compactProgress(text, PROOF);
  expect(compact).withContext(text).toBeDefined();
  return JSON.parse(JSON.stringify(compact));
}

/** Everything a read holds that a page can see: keys in order, entries, the grouping, shared entries. */
function described(result: ProgressFileResult | undefined) {
  if (!result?.ok) return result;
  const progress = result.value;
  const unbuilt = Object.keys(progress).map((uuid) => [...(unbuiltGroups(progress, uuid) ?? [])]);
  buildAllTeams(progress);
  const ids = new Map<TeamProgress, number>();
  const id = (entry: TeamProgress) => ids.get(entry) ?? ids.set(entry, ids.size).get(entry);
  return {
    ...result,
    value: JSON.stringify(progress),
    keys: Object.keys(progress).map((uuid) => [uuid, Object.keys(progress[uuid])]),
    shared: Object.values(progress).map((teams) => Object.values(teams).map(id)),
    unbuilt: unbuilt.map((groups) => groups.map(([entry, teams]) => [id(entry), teams])),
    grouped: Object.values(progress).map((teams) => [...(teamsByEntry(teams) ?? [])].map(([e, t]) => [id(e), t])),
  };
}

function expectSameRead(text: string, ctx: ProgressFileContext, compact = served(text)): void {
  const fromText = parseProgressFile(text, FILE, ctx);
  expect(fromText.ok && fromText.warnings.length === 0)
    .withContext('the text reads without warnings')
    .toBeTrue();
  expect(described(readCompactProgress(compact, ctx)))
    .withContext(text)
    .toEqual(described(fromText));
}

/** The bench's generated progress (bench/heatmap-data.mjs): lower levels further along. */
function benchProgress(teams: readonly string[], model: Model): string {
  let state = 42;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const titles = ['Started', 'Partly implemented', 'Fully implemented'];
  const lines = ['progress:'];
  for (const activity of model.activities) {
    const teamLines: string[] = [];
    for (const team of teams) {
      const reach = Math.floor(next() * 4 * (1.2 - activity.level / 6));
      if (reach <= 0) continue;
      teamLines.push(`    '${team}':`);
      for (let s = Math.min(reach, 3) - 1; s >= 0; s--) teamLines.push(`      ${titles[s]}: 2026-0${1 + s}-1${s}`);
    }
    if (teamLines.length > 0) lines.push(`  ${activity.uuid}:`, ...teamLines);
  }
  return lines.join('\n') + '\n';
}

describe('compact progress', () => {
  const teams = Array.from({ length: 1000 }, (_, i) => `Team ${String(i + 1).padStart(3, '0')}`);
  const model = modelFixture({
    D1: {
      S1: [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
      S2: [
        ['d', 1],
        ['e', 4],
      ],
    },
    D2: {
      S3: [
        ['f', 2],
        ['g', 5],
        ['h', 1],
      ],
    },
  });

  it("reads the bench's 1,000 teams as the text's read, and scores them the same on any day", () => {
    const text = benchProgress(teams, model);
    const ctx = { model, stages: STAGES, teams };
    expectSameRead(text, ctx);
    const compact = served(text);
    // Most activities need a character per team, no list of teams: 1,000 teams' file in about 10%.
    expect(JSON.stringify(compact).length).toBeLessThan(text.length / 8);
    const fromCompact = readCompactProgress(compact, ctx);
    const fromText = parseProgressFile(text, FILE, ctx);
    if (!fromCompact?.ok || !fromText.ok) throw new Error('both read');
    // Due for review depends on today: the dates are kept, not judged when the file was compacted.
    for (const day of ['2026-01-09', '2026-02-11', TODAY, '2027-03-01', '2028-01-01']) {
      const review = { evidence: evidenceSummaries([], day), interval: monthsInterval(12) };
      const input = { model, stages: STAGES, teams, day, review };
      const fromCompactScores = scoreAssessment({ ...input, progress: fromCompact.value });
      expect(fromCompactScores).toEqual(scoreAssessment({ ...input, progress: fromText.value }));
      expect(scoreAssessment({ ...input, selected: teams.slice(0, 3), progress: fromCompact.value })).toEqual(
        scoreAssessment({ ...input, selected: teams.slice(0, 3), progress: fromText.value }),
      );
    }
  });

  it('keeps marks, empty teams, dates after today, braces, awkward names and teams in any order', () => {
    const text = [
      'progress:',
      `  ${A}:  # Defined build process`,
      "    'Team B':",
      '      Started: 2026-01-10',
      "      'Not applicable: SaaS': 2026-02-01",
      '      Not applicable: 2026-03-01',
      '    Team A: {Fully implemented: 2031-05-05}',
      '    constructor:',
      `  ${UUIDS[1]}:`,
      '    Team A:',
      "    'Team: C': {Started: 2026-01-10}",
      '    Team B:',
      '      Started: 2026-01-10',
      `  ${UUIDS[2]}:`,
      `  ${UUIDS[3]}:`,
      '    Team B: {Started: 2026-01-10}',
      '    Team A: {Started: 2026-01-10}',
    ].join('\n');
    const ctx = { model: SMALL_MODEL, stages: STAGES, teams: ['Team A', 'Team B', 'constructor', 'Team: C'] };
    expectSameRead(text, ctx);
    const read = readCompactProgress(served(text), ctx);
    expect(read?.ok && read.latestDate).toBe('2031-05-05');
  });

  it('is read against the meta.yaml served now, not the one it was made with', () => {
    const text = ['progress:', `  ${A}:`, '    Team A:', '      Legacy: 2026-01-10', '      Started: 2026-02-01'].join(
      '\n',
    );
    const compact = served(text);
    // Made when "Legacy" was a stage; meta.yaml no longer has it: the text's read warns, with its line.
    const stages: Stage[] = [...STAGES, { title: 'Legacy', score: 0.3, definition: '' }];
    expectSameRead(text, { model: SMALL_MODEL, stages, teams: ['Team A'] }, compact);
    expect(readCompactProgress(compact, { model: SMALL_MODEL, stages: STAGES, teams: ['Team A'] })).toBeUndefined();
    // A team or activity the served files do not know is a warning too.
    expect(readCompactProgress(compact, { model: SMALL_MODEL, stages, teams: ['Team B'] })).toBeUndefined();
    const other = modelFixture({ D: { S: [['x', 1]] } });
    expect(readCompactProgress(compact, { model: other, stages, teams: ['Team A'] })).toBeUndefined();
    // Without a team list or model, nothing to check them against: read as the text is.
    expectSameRead(text, { stages }, compact);
  });

  it('is not read for other bytes, another layout, or when corrupt', () => {
    const text = ['progress:', `  ${A}:`, '    Team A:', '      Started: 2026-01-10'].join('\n');
    const ctx = { model: SMALL_MODEL, stages: STAGES, teams: ['Team A'] };
    const compact = served(text) as Record<string, unknown>;
    expect(readCompactProgress(compact, ctx)?.ok).toBeTrue();
    expect(compactProof(compact)).toEqual(PROOF);
    for (const broken of [
      null,
      'progress',
      { ...compact, format: 'dsomm-compact-progress-1' },
      // Version 1's proof: one SHA-256 of the whole file.
      { ...compact, format: 'dsomm-compact-progress-1', sha256: 'a'.repeat(64), size: undefined, blocks: undefined },
      { ...compact, blocks: [] },
      { ...compact, blocks: ['a'.repeat(64), 'b'.repeat(64)] },
      { ...compact, size: 2 ** 20 + 1 },
      { ...compact, size: -1 },
      { ...compact, size: 1.5 },
      { ...compact, blocks: [1] },
      { ...compact, teams: ['Team A', 'Team A'] },
      { ...compact, entries: [['Started']] },
      { ...compact, entries: [['Started', '2026-02-30']] },
      { ...compact, entries: [['Started', '2026-01-10', 'Started', '2026-01-11']] },
      { ...compact, activities: [[A, '1']] },
      { ...compact, activities: [[A, '00']] },
      { ...compact, activities: [[A, '0', [1]]] },
      { ...compact, activities: [[A, '00', [0, 0]]] },
      {
        ...compact,
        activities: [
          [A, '0'],
          [A, '0'],
        ],
      },
      { ...compact, activities: [[A, 0]] },
    ])
      expect(readCompactProgress(broken, ctx)).withContext(JSON.stringify(broken)).toBeUndefined();
    // Nor is a proof given by a form that is not of this layout, nor one that cannot describe bytes.
    for (const broken of [
      null,
      { ...compact, format: 'dsomm-compact-progress-1', sha256: 'a'.repeat(64), size: undefined, blocks: undefined },
      { ...compact, blocks: [] },
      { ...compact, blocks: ['a'.repeat(64), 'b'.repeat(64)] },
      { ...compact, size: 2 ** 20 + 1 },
      { ...compact, size: -1 },
      { ...compact, blocks: [1] },
    ])
      expect(compactProof(broken)).withContext(JSON.stringify(broken)).toBeUndefined();
    expect(compactProof({ ...compact, size: 2 ** 20 + 1, blocks: ['a', 'b'] })).toEqual({
      size: 2 ** 20 + 1,
      blocks: ['a', 'b'],
    });
  });

  it('is not written for a file the line reader leaves to js-yaml or that has errors', () => {
    expect(compactProgress('progress:\n  x: [1, 2]\n', PROOF)).toBeUndefined();
    expect(compactProgress(`progress:\n  ${A}:\n    Team A:\n      Started: soon\n`, PROOF)).toBeUndefined();
    expect(
      compactProgress(`progress:\n  ${A}:\n    Team A:\n      Started: 2026-01-10\n    Team A:\n`, PROOF),
    ).toBeUndefined();
  });

  it('reads any plain file as its text is read, or not at all where that warns', () => {
    // Mostly what the served files know, now and then what they do not (a warning: not read).
    const sometimes = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 20, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const name = sometimes(
      fc.constantFrom('Team A', 'Team B', 'Équipe C', 'constructor', 'x: y', '#1'),
      fc.constant('D'),
    );
    const title = sometimes(
      fc.constantFrom(...STAGES.map((s) => s.title), 'Not applicable', 'Not applicable: SaaS'),
      fc.constant('Legacy'),
    );
    const date = fc.constantFrom('2026-01-10', '2026-02-11', '2031-12-31');
    const stages = fc.dictionary(title, date, { minKeys: 1, maxKeys: 3 });
    const uuid = sometimes(fc.constantFrom(...UUIDS), fc.constant('unknown'));
    const file = fc.dictionary(uuid, fc.dictionary(name, stages, { minKeys: 1, maxKeys: 4 }), { maxKeys: 5 });
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(file, (progress) => {
        const text = toYaml({ progress });
        const compact = compactProgress(text, PROOF);
        if (compact === undefined) return;
        for (const ctx of [
          { model: SMALL_MODEL, stages: STAGES, teams: ['Team A', 'Team B', 'Équipe C', 'constructor', 'x: y', '#1'] },
          { stages: STAGES },
        ]) {
          const fromText = parseProgressFile(text, FILE, ctx);
          const fromCompact = readCompactProgress(JSON.parse(JSON.stringify(compact)), ctx);
          if (fromText.ok && fromText.warnings.length === 0) {
            read++;
            expect(described(fromCompact)).withContext(text).toEqual(described(fromText));
          } else {
            declined++;
            expect(fromCompact).withContext(text).toBeUndefined();
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(read).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(20);
  });

  it('is served beside the progress file', () => {
    expect(compactProgressPath('team-progress.yaml')).toBe('team-progress.compact.json');
    expect(compactProgressPath('data/progress.yml')).toBe('data/progress.compact.json');
    expect(compactProgressPath('progress')).toBe('progress.compact.json');
  });
});
