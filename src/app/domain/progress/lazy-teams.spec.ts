import { STAGES } from '../testing/model-fixture';
import { Progress } from '../types';
import { buildAllTeams, unbuiltGroups } from './lazy-teams';
import { parseProgressFile } from './parse-progress-file';
import { teamsByEntry } from './teams-by-entry';

const A = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const B = '00000000-0000-4000-8000-000000000001';
const TEXT = [
  'progress:',
  `  ${A}:`,
  '    Team B:',
  '      Started: 2026-01-10',
  '    Team A:',
  '      Started: 2026-01-10',
  '    Team C:',
  '      Fully implemented: 2026-03-12',
  `  ${B}:`,
  '    Team C:',
  "      'Not applicable: SaaS': 2026-02-01",
  `  __proto__:`,
  '    Team A:',
  '      Started: 2026-01-10',
].join('\n');

/** The file read, its team maps not built yet. */
function read(): Progress {
  const result = parseProgressFile(TEXT, 'team-progress.yaml', { stages: STAGES });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const PLAIN = {
  [A]: {
    'Team B': { stages: { Started: '2026-01-10' } },
    'Team A': { stages: { Started: '2026-01-10' } },
    'Team C': { stages: { 'Fully implemented': '2026-03-12' } },
  },
  [B]: { 'Team C': { stages: {}, notApplicable: { reason: 'SaaS', date: '2026-02-01' } } },
};

describe('progress read with its team maps built when first read', () => {
  it('is the plain record the file holds: its keys in file order, each map the teams in file order', () => {
    const progress = read();
    expect(Object.keys(progress)).toEqual([A, B, '__proto__']);
    expect(Object.keys(progress[A])).toEqual(['Team B', 'Team A', 'Team C']);
    expect(JSON.parse(JSON.stringify(progress))).toEqual(
      JSON.parse(JSON.stringify({ ...PLAIN, ['__proto__']: { 'Team A': { stages: { Started: '2026-01-10' } } } })),
    );
    expect(structuredClone(read())[B]).toEqual(PLAIN[B]);
    expect(Object.hasOwn(read(), '__proto__')).toBeTrue();
    expect(Object.getPrototypeOf(read())).toBe(Object.prototype);
  });

  it('gives the teams grouped by entry until a map is read, then the same map each time, frozen', () => {
    const progress = read();
    const groups = unbuiltGroups(progress, A);
    expect([...(groups ?? [])].map(([entry, teams]) => [entry.stages, teams])).toEqual([
      [{ Started: '2026-01-10' }, ['Team B', 'Team A']],
      [{ 'Fully implemented': '2026-03-12' }, ['Team C']],
    ]);
    const map = progress[A];
    expect(unbuiltGroups(progress, A)).toBeUndefined();
    expect(unbuiltGroups(progress, B)).toBeDefined();
    expect(progress[A]).toBe(map);
    expect(Object.isFrozen(map)).toBeTrue();
    expect(teamsByEntry(map)).toBe(groups);
    expect(map['Team B']).toBe(map['Team A']);
    buildAllTeams(progress);
    expect(unbuiltGroups(progress, B)).toBeUndefined();
    expect(progress[B]).toEqual(PLAIN[B]);
  });

  it('takes a new map written over an unbuilt one, and still gives maps in a record frozen before', () => {
    const progress = read() as Record<string, Progress[string]>;
    progress[A] = { 'Team Z': { stages: {} } };
    expect(progress[A]).toEqual({ 'Team Z': { stages: {} } });
    expect(unbuiltGroups(progress, A)).toBeUndefined();
    expect(Object.keys(progress)).toEqual([A, B, '__proto__']);
    const frozen = Object.freeze(read());
    expect(frozen[B]).toEqual(PLAIN[B]);
    expect(frozen[B]).toBe(frozen[B]);
    expect({ ...frozen }[A]).toEqual(PLAIN[A]);
  });
});
