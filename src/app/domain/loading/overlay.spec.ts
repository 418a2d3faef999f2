import { Problem } from '../types';
import { readModelFile } from './model-file';
import { applyFile } from './overlay';
import { EMPTY_MODEL, WorkingModel, draftsInOrder } from './working-model';

const BASE = `---
meta: {version: 4.3.1, dimensions: {A: {description: Dim A, subDimensions: {B: Sub B}}}}
---
A:
  B:
    First:
      uuid: u-1
      level: 1
      description: first text
      risk: first risk
      difficultyOfImplementation: {knowledge: 1, time: 2, resources: 3}
      usefulness: 4
      references: {samm2: [S-1], iso27001-2022: [8.10]}
      tags: [t1]
      implementation: [{name: Tool}]
    Second:
      uuid: u-2
      level: 2
      dependsOn: [First]
    Third:
      uuid: u-3
      level: 3
  C:
    Fourth:
      uuid: u-4
      level: 1
D:
  E:
    Fifth:
      uuid: u-5
      level: 1
`;

/** Applies the model and then each overlay, as custom-1.yaml, custom-2.yaml, ... */
function apply(...overlays: string[]): { model: WorkingModel; problems: Problem[] } {
  let model = EMPTY_MODEL;
  const problems: Problem[] = [];
  [BASE, ...overlays].forEach((text, i) => {
    const file = i === 0 ? 'model.yaml' : `custom-${i}.yaml`;
    const read = readModelFile(file, text);
    problems.push(...read.problems);
    if (read.model === undefined) return;
    const applied = applyFile(model, read.model, i === 0);
    model = applied.model;
    problems.push(...applied.problems);
  });
  return { model, problems };
}

/** `dimension > sub-dimension: names` in display order. */
function layout(model: WorkingModel): string[] {
  return [...model.order].flatMap(([d, subs]) =>
    [...subs].map(([s, ids]) => `${d} > ${s}: ${ids.map((id) => model.drafts.get(id)?.name).join(', ')}`),
  );
}

const draft = (model: WorkingModel, uuid: string) => model.drafts.get(uuid);

