import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import yaml from 'js-yaml';
import { ensureBundle } from '../build.mjs';
import { gha, RULE_FIXTURES } from './scan-fixtures.mjs';
import { dsomm, ROOT, tempDir } from './support.mjs';

const META = join(ROOT, 'src/assets/YAML/meta.yaml');
const DAY = '2026-12-05';
const SHIPPED = yaml.load(readFileSync(join(ROOT, 'src/assets/YAML/scan-rules.yaml'), 'utf8')).rules;
const ACTIVITY = Object.fromEntries(SHIPPED.map((rule) => [rule.id, rule.activity]));
const SAST = ACTIVITY['sast-semgrep'];

let main;
before(async () => {
  ({ main } = await import(pathToFileURL(await ensureBundle()).href));
});

/** Writes a repository (path -> text; `folders` lists empty folders) into a new temporary folder. */
function repository(t, files) {
  const dir = tempDir(t);
  for (const [path, text] of Object.entries(files)) {
    if (path === 'folders') {
      for (const folder of text) mkdirSync(join(dir, folder), { recursive: true });
      continue;
    }
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `dsomm scan` in this process (the bundle the bin runs), as fast as a unit test. */
async function scan(args, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', ...args], {
    packageRoot: ROOT,
    io: { cwd, out: (text) => (stdout += text), err: (text) => (stderr += text), today: () => DAY },
  });
  return { code, stdout, stderr };
}

