import { SMALL_MODEL } from '../testing/model-fixture';
import { Evidence } from '../types';
import { describeEvidence, diffEvidence, evidenceDiffText } from './evidence-diff';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

function entry(id: string, fields: Partial<Evidence> = {}): Evidence {
  return {
    id,
    activityUuid: BUILD,
    teams: ['Team A'],
    title: `Evidence ${id}`,
    description: '',
    evidenceRecorded: '2026-05-20',
    reviewer: '',
    attachments: [],
    ...fields,
  };
}

describe('diffEvidence', () => {
  const before = [entry('1'), entry('2'), entry('3')];
  const after = [
    entry('4', { teams: ['Team A', 'Team B'] }),
    entry('1'),
    entry('3', { title: 'Renamed', reviewer: 'J. Doe' }),
  ];

  it('matches entries by id: added, changed (with the fields) and removed', () => {
    const diff = diffEvidence(before, after);
    expect(diff.added.map((e) => e.id)).toEqual(['4']);
    expect(diff.removed.map((e) => e.id)).toEqual(['2']);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([['3', ['title', 'reviewer']]]);
  });

  it('ignores browser bookkeeping and finds nothing in identical files', () => {
    expect(
      diffEvidence(
        before,
        before.map((e) => ({ ...e, editedAt: 5 })),
      ),
    ).toEqual({ added: [], removed: [], changed: [] });
  });

  it('says what happened to each entry, in words', () => {
    expect(describeEvidence(after[0])).toBe('"Evidence 4" for Team A, Team B, recorded 2026-05-20');
    expect(evidenceDiffText(diffEvidence(before, after), SMALL_MODEL)).toEqual([
      'Added "Evidence 4" for Team A, Team B, recorded 2026-05-20, on "Defined build process" (Build, level 1).',
      'Changed "Renamed" for Team A, recorded 2026-05-20, on "Defined build process" (Build, level 1): title, reviewer.',
      'Removed "Evidence 2" for Team A, recorded 2026-05-20, from "Defined build process" (Build, level 1).',
      '3 evidence entries: 1 added, 1 changed, 1 removed.',
    ]);
    expect(evidenceDiffText(diffEvidence(before, before), SMALL_MODEL)).toEqual(['No evidence changed.']);
  });

  it('says where an entry moved from', () => {
    const moved = diffEvidence([entry('1')], [entry('1', { activityUuid: 'other' })]);
    expect(evidenceDiffText(moved, SMALL_MODEL)[0]).toContain(
      ': activity (was on "Defined build process" (Build, level 1)).',
    );
  });
});