describe('applyFile', () => {
  it('builds the model from the base file in file order', () => {
    const { model, problems } = apply();
    expect(problems).toEqual([]);
    expect(layout(model)).toEqual(['A > B: First, Second, Third', 'A > C: Fourth', 'D > E: Fifth']);
    expect(model.header).toEqual({ version: '4.3.1' });
    expect(draft(model, 'u-1')).toEqual(
      jasmine.objectContaining({
        uuid: 'u-1',
        name: 'First',
        dimension: 'A',
        subDimension: 'B',
        level: 1,
        texts: { description: 'first text', risk: 'first risk' },
        references: { samm2: ['S-1'], iso27001_2022: ['8.10'] },
      }),
    );
    expect(draft(model, 'u-1')?.origin.created).toEqual({ file: 'model.yaml', at: ['A', 'B', 'First'] });
  });

  it('resolves names in dependsOn to uuids against the file just applied', () => {
    expect(draft(apply().model, 'u-2')?.dependsOn).toEqual(['u-1']);
  });

  it('overrides only the fields an overlay gives (field by field, and per key for references and ratings)', () => {
    const { model, problems } = apply(`A:
  B:
    First:
      uuid: u-1
      risk: new risk
      difficultyOfImplementation: {time: 5}
      references: {samm2: [S-9]}
`);
    expect(problems).toEqual([]);
    const first = draft(model, 'u-1');
    expect(first?.texts).toEqual({ description: 'first text', risk: 'new risk' });
    expect(first?.difficulty).toEqual({ knowledge: 1, time: 5, resources: 3 });
    expect(first?.references).toEqual({ samm2: ['S-9'], iso27001_2022: ['8.10'] });
    expect(first?.usefulness).toBe(4);
    expect(first?.level).toBe(1);
    expect(first?.tags).toEqual(['t1']);
    expect(first?.implementation).toEqual([{ name: 'Tool', tags: [] }]);
    expect(first?.origin.created.file).toBe('model.yaml');
    expect(first?.origin.difficulty?.file).toBe('custom-1.yaml');
    expect(layout(model)[0]).toBe('A > B: First, Second, Third');
  });

  it('matches an overlay activity without a uuid by its name, wherever it is', () => {
    const { model, problems } = apply('X:\n  Y:\n    Third:\n      level: 5\n');
    expect(problems).toEqual([]);
    expect(draft(model, 'u-3')?.level).toBe(5);
    expect(layout(model)).toEqual(['A > B: First, Second', 'A > C: Fourth', 'D > E: Fifth', 'X > Y: Third']);
  });

  it('renames an activity in place', () => {
    const { model } = apply('A:\n  B:\n    Premier:\n      uuid: u-1\n');
    expect(layout(model)[0]).toBe('A > B: Premier, Second, Third');
    expect(draft(model, 'u-2')?.dependsOn).toEqual(['u-1']);
  });

  it('moves an activity to the end of an existing sub-dimension', () => {
    const { model } = apply('A:\n  C:\n    First:\n      uuid: u-1\n');
    expect(layout(model)).toEqual(['A > B: Second, Third', 'A > C: Fourth, First', 'D > E: Fifth']);
    expect(draft(model, 'u-1')).toEqual(jasmine.objectContaining({ dimension: 'A', subDimension: 'C', level: 1 }));
  });

  it('moves and renames into a new dimension, appended after the others', () => {
    const { model } = apply('New:\n  Sub:\n    Renamed:\n      uuid: u-2\n');
    expect(layout(model)).toEqual(['A > B: First, Third', 'A > C: Fourth', 'D > E: Fifth', 'New > Sub: Renamed']);
    expect(draft(model, 'u-2')).toEqual(
      jasmine.objectContaining({ name: 'Renamed', dimension: 'New', subDimension: 'Sub', dependsOn: ['u-1'] }),
    );
  });

  it('adds a new activity (with a uuid) at the end of its sub-dimension, new sub-dimensions after the others', () => {
    const { model, problems } = apply(
      'A:\n  B:\n    Extra:\n      uuid: u-9\n      level: 2\n  Z:\n    Other: {uuid: u-10, level: 1}\n',
    );
    expect(problems).toEqual([]);
    expect(layout(model)).toEqual([
      'A > B: First, Second, Third, Extra',
      'A > C: Fourth',
      'A > Z: Other',
      'D > E: Fifth',
    ]);
    expect(draft(model, 'u-9')?.origin.created).toEqual({ file: 'custom-1.yaml', at: ['A', 'B', 'Extra'] });
  });

  it('rejects a new activity without a uuid, naming the file and line', () => {
    const { model, problems } = apply('A:\n  B:\n    Unknown:\n      level: 2\n');
    expect(problems).toEqual([
      {
        file: 'custom-1.yaml',
        line: 3,
        path: 'A > B > Unknown',
        message: "'Unknown' is not in the model, so it is a new activity, and a new activity needs a uuid.",
        severity: 'error',
      },
    ]);
    expect(model.drafts.size).toBe(5);
  });

  it('rejects an activity without a uuid in the base file', () => {
    const read = readModelFile('model.yaml', 'A:\n  B:\n    X: {level: 1}\n    Y: {uuid: y, level: 1}\n');
    const applied = read.model && applyFile(EMPTY_MODEL, read.model, true);
    expect(applied?.problems).toEqual([
      { file: 'model.yaml', line: 3, path: 'A > B > X', message: "The activity 'X' has no uuid.", severity: 'error' },
    ]);
    expect([...(applied?.model.drafts.keys() ?? [])]).toEqual(['y']);
  });

  it('rejects a uuid used twice in one file, naming both places', () => {
    const { problems } = apply('A:\n  B:\n    First: {uuid: u-1, level: 2}\n  C:\n    Copy: {uuid: u-1, level: 3}\n');
    expect(problems).toEqual([
      {
        file: 'custom-1.yaml',
        line: 5,
        path: 'A > C > Copy',
        message: 'The uuid u-1 is used twice in this file (also by A > B > First).',
        severity: 'error',
      },
    ]);
  });

  it('removes an activity with ignore: true, by uuid or by name', () => {
    const { model, problems } = apply('any:\n  where:\n    x: {uuid: u-1, ignore: true}\n    Fifth: {ignore: true}\n');
    expect(problems).toEqual([]);
    expect(layout(model)).toEqual(['A > B: Second, Third', 'A > C: Fourth', 'D > E: ']);
    expect([...model.removed]).toEqual(['u-1', 'First', 'u-5', 'Fifth']);
  });

  it('removes a sub-dimension with ignore: true directly under it', () => {
    const { model, problems } = apply('A:\n  B:\n    ignore: true\n');
    expect(problems).toEqual([]);
    expect(layout(model)).toEqual(['A > C: Fourth', 'D > E: Fifth']);
    expect(model.drafts.has('u-1')).toBeFalse();
    expect(model.removed.has('u-3')).toBeTrue();
  });

  it('removes a dimension with ignore: true directly under it', () => {
    const { model } = apply('A:\n  ignore: true\n');
    expect(layout(model)).toEqual(['D > E: Fifth']);
    expect([...model.drafts.keys()]).toEqual(['u-5']);
  });

  it('warns when there is nothing to ignore', () => {
    const { problems } = apply(
      'A:\n  B:\n    Ghost: {ignore: true}\n    x: {uuid: nope, ignore: true}\n  Q:\n    ignore: true\nR:\n  ignore: true\n',
    );
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 3, "Nothing to ignore: there is no activity named 'Ghost'."],
      ['warning', 4, 'Nothing to ignore: there is no activity with uuid nope.'],
      ['warning', 5, "Nothing to ignore: there is no sub-dimension 'A > Q'."],
      ['warning', 7, "Nothing to ignore: there is no dimension 'R'."],
    ]);
  });

  it('applies overlays in order, a later one seeing what an earlier one did', () => {
    const { model, problems } = apply(
      'New:\n  S:\n    Added: {uuid: n-1, level: 1, description: one}\n',
      'New:\n  S:\n    Added: {description: two}\n',
      'A:\n  B:\n    Added: {uuid: n-1}\n',
    );
    expect(problems).toEqual([]);
    expect(draft(model, 'n-1')?.texts.description).toBe('two');
    expect(layout(model)).toEqual(['A > B: First, Second, Third, Added', 'A > C: Fourth', 'D > E: Fifth', 'New > S: ']);
  });

  it('resolves a name in an overlay dependsOn against the model as it stands then', () => {
    const { model } = apply(
      'A:\n  C:\n    Fourth: {uuid: u-4, dependsOn: [Third, u-5, Nowhere]}\n',
      'A:\n  B:\n    Drei: {uuid: u-3}\n',
    );
    expect(draft(model, 'u-4')?.dependsOn).toEqual(['u-3', 'u-5', 'Nowhere']);
  });

  it('keeps the header of the base file and merges descriptions, later files winning', () => {
    const { model, problems } = apply(`meta:
  version: 9
  dimensions:
    A: {subDimensions: {B: New B, C: Sub C}}
    D: {description: Dim D}
`);
    expect(problems).toEqual([]);
    expect(model.header).toEqual({ version: '4.3.1' });
    expect(model.descriptions.get('A')).toEqual({
      description: 'Dim A',
      subDimensions: new Map([
        ['B', 'New B'],
        ['C', 'Sub C'],
      ]),
    });
    expect(model.descriptions.get('D')).toEqual({ description: 'Dim D', subDimensions: new Map() });
  });

  it('warns about descriptions of dimensions or sub-dimensions no file has mentioned', () => {
    const { problems } = apply('meta:\n  dimensions:\n    Typo: {description: x}\n    A: {subDimensions: {Nope: y}}\n');
    expect(problems.map((p) => [p.file, p.line, p.severity, p.message])).toEqual([
      ['custom-1.yaml', 3, 'warning', "The header describes a dimension 'Typo' that is not in the model."],
      ['custom-1.yaml', 4, 'warning', "The header describes a sub-dimension 'A > Nope' that is not in the model."],
    ]);
  });

  it('leaves the model it is given untouched', () => {
    const before = apply().model;
    const snapshot = layout(before);
    const read = readModelFile('c.yaml', 'A:\n  C:\n    First: {uuid: u-1, level: 4}\n  B:\n    ignore: true\n');
    if (read.model) applyFile(before, read.model, false);
    expect(layout(before)).toEqual(snapshot);
    expect(draft(before, 'u-1')?.level).toBe(1);
    expect(before.removed.size).toBe(0);
    expect(draftsInOrder(before).length).toBe(5);
  });
});
