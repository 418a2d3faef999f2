import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { RepositorySnapshot, scanRepository } from './scan-repository';
import { readScanRules, ScanRule } from './scan-rules';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

/** One rule with the given signals (YAML lines, indented under `signals:`). */
function rules(...signals: string[]): ScanRule[] {
  const text = `rules:\n  - id: r\n    activity: ${BUILD}\n    stage: 100%\n    says: Seen\n    signals:\n${signals.map((s) => `      - ${s}`).join('\n')}\n`;
  const read = readScanRules(text, 'rules.yaml', { stages: STAGES, model: SMALL_MODEL, unknownActivity: 'error' });
  if (read.problems.length > 0) throw new Error(JSON.stringify(read.problems));
  return [...read.set.rules];
}

function repo(files: Record<string, string>, folders: string[] = []): RepositorySnapshot {
  return { paths: Object.keys(files).sort(), folders, read: async (path) => files[path] };
}

async function seen(ruleList: ScanRule[], files: Record<string, string>, folders: string[] = []): Promise<string[]> {
  const result = await scanRepository(ruleList, repo(files, folders));
  return result.matches.flatMap((m) => m.findings.map((f) => f.text));
}

describe('scanRepository', () => {
  it('ci: a command in a job that runs on push or pull request, with where and when', async () => {
    const workflow =
      'on: pull_request\njobs:\n  sast:\n    runs-on: ubuntu-latest\n    steps:\n      - run: semgrep ci\n';
    expect(await seen(rules("ci: { run: '^semgrep ci' }"), { '.github/workflows/sast.yml': workflow })).toEqual([
      'Seen in .github/workflows/sast.yml:6 (GitHub Actions job "sast", on every pull request)',
    ]);
  });

  it('ci: a workflow outside .github/workflows, or one that only runs by hand, does not count by default', async () => {
    const manual = 'on: workflow_dispatch\njobs:\n  a:\n    steps: [{run: semgrep ci}]\n';
    const files = {
      'docs/example.yml': manual.replace('workflow_dispatch', 'push'),
      '.github/workflows/m.yml': manual,
    };
    expect(await seen(rules("ci: { run: '^semgrep' }"), files)).toEqual([]);
    expect(await seen(rules("ci: { run: '^semgrep', on: [manual] }"), files)).toEqual([
      'Seen in .github/workflows/m.yml:4 (GitHub Actions job "a", when started by hand)',
    ]);
  });

  it('ci: uses with inputs; pinned: every reused action pinned by SHA', async () => {
    const sha = 'a'.repeat(40);
    const workflow = (ref: string) =>
      `on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@${sha}\n      - uses: aquasecurity/trivy-action@${ref}\n        with: {scan-type: fs, exit-code: '1'}\n`;
    const files = { '.github/workflows/ci.yml': workflow(sha) };
    expect(await seen(rules("ci: { uses: '^aquasecurity/trivy-action', with: { scan-type: '^fs$' } }"), files)).toEqual(
      ['Seen in .github/workflows/ci.yml:6 (GitHub Actions job "a", on every push)'],
    );
    expect(
      await seen(rules("ci: { uses: '^aquasecurity/trivy-action', with: { scan-type: '^image$' } }"), files),
    ).toEqual([]);
    expect((await seen(rules('ci: { pinned: true }'), files))[0]).toMatch(/all 2 reused actions.* pinned/);
    expect(await seen(rules('ci: { pinned: true }'), { '.github/workflows/ci.yml': workflow('v0.28.0') })).toEqual([]);
  });

  it('dockerfile: all Dockerfiles or any one', async () => {
    const files = { Dockerfile: 'FROM node:20\nUSER node\n', 'tools/Dockerfile': 'FROM alpine:3\n' };
    expect(await seen(rules('dockerfile: { user: non-root }'), files)).toEqual([]);
    expect(await seen(rules('dockerfile: { user: non-root, match: any }'), files)).toEqual([
      'Seen in Dockerfile:2: the final stage runs as USER node',
    ]);
    expect(
      await seen(rules("dockerfile: { from: 'alpine' }"), {
        Dockerfile: 'FROM node:20 AS b\nFROM alpine:3.20\nUSER root\n',
      }),
    ).toEqual(['Seen in Dockerfile:2: the final stage is built FROM alpine:3.20']);
  });

  it('file: names anywhere or from the root; contains skips comment lines', async () => {
    const files = { 'sub/SECURITY.md': '', '.husky/pre-commit': '# npx gitleaks protect\nnpx lint-staged\n' };
    expect(await seen(rules('file: { path: /SECURITY.md }'), files)).toEqual([]);
    expect(await seen(rules('file: { path: SECURITY.md }'), files)).toEqual(['Seen: sub/SECURITY.md']);
    expect(await seen(rules("file: { path: .husky/pre-commit, contains: 'gitleaks' }"), files)).toEqual([]);
    expect(await seen(rules("file: { path: .husky/pre-commit, contains: 'lint-staged' }"), files)).toEqual([
      'Seen in .husky/pre-commit:2',
    ]);
  });

  it('folder: folders not walked into count', async () => {
    expect(await seen(rules('folder: { path: /.git }'), {}, ['.git', 'src'])).toEqual(['Seen: .git/']);
  });

  it('config: a key path in YAML or JSON5, with a value test and an exception', async () => {
    const rule = rules(
      "config: { file: renovate.json5, path: '**.automerge', equals: true, not: { path: enabled, equals: false } }",
    );
    const on = '{\n  // comments are fine\n  packageRules: [{ matchUpdateTypes: ["patch"], automerge: true }],\n}\n';
    expect(await seen(rule, { 'renovate.json5': on })).toEqual(['Seen in renovate.json5:3 (automerge: true)']);
    expect(await seen(rule, { 'renovate.json5': on.replace('{\n', '{\n  enabled: false,\n') })).toEqual([]);
  });

  it('rules: another rule seen enough times', async () => {
    const text = [
      'rules:',
      ...['a', 'b', 'c'].map(
        (id) =>
          `  - {id: ${id}, activity: ${BUILD}, stage: 100%, says: Tool ${id}, signals: [{file: {path: ${id}.cfg}}]}`,
      ),
      `  - {id: two, activity: ${BUILD}, stage: 100%, says: Two tools, signals: [{rules: {min: 2, of: [a, b, c]}}]}`,
    ].join('\n');
    const set = readScanRules(text, 'r.yaml', { stages: STAGES, model: SMALL_MODEL, unknownActivity: 'error' }).set
      .rules;
    const ids = async (files: Record<string, string>) =>
      (await scanRepository(set, repo(files))).matches.map((m) => m.rule.id);
    expect(await ids({ 'a.cfg': '' })).toEqual(['a']);
    expect(await ids({ 'a.cfg': '', 'c.cfg': '' })).toEqual(['a', 'c', 'two']);
  });

  it('a CI file that does not parse is a warning naming it, the rest is still scanned', async () => {
    const result = await scanRepository(
      rules('file: { path: Makefile }'),
      repo({ '.github/workflows/bad.yml': 'on: [push\n', Makefile: '' }),
    );
    expect(result.problems.map((p) => [p.file, p.severity])).toEqual([['.github/workflows/bad.yml', 'warning']]);
    expect(result.matches.length).toBe(1);
  });
});
