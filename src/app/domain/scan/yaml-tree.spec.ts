import { aliasBomb } from '../testing/alias-bomb';
import { parseYamlTree, valueOf, YamlNode } from './yaml-tree';

function root(text: string): YamlNode {
  const parsed = parseYamlTree(text, 'ci.yml');
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.documents[0];
}

describe('parseYamlTree', () => {
  it('gives every key and value its line, past comments and blank lines', () => {
    const tree = root(
      'name: CI\njobs:\n  # the build\n\n  build:\n    steps:\n      - uses: a/b@v1\n      - run: make\n',
    );
    const jobs = valueOf(tree, 'jobs');
    expect(jobs?.kind === 'map' && jobs.entries.map((e) => [e.key, e.keyLine])).toEqual([['build', 5]]);
    const steps = valueOf(valueOf(jobs, 'build'), 'steps');
    expect(steps?.kind === 'seq' && steps.items.map((s) => s.line)).toEqual([7, 8]);
  });

  it('a block scalar starts at its indicator, so its lines can be counted', () => {
    const run = valueOf(root('run: |\n  npm ci\n  npm test\n'), 'run')!;
    expect([run.line, run.kind === 'scalar' && run.value]).toEqual([1, 'npm ci\nnpm test\n']);
  });

  it('merge keys bring the keys they refer to; the own keys win', () => {
    const tree = root('.base: &base\n  image: node:20\n  script: [a]\njob:\n  <<: *base\n  script: [b]\n');
    const job = valueOf(tree, 'job');
    expect(job?.kind === 'map' && job.entries.map((e) => e.key)).toEqual(['image', 'script']);
    const script = valueOf(job, 'script');
    expect(script?.kind === 'seq' && script.items.map((i) => i.kind === 'scalar' && i.value)).toEqual(['b']);
  });

  it('a syntax error is a problem with the file and line', () => {
    const parsed = parseYamlTree('on: push\njobs:\n  build: [unclosed\n  test: {}\n', 'ci.yml');
    expect(parsed.ok).toBeFalse();
    if (!parsed.ok) {
      expect(parsed.problem.file).toBe('ci.yml');
      expect(parsed.problem.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('a YAML bomb is refused before anything walks it', () => {
    const parsed = parseYamlTree(aliasBomb(), 'ci.yml');
    expect(!parsed.ok && parsed.problem.message).toMatch(/YAML bomb|nested/);
  });
});
