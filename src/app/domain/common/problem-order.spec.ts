import { fileWarning } from './file-problem';
import { moreProblems } from './problem-cap';
import { inLineOrder } from './problem-order';

describe('inLineOrder', () => {
  it('keeps the files in the order they first appear, each in line order, its count of the rest last', () => {
    const listed = inLineOrder([
      fileWarning('team-progress.yaml', 'unknown team', 15),
      fileWarning('meta.yaml', 'no line'),
      moreProblems('team-progress.yaml', 3, 'warning'),
      fileWarning('team-progress.yaml', 'unknown stage', 14),
      fileWarning('team-evidence.yaml', 'future date', 2),
      fileWarning('meta.yaml', 'line 3', 3),
      fileWarning('team-progress.yaml', 'also line 14', 14),
    ]);
    expect(listed.map((p) => `${p.file}:${p.line ?? '-'} ${p.message}`)).toEqual([
      'team-progress.yaml:14 unknown stage',
      'team-progress.yaml:14 also line 14',
      'team-progress.yaml:15 unknown team',
      'team-progress.yaml:- …and 3 more problems in this file, not listed.',
      'meta.yaml:- no line',
      'meta.yaml:3 line 3',
      'team-evidence.yaml:2 future date',
    ]);
  });
});
