import { readModelFile } from './model-file';

const BODY = `Build and Deployment:
  Build:
    Defined build process:
      uuid: u-1
      level: 1
    Pinning of artifacts:
      uuid: u-2
      level: 2
  Deployment:
    Defined deployment process:
      uuid: u-3
      level: 1
Culture and Organization:
  Design:
    Conduction of simple threat modeling:
      uuid: u-4
      level: 1
`;

const HEADER = `meta:
  version: 4.3.1
  released: "2026-05-19"
  publisher: https://example.org/dsomm-data
`;

const shape = (text: string) => {
  const { model } = readModelFile('model.yaml', text);
  return model?.dimensions.map((d) => [d.name, d.subDimensions.map((s) => [s.name, s.activities.map((a) => a.name)])]);
};

describe('readModelFile', () => {
  it('reads a header document followed by the model', () => {
    const { model, problems } = readModelFile('model.yaml', `---\n${HEADER}---\n${BODY}`);
    expect(problems).toEqual([]);
    expect(model?.header).toEqual({
      version: '4.3.1',
      released: '2026-05-19',
      publisher: 'https://example.org/dsomm-data',
    });
    expect(shape(`---\n${HEADER}---\n${BODY}`)).toEqual([
      [
        'Build and Deployment',
        [
          ['Build', ['Defined build process', 'Pinning of artifacts']],
          ['Deployment', ['Defined deployment process']],
        ],
      ],
      ['Culture and Organization', [['Design', ['Conduction of simple threat modeling']]]],
    ]);
    const activity = model?.dimensions[0].subDimensions[0].activities[1];
    expect(activity?.at).toEqual(['Build and Deployment', 'Build', 'Pinning of artifacts']);
    expect(activity?.patch.uuid).toBe('u-2');
  });

  it('reads a model of a single document, without a header', () => {
    const { model, problems } = readModelFile('model.yaml', BODY);
    expect(problems).toEqual([]);
    expect(model?.header).toEqual({});
    expect(model?.dimensions.length).toBe(2);
  });

  it('reads a document holding only the header as a header with no activities', () => {
    const { model, problems } = readModelFile('custom.yaml', HEADER);
    expect(problems).toEqual([]);
    expect(model?.header.version).toBe('4.3.1');
    expect(model?.dimensions).toEqual([]);
  });

  it('takes a meta key inside a single model document as the header', () => {
    const { model, problems } = readModelFile('model.yaml', HEADER + BODY);
    expect(problems).toEqual([]);
    expect(model?.header.version).toBe('4.3.1');
    expect(model?.dimensions.map((d) => d.name)).toEqual(['Build and Deployment', 'Culture and Organization']);
  });

  it('reads an empty or comment-only file as an empty model (an empty overlay is fine)', () => {
    expect(readModelFile('custom.yaml', '').model?.dimensions).toEqual([]);
    expect(readModelFile('custom.yaml', '# nothing yet\n').model?.dimensions).toEqual([]);
    const trailing = readModelFile('custom.yaml', '---\nA:\n  B: {}\n---\n');
    expect(trailing.problems).toEqual([]);
    expect(trailing.model?.dimensions.map((d) => d.name)).toEqual(['A']);
  });

  it('reads the dimension and sub-dimension descriptions of the header', () => {
    const { model, problems } = readModelFile(
      'model.yaml',
      `---
meta:
  version: 1
  dimensions:
    Build and Deployment:
      description: Getting code to production.
      subDimensions:
        Build: Turning source into artifacts.
        Deployment: Shipping them.
    Culture and Organization:
      subDimensions:
        Design: Thinking first.
---
${BODY}`,
    );
    expect(problems).toEqual([]);
    expect(model?.header).toEqual({ version: '1' });
    expect(model?.descriptions).toEqual(
      new Map([
        [
          'Build and Deployment',
          {
            description: 'Getting code to production.',
            subDimensions: new Map([
              ['Build', 'Turning source into artifacts.'],
              ['Deployment', 'Shipping them.'],
            ]),
          },
        ],
        ['Culture and Organization', { subDimensions: new Map([['Design', 'Thinking first.']]) }],
      ]),
    );
  });

  it('rejects header descriptions of the wrong shape, naming file and line', () => {
    const { problems } = readModelFile(
      'model.yaml',
      `meta:
  version: [1]
  dimensions:
    A: text
    B:
      description: [x]
      subDimensions: [y]
    C:
      subDimensions:
        D: {description: z}
`,
    );
    expect(problems.map((p) => [p.file, p.line, p.path, p.message])).toEqual([
      ['model.yaml', 2, 'meta > version', 'version must be text.'],
      [
        'model.yaml',
        4,
        'meta > dimensions > A',
        'A dimension description must be a map with description and subDimensions.',
      ],
      ['model.yaml', 6, 'meta > dimensions > B > description', 'description must be text.'],
      [
        'model.yaml',
        7,
        'meta > dimensions > B > subDimensions',
        'subDimensions must map sub-dimension names to texts.',
      ],
      ['model.yaml', 10, 'meta > dimensions > C > subDimensions > D', 'A sub-dimension description must be text.'],
    ]);
    expect(readModelFile('m.yaml', 'meta: 3\n').problems[0].message).toContain('The header `meta` must be a map');
    expect(readModelFile('m.yaml', 'meta: {dimensions: [a]}\n').problems[0].message).toContain(
      'meta > dimensions must map',
    );
  });

  it('rejects more than two documents, and a first of two that is not the header', () => {
    const three = readModelFile('model.yaml', `---\n${HEADER}---\n${BODY}---\nX: {}\n`);
    expect(three.model).toBeUndefined();
    expect(three.problems).toEqual([
      {
        file: 'model.yaml',
        message: 'Expected one or two YAML documents (header and model), found 3.',
        severity: 'error',
      },
    ]);
    const noHeader = readModelFile('model.yaml', `---\n${BODY}---\n${BODY}`);
    expect(noHeader.model).toBeUndefined();
    expect(noHeader.problems[0].message).toBe(
      'Of two YAML documents, the first must hold only the header under `meta`.',
    );
  });

  it('rejects a header given twice', () => {
    const { problems } = readModelFile('model.yaml', `---\n${HEADER}---\n${HEADER}${BODY}`);
    expect(problems[0].message).toBe('The header is given twice (a header document and a `meta` key).');
  });

  it('rejects a model that is not a map', () => {
    const { model, problems } = readModelFile('model.yaml', '- a\n- b\n');
    expect(model).toBeUndefined();
    expect(problems[0].message).toContain('The model must be a map');
  });

  it('reports a syntax error with file and line', () => {
    const { model, problems } = readModelFile('custom/x.yaml', 'A:\n  B: [\n');
    expect(model).toBeUndefined();
    expect(problems).toEqual([jasmine.objectContaining({ file: 'custom/x.yaml', line: 3, severity: 'error' })]);
  });

  it('reports every non-map where a map is expected, and keeps reading the rest', () => {
    const text = `A:
  B:
    Good:
      uuid: g
    Bad: text
  C: [1]
D: 5
E:
  F:
    Fine: {uuid: f}
`;
    const { model, problems } = readModelFile('model.yaml', text);
    expect(problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [5, 'A > B > Bad', 'An activity must be a map of fields.'],
      [6, 'A > C', 'A sub-dimension must be a map of activities.'],
      [7, 'D', 'A dimension must be a map of sub-dimensions.'],
    ]);
    expect(shape(text)).toEqual([
      ['A', [['B', ['Good']]]],
      ['E', [['F', ['Fine']]]],
    ]);
    expect(model?.dimensions.length).toBe(2);
  });

  it('reads an empty dimension or sub-dimension as empty', () => {
    expect(readModelFile('m.yaml', 'A:\nB:\n  C:\n').problems).toEqual([]);
    expect(shape('A:\nB:\n  C:\n')).toEqual([
      ['A', []],
      ['B', [['C', []]]],
    ]);
  });

  it('reads ignore: true directly under a dimension or a sub-dimension', () => {
    const { model, problems } = readModelFile(
      'custom.yaml',
      'A:\n  ignore: true\nB:\n  C:\n    ignore: true\n  D:\n    ignore: false\n    X: {uuid: x}\n',
    );
    expect(problems).toEqual([]);
    expect(model?.dimensions).toEqual([
      { name: 'A', ignore: true, subDimensions: [] },
      {
        name: 'B',
        ignore: false,
        subDimensions: [
          { name: 'C', ignore: true, activities: [] },
          { name: 'D', ignore: false, activities: [jasmine.objectContaining({ name: 'X' })] },
        ],
      },
    ]);
  });

  it('warns that entries next to ignore: true are ignored, and rejects a non-boolean ignore', () => {
    const { model, problems } = readModelFile(
      'custom.yaml',
      'A:\n  ignore: true\n  B:\n    X: {uuid: x}\nC:\n  D:\n    ignore: maybe\n    Y: {uuid: y}\n',
    );
    expect(problems.map((p) => [p.severity, p.line, p.path, p.message])).toEqual([
      ['warning', 1, 'A', 'The dimension is ignored, so what else is written under it is ignored too.'],
      ['error', 7, 'C > D > ignore', "ignore must be true or false, not 'maybe'."],
    ]);
    expect(model?.dimensions[0].subDimensions).toEqual([]);
    expect(model?.dimensions[1].subDimensions[0].activities.map((a) => a.name)).toEqual(['Y']);
  });
});
