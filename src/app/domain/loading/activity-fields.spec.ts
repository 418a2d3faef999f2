import { parseYaml } from '../yaml';
import { readActivity } from './activity-fields';
import { Issue } from './problems';

const AT = ['Build and Deployment', 'Build', 'Defined build process'];

function read(text: string) {
  const parsed = parseYaml(text, 'model.yaml');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const issues: Issue[] = [];
  const patch = readActivity(parsed.value, AT, issues);
  return { patch, issues };
}

describe('readActivity', () => {
  it('reads every field of the contract', () => {
    const { patch, issues } = read(`uuid: f6f7737f-25a9-4317-8de2-09bf59f29b5b
level: 1
description: Why it matters
risk: What goes wrong
measure: What to do
assessment: |
  - show the pipeline
difficultyOfImplementation: {knowledge: 2, time: 3, resources: 2}
usefulness: 4
implementation:
  - {uuid: i-1, name: Jenkins, url: 'https://www.jenkins.io/', tags: [ci-cd], description: A CI server}
  - {name: Maven}
references:
  samm2: [I-SB-A-1]
  iso27001-2017: [12.1.1, 14.2.2]
  iso27001-2022: [5.37, 8.10]
  openCRE: ['https://www.opencre.org/x']
  d3f: [ApplicationConfigurationHardening]
dependsOn: [a-uuid, Some activity name]
tags: [inventory, scanning]
meta: {implementationGuide: How to roll it out}
comments: a comment
credits: someone
`);
    expect(issues).toEqual([]);
    expect(patch).toEqual({
      uuid: 'f6f7737f-25a9-4317-8de2-09bf59f29b5b',
      ignore: false,
      level: 1,
      texts: {
        description: 'Why it matters',
        risk: 'What goes wrong',
        measure: 'What to do',
        assessment: '- show the pipeline\n',
        implementationGuide: 'How to roll it out',
        comments: 'a comment',
        credits: 'someone',
      },
      difficulty: { knowledge: 2, time: 3, resources: 2 },
      usefulness: 4,
      implementation: [
        { uuid: 'i-1', name: 'Jenkins', url: 'https://www.jenkins.io/', tags: ['ci-cd'], description: 'A CI server' },
        { name: 'Maven', tags: [] },
      ],
      references: {
        samm2: ['I-SB-A-1'],
        iso27001_2017: ['12.1.1', '14.2.2'],
        iso27001_2022: ['5.37', '8.10'],
        openCRE: ['https://www.opencre.org/x'],
        d3f: ['ApplicationConfigurationHardening'],
      },
      dependsOn: ['a-uuid', 'Some activity name'],
      tags: ['inventory', 'scanning'],
    });
  });

  it('keeps the source text of reference ids (8.10 stays 8.10) and takes integers as text', () => {
    const { patch } = read('references: {iso27001-2022: [8.10, 5.1, 12], samm2: D-TA-A-1}\n');
    expect(patch?.references).toEqual({ iso27001_2022: ['8.10', '5.1', '12'], samm2: ['D-TA-A-1'] });
  });

  it('gives only the fields that are written, so that an overlay overrides nothing else', () => {
    const { patch } = read('description: new text\nreferences: {samm2: [X]}\ndifficultyOfImplementation: {time: 1}\n');
    expect(patch).toEqual({
      ignore: false,
      texts: { description: 'new text' },
      difficulty: { time: 1 },
      references: { samm2: ['X'] },
    });
  });

  it('treats a field with nothing after it as not written', () => {
    const { patch, issues } = read('description:\nlevel:\ntags:\ndependsOn:\n');
    expect(issues).toEqual([]);
    expect(patch).toEqual({ ignore: false, texts: {}, difficulty: {}, references: {} });
  });

  it('writes an empty text when the file says so', () => {
    expect(read("description: ''\n").patch?.texts).toEqual({ description: '' });
  });

  it('drops the placeholder tag none and repeated tags', () => {
    expect(read('tags: [none]\n').patch?.tags).toEqual([]);
    expect(read('tags: [a, none, a, b]\n').patch?.tags).toEqual(['a', 'b']);
    expect(read('tags: solo\n').patch?.tags).toEqual(['solo']);
  });

  it('accepts single values where lists are expected', () => {
    const { patch } = read('dependsOn: a-uuid\nimplementation: {name: Trivy}\n');
    expect(patch?.dependsOn).toEqual(['a-uuid']);
    expect(patch?.implementation).toEqual([{ name: 'Trivy', tags: [] }]);
  });

  it('takes a bare tool name as an implementation, and leaves out one without a name', () => {
    const { patch, issues } = read('implementation: [Jenkins, {url: "https://x"}]\n');
    expect(patch?.implementation).toEqual([{ name: 'Jenkins', tags: [] }]);
    expect(issues).toEqual([
      {
        at: [...AT, 'implementation', 1],
        message: 'An implementation without a name is left out.',
        severity: 'warning',
      },
    ]);
  });

  it('ignores legacy and unknown fields silently', () => {
    const { patch, issues } = read(`uuid: u
isImplemented: false
evidence: ''
comment: old
teamsImplemented: {Team A: true}
teamsEvidence: {Team A: text}
somethingNew: [1, 2]
`);
    expect(issues).toEqual([]);
    expect(patch).toEqual({ uuid: 'u', ignore: false, texts: {}, difficulty: {}, references: {} });
  });

  it('takes a number or boolean where text is expected as its text', () => {
    expect(read('uuid: 12345\ndescription: 42\nrisk: true\n').patch).toEqual(
      jasmine.objectContaining({ uuid: '12345', texts: { description: '42', risk: 'true' } }),
    );
  });

  it('reads a level written as text, and rejects one that is not a whole number', () => {
    expect(read("level: '3'\n").patch?.level).toBe(3);
    const { patch, issues } = read('level: 2.5\n');
    expect(patch?.level).toBeNull();
    expect(issues).toEqual([
      { at: [...AT, 'level'], message: "level must be a whole number, not '2.5'.", severity: 'error' },
    ]);
  });

  it('warns about a rating outside 1..5 and leaves it out', () => {
    const { patch, issues } = read(
      'usefulness: 6\ndifficultyOfImplementation: {knowledge: 0, time: 2.5, resources: 3}\n',
    );
    expect(patch?.usefulness).toBeNull();
    expect(patch?.difficulty).toEqual({ knowledge: null, time: null, resources: 3 });
    expect(issues.map((i) => [i.severity, i.at.join(' > '), i.message])).toEqual([
      [
        'warning',
        [...AT, 'usefulness'].join(' > '),
        "usefulness must be a whole number from 1 to 5, not '6'; ignored.",
      ],
      [
        'warning',
        [...AT, 'difficultyOfImplementation', 'knowledge'].join(' > '),
        "knowledge must be a whole number from 1 to 5, not '0'; ignored.",
      ],
      [
        'warning',
        [...AT, 'difficultyOfImplementation', 'time'].join(' > '),
        "time must be a whole number from 1 to 5, not '2.5'; ignored.",
      ],
    ]);
  });

  it('reads ignore: true, and rejects an ignore that is not a boolean', () => {
    expect(read('ignore: true\n').patch?.ignore).toBeTrue();
    const { issues } = read('ignore: yes\n');
    expect(issues).toEqual([
      { at: [...AT, 'ignore'], message: "ignore must be true or false, not 'yes'.", severity: 'error' },
    ]);
  });

  it('reports a non-map where a map is expected', () => {
    expect(read('just text\n')).toEqual({
      patch: undefined,
      issues: [{ at: AT, message: 'An activity must be a map of fields.', severity: 'error' }],
    });
    const { issues } = read('difficultyOfImplementation: 3\nreferences: [a]\nmeta: text\nimplementation: [[x]]\n');
    expect(issues.map((i) => i.message)).toEqual([
      'An implementation must be a map with a name.',
      'meta must be a map.',
      'difficultyOfImplementation must be a map.',
      'references must be a map.',
    ]);
  });

  it('rejects a text field that holds a list or a map, and a list item that is not text', () => {
    const { issues } = read(
      'description: [a]\nrisk: {a: 1}\ntags: [{a: 1}]\ndependsOn: {a: 1}\nreferences: {samm2: [[x]]}\n',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'dependsOn must be a list.',
      'tags must hold texts only.',
      'description must be text.',
      'risk must be text.',
      'samm2 must hold texts only.',
    ]);
  });

  it('reads an empty activity (nothing under its name) as no fields', () => {
    expect(read('~\n')).toEqual({ patch: { ignore: false, texts: {}, difficulty: {}, references: {} }, issues: [] });
  });
});
