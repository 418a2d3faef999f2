import { Problem } from '../types';
import { capProblems, problemTotal } from './problem-cap';

const problem = (file: string, n: number, severity: Problem['severity'] = 'warning'): Problem => ({
  file,
  line: n,
  message: `problem ${n}`,
  severity,
});

describe('capProblems', () => {
  it('leaves a short list as it is', () => {
    const list = [problem('a.yaml', 1), problem('b.yaml', 2, 'error')];
    expect(capProblems(list)).toEqual(list);
  });

  it('keeps the first problems of each file, errors before warnings, and counts the rest after them', () => {
    const list = [
      ...Array.from({ length: 5 }, (_, i) => problem('a.yaml', i + 1)),
      problem('a.yaml', 6, 'error'),
      problem('b.yaml', 1),
    ];
    const capped = capProblems(list, 3);
    expect(capped.map((p) => `${p.file}:${p.line ?? '-'} ${p.severity} ${p.omitted ?? ''}`)).toEqual([
      'a.yaml:1 warning ',
      'a.yaml:2 warning ',
      'a.yaml:6 error ',
      'a.yaml:- warning 3',
      'b.yaml:1 warning ',
    ]);
    expect(capped[3].message).toBe('…and 3 more problems in this file, not listed.');
    expect(problemTotal(capped)).toBe(7);
  });

  it('adds up counts from an earlier cut, and changes nothing when applied again', () => {
    const first = capProblems(
      Array.from({ length: 10 }, (_, i) => problem('a.yaml', i, i === 9 ? 'error' : 'warning')),
      4,
    );
    const again = capProblems([...first, ...Array.from({ length: 3 }, (_, i) => problem('a.yaml', 20 + i))], 4);
    expect(problemTotal(again)).toBe(13);
    expect(again.at(-1)).toEqual(jasmine.objectContaining({ omitted: 9, severity: 'warning' }));
    expect(capProblems(again, 4)).toEqual(again);
  });

  it('handles 300,000 problems without overflowing the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => problem('big.yaml', i));
    const capped = capProblems(many);
    expect(capped.length).toBe(201);
    expect(problemTotal(capped)).toBe(300_000);
  });
});
