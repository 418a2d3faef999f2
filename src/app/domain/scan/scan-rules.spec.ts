import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { combineRuleSets, readScanRules, stageOf } from './scan-rules';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const read = (text: string, unknownActivity: 'error' | 'skip' = 'error') =>
  readScanRules(text, 'my-rules.yaml', { stages: STAGES, model: SMALL_MODEL, unknownActivity });

describe('scan rules', () => {
  it('reads a rule: activity, stage by title or percentage, signals', () => {
    const { set, problems } = read(
      [
        'rules:',
        '  - id: ci-build',
        `    activity: ${BUILD}`,
        '    stage: 60%',
        '    says: The build runs in CI',
        '    signals:',
        "      - ci: { run: '^make\\b', on: [push] }",
        '      - file: { path: Makefile }',
        '        says: A Makefile is there',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const [rule] = set.rules;
    expect([rule.id, rule.stage.title, rule.line, rule.signals.map((s) => s.kind)]).toEqual([
      'ci-build',
      'Partly implemented',
      2,
      ['ci', 'file'],
    ]);
    expect(rule.signals[1].says).toBe('A Makefile is there');
  });

  it('percentages pick the highest stage at or below; 0% stages and unknown titles are refused', () => {
    expect(stageOf('100%', STAGES)).toEqual(STAGES[3]);
    expect(stageOf('49%', STAGES)).toEqual(STAGES[1]);
    expect(stageOf('10%', STAGES)).toMatch(/no stage above 0%/);
    expect(stageOf('Not implemented', STAGES)).toMatch(/scores 0%/);
    expect(stageOf('Done', STAGES)).toMatch(/"Done" is not a stage/);
  });

  it('every mistake is named with its line', () => {
    const { problems } = read(
      [
        'rules:',
        '  - id: a',
        '    activity: no-such-uuid',
        '    stage: 100%',
        '    says: x',
        '    signals: [{ ci: { run: x } }]',
        '  - id: b',
        `    activity: ${BUILD}`,
        '    stage: 100%',
        '    says: x',
        '    colour: red',
        '    signals:',
        "      - ci: { run: '(unclosed', on: [nightly] }",
        '      - dockerfile: { user: admin }',
        '      - rules: { of: [nope] }',
        '      - ci: {}',
      ].join('\n'),
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Rule "a": activity no-such-uuid is not in the model.'],
      [11, jasmine.stringMatching(/^Unknown key "colour" in a rule/)],
      [13, jasmine.stringMatching(/^Unknown trigger "nightly"/)],
      [13, jasmine.stringMatching(/^Not a valid regular expression/)],
      [14, '"user" takes "non-root".'],
      [16, jasmine.stringMatching(/^A ci signal needs one of/)],
      [15, '"rules" names "nope", which is no rule.'],
    ]);
  });

  it('the shipped file with a custom model: rules for missing activities are left out with a warning', () => {
    const { set, problems } = read(
      `rules:\n  - id: gone\n    activity: ${uuidOf('gone')}\n    stage: 100%\n    says: x\n    signals: [{ file: { path: x } }]\n`,
      'skip',
    );
    expect(set.rules).toEqual([]);
    expect(problems.map((p) => [p.severity, p.line])).toEqual([['warning', 3]]);
  });

  it("a user's file replaces shipped rules by id and switches them off with disable", () => {
    const rule = (id: string, says: string) =>
      `  - id: ${id}\n    activity: ${BUILD}\n    stage: Started\n    says: ${says}\n    signals: [{ file: { path: x } }]\n`;
    const shipped = read(`rules:\n${rule('one', 'shipped')}${rule('two', 'shipped')}${rule('three', 'shipped')}`).set;
    const mine = readScanRules(
      `rules:\n${rule('two', 'mine')}  - { id: three, disable: true }\n${rule('four', 'mine')}`,
      'mine.yaml',
      {
        stages: STAGES,
        model: SMALL_MODEL,
        unknownActivity: 'error',
        knownIds: new Set(['one', 'two', 'three']),
      },
    );
    expect(mine.problems).toEqual([]);
    expect(combineRuleSets(shipped, mine.set).map((r) => `${r.id}:${r.says}`)).toEqual([
      'one:shipped',
      'two:mine',
      'four:mine',
    ]);
  });
});
