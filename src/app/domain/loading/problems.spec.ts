import { errorAt, PathSegment, showPath, toProblem, warningAt } from './problems';

describe('problems', () => {
  const text = `A:
  Build:
    Same name:
      level: 1
B:
  Build:
    Same name:
      level: 2
      tags: [x]
`;
  const lineOf = (at: PathSegment[]) => toProblem('m.yaml', text, errorAt(at, 'x')).line;

  it('shows a path with list positions counted from 1', () => {
    expect(showPath(['A', 'Build', 'Same name'])).toBe('A > Build > Same name');
    expect(showPath(['teams', 0])).toBe('teams > item 1');
    expect(showPath([])).toBeUndefined();
  });

  it('points at each key below the previous one, so a repeated name is found in the right place', () => {
    expect(lineOf(['A', 'Build', 'Same name', 'level'])).toBe(4);
    expect(lineOf(['B', 'Build', 'Same name', 'level'])).toBe(8);
  });

  it('falls back to the deepest key found, skipping list positions', () => {
    expect(lineOf(['B', 'Build', 'Same name', 'tags', 0])).toBe(9);
    expect(lineOf(['B', 'Build', 'Nope'])).toBe(6);
    expect(lineOf(['Nope'])).toBeUndefined();
  });

  it('ties an issue to a file, with line and path when known', () => {
    expect(toProblem('m.yaml', text, warningAt(['B', 'Build'], 'x'))).toEqual({
      file: 'm.yaml',
      line: 6,
      path: 'B > Build',
      message: 'x',
      severity: 'warning',
    });
    expect(toProblem('m.yaml', undefined, errorAt([], 'y'))).toEqual({
      file: 'm.yaml',
      message: 'y',
      severity: 'error',
    });
  });
});
