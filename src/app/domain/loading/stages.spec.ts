import { parseScore, parseStages } from './stages';

describe('parseScore', () => {
  it('reads percentages, fractions and bare percent numbers as 0..1', () => {
    expect(parseScore('20%')).toBe(0.2);
    expect(parseScore('20 %')).toBe(0.2);
    expect(parseScore('0.2')).toBe(0.2);
    expect(parseScore('.5')).toBe(0.5);
    expect(parseScore(20)).toBe(0.2);
    expect(parseScore('20')).toBe(0.2);
    expect(parseScore('12.5%')).toBe(0.125);
    expect(parseScore('0%')).toBe(0);
    expect(parseScore(0)).toBe(0);
    expect(parseScore('100%')).toBe(1);
    expect(parseScore(100)).toBe(1);
  });

  it('takes a bare 1 as 100% (only a number above 1 is a percentage)', () => {
    expect(parseScore(1)).toBe(1);
    expect(parseScore('1')).toBe(1);
    expect(parseScore('1.0')).toBe(1);
    expect(parseScore('1%')).toBe(0.01);
  });

  it('rejects what is not a score from 0% to 100%', () => {
    for (const bad of ['abc', '', '120%', 101, -5, '-1%', true, null, undefined, {}, [], '20%%', '1e2']) {
      expect(parseScore(bad)).withContext(String(bad)).toBeUndefined();
    }
  });
});

describe('parseStages', () => {
  const standard = {
    'Fully implemented': { score: '100%', definition: 'All' },
    'Not implemented': { score: '0%', definition: 'None' },
    Started: { score: '20%' },
    'Partly implemented': { score: '0.5', definition: 'Half' },
  };

  it('sorts stages by score and fills in a missing definition', () => {
    const result = parseStages(standard, 'meta.yaml');
    expect(result).toEqual({
      ok: true,
      value: [
        { title: 'Not implemented', score: 0, definition: 'None' },
        { title: 'Started', score: 0.2, definition: '' },
        { title: 'Partly implemented', score: 0.5, definition: 'Half' },
        { title: 'Fully implemented', score: 1, definition: 'All' },
      ],
      warnings: [],
    });
  });

  it('accepts a list of {title, score, definition}', () => {
    const result = parseStages(
      [
        { title: 'Done', score: 1 },
        { title: 'Open', score: 0, definition: 7 },
      ],
      'meta.yaml',
    );
    expect(result.ok && result.value).toEqual([
      { title: 'Open', score: 0, definition: '7' },
      { title: 'Done', score: 1, definition: '' },
    ]);
  });

  const problems = (def: unknown) => {
    const result = parseStages(def, 'meta.yaml');
    return result.ok ? result.warnings : result.problems;
  };

  it('needs exactly one stage at 0%', () => {
    const none = parseStages({ A: { score: '50%' }, B: { score: '100%' } }, 'meta.yaml');
    expect(none.ok).toBeFalse();
    expect(problems({ A: { score: '50%' }, B: { score: '100%' } })).toEqual([
      jasmine.objectContaining({
        file: 'meta.yaml',
        severity: 'error',
        message: jasmine.stringContaining('exactly one stage with score 0% (found 0)'),
      }),
    ]);
    expect(problems({ A: { score: 0 }, B: { score: '0%' }, C: { score: 1 } })[0].message).toContain(
      'score 0% (found 2)',
    );
  });

  it('needs exactly one stage at 100%', () => {
    expect(problems({ A: { score: 0 }, B: { score: '50%' } })[0].message).toContain('score 100% (found 0)');
    expect(problems({ A: { score: 0 }, B: { score: 1 }, C: { score: '100%' } })[0].message).toContain(
      'score 100% (found 2)',
    );
  });

  it('rejects duplicate titles', () => {
    const found = problems([
      { title: 'Open', score: 0 },
      { title: 'Open', score: 0.5 },
      { title: 'Done', score: 1 },
    ]);
    expect(found).toEqual([
      jasmine.objectContaining({
        severity: 'error',
        path: 'progressDefinition > item 2',
        message: "The stage title 'Open' is used twice.",
      }),
    ]);
  });

  it('reports a missing or unreadable score, naming the stage and the file', () => {
    const found = problems({
      Open: { score: 0 },
      Half: { definition: 'x' },
      Odd: { score: 'lots' },
      Done: { score: 1 },
    });
    expect(found).toEqual([
      {
        file: 'meta.yaml',
        path: 'progressDefinition > Half > score',
        message: "Stage 'Half' has no score.",
        severity: 'error',
      },
      {
        file: 'meta.yaml',
        path: 'progressDefinition > Odd > score',
        message: "Stage 'Odd': score 'lots' is not a percentage from 0% to 100%.",
        severity: 'error',
      },
    ]);
  });

  it('rejects a stage that is not a map, a title-less stage and a definition that is not text', () => {
    expect(problems({ Open: '0%', Done: { score: 1 } })[0].message).toContain("Stage 'Open' must be a map");
    expect(problems([{ score: 0 }, { title: 'Done', score: 1 }])[0].message).toBe('A stage needs a title.');
    expect(problems({ Open: { score: 0, definition: ['x'] }, Done: { score: 1 } })[0].message).toContain(
      'the definition must be text',
    );
  });

  it('rejects a definition that is neither a map nor a list', () => {
    for (const def of ['0%', 3, null, undefined]) {
      expect(problems(def))
        .withContext(String(def))
        .toEqual([
          jasmine.objectContaining({
            severity: 'error',
            message: jasmine.stringContaining('progressDefinition must map'),
          }),
        ]);
    }
  });

  it('warns when two stages share a score in between', () => {
    const result = parseStages(
      { A: { score: 0 }, B: { score: '50%' }, C: { score: 50 }, D: { score: 1 } },
      'meta.yaml',
    );
    expect(result.ok).toBeTrue();
    expect(result.ok && result.warnings).toEqual([
      jasmine.objectContaining({ severity: 'warning', message: "Stages 'B' and 'C' have the same score 50%." }),
    ]);
    expect(result.ok && result.value.map((s) => s.title)).toEqual(['A', 'B', 'C', 'D']);
  });
});
