import { readModelFile } from './model-file';
import { applyFile } from './overlay';
import { validateModel } from './validate-model';
import { EMPTY_MODEL } from './working-model';

/** Applies the files (the first is the base, named model.yaml; then custom-1.yaml, ...) and validates. */
function validate(texts: string[], maxLevel = 5) {
  let model = EMPTY_MODEL;
  texts.forEach((text, i) => {
    const read = readModelFile(i === 0 ? 'model.yaml' : `custom-${i}.yaml`, text);
    expect(read.problems).withContext('fixture must read cleanly').toEqual([]);
    if (read.model) model = applyFile(model, read.model, i === 0).model;
  });
  return validateModel(model, maxLevel);
}

const summary = (texts: string[], maxLevel = 5) =>
  validate(texts, maxLevel).problems.map((p) => `${p.severity} ${p.file}:${p.line} [${p.path}] ${p.message}`);

describe('validateModel', () => {
  it('finds nothing wrong with a sound model and resolves dependsOn', () => {
    const result = validate([
      'A:\n  B:\n    One: {uuid: u-1, level: 1}\n    Two: {uuid: u-2, level: 2, dependsOn: [u-1]}\n',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dependsOn).toEqual(
      new Map([
        ['u-1', []],
        ['u-2', ['u-1']],
      ]),
    );
  });

  it('reports a missing level where the activity was created', () => {
    expect(summary(['A:\n  B:\n    One: {uuid: u-1}\n'])).toEqual([
      "error model.yaml:3 [A > B > One] 'One' has no level.",
    ]);
  });

  it('reports a level outside 1..maxLevel where the level was last written', () => {
    expect(
      summary(['A:\n  B:\n    One:\n      uuid: u-1\n      level: 0\n    Two:\n      uuid: u-2\n      level: 6\n']),
    ).toEqual([
      "error model.yaml:5 [A > B > One > level] 'One': level 0 is outside 1 to 5.",
      "error model.yaml:8 [A > B > Two > level] 'Two': level 6 is outside 1 to 5.",
    ]);
    expect(
      summary(['A:\n  B:\n    One: {uuid: u-1, level: 1}\n', 'X:\n  Y:\n    One:\n      uuid: u-1\n      level: 9\n']),
    ).toEqual(["error custom-1.yaml:5 [X > Y > One > level] 'One': level 9 is outside 1 to 5."]);
  });

  it('uses the configured maximum level', () => {
    expect(summary(['A:\n  B:\n    One: {uuid: u-1, level: 7}\n'], 7)).toEqual([]);
    expect(summary(['A:\n  B:\n    One: {uuid: u-1, level: 4}\n'], 3)[0]).toContain('level 4 is outside 1 to 3');
  });

  it('does not report a level that failed to read twice', () => {
    const model = readModelFile('model.yaml', 'A:\n  B:\n    One: {uuid: u-1, level: high}\n').model;
    expect(model && validateModel(applyFile(EMPTY_MODEL, model, true).model, 5).problems).toEqual([]);
  });

  it('reports one name with two uuids, naming both', () => {
    expect(summary(['A:\n  B:\n    One: {uuid: u-1, level: 1}\n  C:\n    One: {uuid: u-2, level: 1}\n'])).toEqual([
      "error model.yaml:5 [A > C > One] The name 'One' has two uuids: u-1 (A > B > One in model.yaml) and u-2.",
    ]);
  });

  it('reports a name clash made by an overlay rename, in the overlay', () => {
    expect(
      summary([
        'A:\n  B:\n    One: {uuid: u-1, level: 1}\n    Two: {uuid: u-2, level: 1}\n',
        'A:\n  B:\n    One: {uuid: u-2}\n',
      ]),
    ).toEqual([
      "error custom-1.yaml:3 [A > B > One] The name 'One' has two uuids: u-1 (A > B > One in model.yaml) and u-2.",
    ]);
  });

  it('reports a dependsOn that points nowhere', () => {
    expect(summary(['A:\n  B:\n    One:\n      uuid: u-1\n      level: 1\n      dependsOn: [u-404, Ghost]\n'])).toEqual(
      [
        "error model.yaml:6 [A > B > One > dependsOn] 'One' depends on 'u-404', which is not an activity of the model.",
        "error model.yaml:6 [A > B > One > dependsOn] 'One' depends on 'Ghost', which is not an activity of the model.",
      ],
    );
  });

  it('lets a dependsOn point at an activity a later overlay adds', () => {
    const result = validate([
      'A:\n  B:\n    One: {uuid: u-1, level: 2, dependsOn: [u-9]}\n',
      'A:\n  B:\n    Nine: {uuid: u-9, level: 1}\n',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dependsOn.get('u-1')).toEqual(['u-9']);
  });

  it('drops links to removed activities without a word', () => {
    const result = validate([
      'A:\n  B:\n    One: {uuid: u-1, level: 1}\n    Two: {uuid: u-2, level: 2, dependsOn: [u-1, One, u-3]}\n  C:\n    Three: {uuid: u-3, level: 1}\n',
      'A:\n  B:\n    One: {ignore: true}\n  C:\n    ignore: true\n',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.dependsOn.get('u-2')).toEqual([]);
  });

  it('reports a self-dependency and dependency cycles, naming the activities in them', () => {
    const model = `A:
  B:
    One:
      uuid: u-1
      level: 1
      dependsOn: [u-2]
    Two:
      uuid: u-2
      level: 1
      dependsOn: [u-3]
    Three:
      uuid: u-3
      level: 1
      dependsOn: [u-1]
    Four:
      uuid: u-4
      level: 1
      dependsOn: [Four]
`;
    expect(summary([model])).toEqual([
      'error model.yaml:6 [A > B > One > dependsOn] Dependency cycle: One → Two → Three → One.',
      'error model.yaml:18 [A > B > Four > dependsOn] Dependency cycle: Four → Four.',
    ]);
  });

  it('reports a cycle an overlay closes, in the overlay', () => {
    const base = 'A:\n  B:\n    One: {uuid: u-1, level: 1}\n    Two: {uuid: u-2, level: 2, dependsOn: [u-1]}\n';
    expect(summary([base, 'A:\n  B:\n    One: {uuid: u-1, dependsOn: [Two]}\n'])).toEqual([
      'error custom-1.yaml:3 [A > B > One > dependsOn] Dependency cycle: One → Two → One.',
    ]);
  });

  it('warns about an incomplete difficulty, not about one whose ratings were reported', () => {
    expect(summary(['A:\n  B:\n    One: {uuid: u-1, level: 1, difficultyOfImplementation: {knowledge: 2}}\n'])).toEqual(
      [
        "warning model.yaml:3 [A > B > One > difficultyOfImplementation] 'One': difficultyOfImplementation lacks time, resources, so no difficulty is shown.",
      ],
    );
    const invalid = readModelFile(
      'm.yaml',
      'A:\n  B:\n    One: {uuid: u-1, level: 1, difficultyOfImplementation: {knowledge: 9, time: 1, resources: 1}}\n',
    ).model;
    expect(invalid && validateModel(applyFile(EMPTY_MODEL, invalid, true).model, 5).problems).toEqual([]);
  });

  it('collects every problem, not just the first', () => {
    const problems = summary([
      'A:\n  B:\n    One: {uuid: u-1, level: 9, dependsOn: [x]}\n    Two: {uuid: u-2}\n  C:\n    One: {uuid: u-3, level: 1, dependsOn: [u-3]}\n',
    ]);
    expect(problems.length).toBe(5);
    expect(problems.join('\n')).toContain('level 9');
    expect(problems.join('\n')).toContain("'Two' has no level");
    expect(problems.join('\n')).toContain('two uuids');
    expect(problems.join('\n')).toContain("depends on 'x'");
    expect(problems.join('\n')).toContain('Dependency cycle');
  });
});