/** The JSON proposal for a repository, for Team A, with the app's meta.yaml (no progress yet). */
async function proposal(t, files, extra = []) {
  const run = await scan([repository(t, files), '--team', 'Team A', '--format', 'json', '--meta', META, ...extra]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

const rulesSeen = (json) => new Set(json.activities.flatMap((a) => a.findings.map((f) => f.rule)));

describe('dsomm scan', () => {
  it('has a fixture repository for every shipped rule', () => {
    assert.deepEqual(
      SHIPPED.map((rule) => rule.id).filter((id) => !(id in RULE_FIXTURES)),
      [],
    );
    assert.ok(new Set(SHIPPED.map((rule) => rule.activity)).size >= 25, 'rules cover at least 25 activities');
  });

  for (const [id, files] of Object.entries(RULE_FIXTURES)) {
    it(`rule ${id}: its fixture repository is seen and explained with file and line`, async (t) => {
      const json = await proposal(t, files);
      const activity = json.activities.find((a) => a.uuid === ACTIVITY[id]);
      assert.ok(activity, `${id}: nothing proposed for ${ACTIVITY[id]}; saw ${[...rulesSeen(json)].join(', ')}`);
      const finding = activity.findings.find((f) => f.rule === id);
      assert.ok(finding, `${id} is among the findings: ${JSON.stringify(activity.findings)}`);
      assert.match(finding.text, /\S/);
      assert.ok(finding.file, 'a finding names its file');
    });
  }

  it('a commented-out step, an echo, a workflow that never runs, a hidden GitLab job and a commented Jenkins step prove nothing', async (t) => {
    const json = await proposal(t, {
      ...gha([
        '# - uses: returntocorp/semgrep-action@v1',
        'run: |\n          # semgrep ci\n          echo "semgrep ci later"',
      ]),
      '.github/workflows/never.yml': 'name: no trigger\njobs:\n  sast:\n    steps:\n      - run: semgrep ci\n',
      '.github/workflows/off.yml': 'on: push\njobs:\n  sast:\n    if: false\n    steps:\n      - run: semgrep ci\n',
      'docs/example-workflow.yml': 'on: push\njobs:\n  sast:\n    steps:\n      - run: semgrep ci\n',
      '.gitlab-ci.yml': '.semgrep:\n  script: [semgrep ci]\nbuild:\n  script: [make]\n',
      Jenkinsfile:
        "pipeline {\n  stages {\n    stage('x') {\n      steps {\n        // sh 'semgrep ci'\n        sh 'make'\n      }\n    }\n  }\n}\n",
      'azure-pipelines.yml': 'trigger: none\npr: none\nsteps:\n  - script: semgrep ci\n',
    });
    assert.equal(
      json.activities.find((a) => a.uuid === SAST),
      undefined,
    );
    assert.match(json.notes.join('\n'), /CI jobs that never run were not counted: .*never\.yml:3 "sast"/);
  });

  it('FROM with a tag only is not pinned; one Dockerfile running as root keeps "every container" from counting', async (t) => {
    const json = await proposal(t, {
      Dockerfile: `FROM node:20-alpine\nUSER node\n`,
      'tools/Dockerfile': `FROM alpine:3.20@sha256:${'a'.repeat(64)}\n`,
    });
    const seen = rulesSeen(json);
    assert.ok(!seen.has('base-images-pinned-by-digest'));
    assert.ok(!seen.has('containers-non-root'));
    assert.ok(seen.has('some-containers-non-root'), 'one non-root container is still "Started"');
  });

  it('Renovate switched off (enabled: false) is not seen', async (t) => {
    const json = await proposal(t, { 'renovate.json': '{ "enabled": false, "automerge": true }' });
    assert.deepEqual([...rulesSeen(json)], []);
  });

  it('skips node_modules, vendored folders, .git and binaries, and says so', async (t) => {
    const dir = repository(t, {
      'node_modules/x/.github/workflows/ci.yml': gha(['run: semgrep ci'])['.github/workflows/ci.yml'],
      'vendor/lib/Dockerfile': 'FROM scratch\n',
      'logo.png': 'PNG',
      'app.jar': 'PK',
      'src/main.js': 'console.log(1)\n',
      folders: ['.git/objects'],
    });
    const run = await scan([dir, '--team', 'Team A', '--format', 'markdown', '--meta', META]);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /Semgrep/);
    assert.match(
      run.stderr,
      /Walked 1 file in \d+ folders and read 0 in \d+ ms; skipped folders not walked into: \.git, node_modules, vendor; 2 binary files \(\.jar 1, \.png 1\)\./,
    );
  });

  it('writes a proposal the data centre imports: backup format, raised stages dated, evidence linking to file and line', async (t) => {
    const dir = repository(t, gha(['uses: actions/checkout@v4', 'run: |\n          npm ci\n          semgrep ci']));
    const out = join(tempDir(t), 'proposal.yaml');
    const run = await scan([
      dir,
      '--team',
      'Team A',
      '-o',
      out,
      '--meta',
      META,
      '--name',
      'shop',
      '--link',
      'https://git.example.com/org/shop/blob/main/{path}#L{line}',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /dsomm scan: Team A: \d+ stages proposed; \d+ evidence entries\. Written to /);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^# dsomm scan of shop for Team A on 2026-12-05/);
    assert.match(text, /Import it in the data centre of DSOMM Studio with MERGE/);
    const [header, teams, progress, evidence] = yaml.loadAll(text, null, { schema: yaml.FAILSAFE_SCHEMA });
    assert.equal(header.dsommStudioBackup, '1');
    assert.deepEqual(teams.teams, ['Team A']);
    assert.deepEqual(progress.progress[SAST], { 'Team A': { 'Fully implemented': DAY } });
    const [entry] = evidence.evidence[SAST];
    assert.equal(entry.title, 'shop: Semgrep scans the code');
    assert.equal(entry.recordedBy, 'dsomm scan');
    assert.match(
      entry.description,
      /Semgrep scans the code in \.github\/workflows\/ci\.yml:10 \(GitHub Actions job "check", on every push and pull request\)/,
    );
    assert.deepEqual(entry.attachment, [
      { type: 'link', externalLink: 'https://git.example.com/org/shop/blob/main/.github/workflows/ci.yml#L10' },
    ]);
  });

  it("never lowers a stage the team has set (--against), keeps its dates, and leaves 'not applicable' alone", async (t) => {
    const dir = repository(t, {
      ...gha(['run: semgrep ci', 'run: npm test', 'run: npm run build']),
      'current.yaml': [
        'progress:',
        `  ${SAST}:`,
        '    Team A:',
        '      Fully implemented: 2026-01-10',
        `  ${ACTIVITY['tests-in-ci']}:`,
        '    Team A:',
        '      Started: 2026-02-01',
        `  ${ACTIVITY['build-in-ci']}:`,
        '    Team A:',
        "      'Not applicable: we ship no builds': 2026-03-01",
        '',
      ].join('\n'),
    });
    const run = await scan([dir, '--team', 'Team A', '--meta', META, '--against', join(dir, 'current.yaml')]);
    assert.equal(run.code, 0, run.stderr);
    const [, , progress] = yaml.loadAll(run.stdout, null, { schema: yaml.FAILSAFE_SCHEMA });
    assert.equal(progress.progress[SAST], undefined, 'Fully implemented stays');
    assert.equal(progress.progress[ACTIVITY['build-in-ci']], undefined, 'not applicable stays');
    assert.deepEqual(progress.progress[ACTIVITY['tests-in-ci']], {
      'Team A': { Started: '2026-02-01', 'Fully implemented': DAY },
    });
    const markdown = await scan([
      dir,
      '--team',
      'Team A',
      '--meta',
      META,
      '--against',
      join(dir, 'current.yaml'),
      '--format',
      'markdown',
    ]);
    assert.match(
      markdown.stdout,
      /\| Static analysis for important server side components \(Static depth for applications, level 3\) \| Fully implemented \| Fully implemented \| kept: the team is already there \|/,
    );
    assert.match(
      markdown.stdout,
      /\| Defined build process \(Build, level 1\) \| Not applicable \| Fully implemented \| left alone: not applicable to the team \|/,
    );
  });

  it('--max-stage caps what one repository proposes', async (t) => {
    const json = await proposal(t, gha(['run: semgrep ci']), ['--max-stage', 'Started']);
    assert.equal(json.activities.find((a) => a.uuid === SAST).seen, 'Started');
  });

  it('--rules adds rules, replaces a shipped one by id and switches one off', async (t) => {
    const dir = repository(t, {
      ...gha(['run: semgrep ci', 'run: ./scripts/check-licences.sh']),
      'my-rules.yaml': [
        'rules:',
        '  - id: licence-check',
        `    activity: ${ACTIVITY['dependency-review']}`,
        '    stage: Started',
        '    says: Our licence check runs',
        "    signals: [{ ci: { run: '^check-licences\\.sh' } }]",
        '  - id: sast-semgrep',
        `    activity: ${SAST}`,
        '    stage: Started',
        '    says: Semgrep (ours) scans',
        "    signals: [{ ci: { run: '^semgrep' } }]",
        '  - { id: ephemeral-ci-environment, disable: true }',
      ].join('\n'),
    });
    const run = await scan([
      dir,
      '--team',
      'Team A',
      '--format',
      'json',
      '--meta',
      META,
      '--rules',
      join(dir, 'my-rules.yaml'),
    ]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    const seen = rulesSeen(json);
    assert.ok(seen.has('licence-check'));
    assert.ok(!seen.has('ephemeral-ci-environment'));
    const sast = json.activities.find((a) => a.uuid === SAST);
    assert.equal(sast.seen, 'Started');
    assert.match(sast.findings[0].text, /^Semgrep \(ours\) scans in /);
  });

  describe('exit codes', () => {
    it('1: a rule file with mistakes, each listed with file and line', async (t) => {
      const dir = repository(t, {
        'bad.yaml':
          'rules:\n  - id: x\n    activity: nope\n    stage: 100%\n    says: x\n    signals: [{ ci: { run: x } }]\n',
      });
      const run = await scan([dir, '--team', 'Team A', '--meta', META, '--rules', join(dir, 'bad.yaml')]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /bad\.yaml:3: error: Rule "x": activity nope is not in the model\./);
    });

    it('2: no --team, no such folder, an unknown team, format or stage, or an unknown current progress for a yaml proposal', async (t) => {
      const dir = repository(t, { 'README.md': '' });
      assert.equal((await scan([dir, '--meta', META])).code, 2);
      assert.match(
        (await scan([join(dir, 'nope'), '--team', 'Team A', '--meta', META])).stderr,
        /nope: no such folder/,
      );
      assert.match(
        (await scan([dir, '--team', 'Team Z', '--meta', META])).stderr,
        /Not a team in .*meta\.yaml: "Team Z"/,
      );
      assert.equal((await scan([dir, '--team', 'Team A', '--meta', META, '--format', 'html'])).code, 2);
      assert.equal((await scan([dir, '--team', 'Team A', '--meta', META, '--max-stage', 'Done'])).code, 2);
      // No meta.yaml in the folder it runs in: the bundled model, but the team's progress is unknown.
      const unknown = await scan([dir, '--team', 'Team A'], dir);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /give --against team-progress\.yaml/);
      assert.equal((await scan([dir, '--team', 'Team A', '--format', 'markdown'], dir)).code, 0);
    });

    it('0 from the real bin, as a pipeline runs it', (t) => {
      const dir = repository(t, gha(['run: semgrep ci']));
      const run = dsomm(['scan', dir, '--team', 'Team A', '--meta', META, '--format', 'markdown']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Semgrep scans the code in \.github\/workflows\/ci\.yml:7/);
    });
  });
});
