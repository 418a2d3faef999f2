import { readAzurePipeline } from './azure-pipelines';
import { CiJob } from './ci-job';
import { readCircleCiConfig } from './circleci';
import { readGithubWorkflow, resolveCalledWorkflows } from './github-actions';
import { readGitlabPipeline } from './gitlab-ci';
import { readJenkinsfile } from './jenkinsfile';

const summary = (jobs: readonly CiJob[]) =>
  jobs.map((job) => ({
    name: job.name,
    triggers: [...job.triggers].sort(),
    steps: job.steps.map((s) => s.uses ?? s.commands.map((c) => `${c.line}:${c.text}`).join(' / ')),
  }));

function gitlab(files: Record<string, string>) {
  return readGitlabPipeline('.gitlab-ci.yml', { paths: Object.keys(files), read: async (p) => files[p] });
}

describe('CI readers', () => {
  describe('GitHub Actions', () => {
    it('reads triggers, steps, commands with their lines and pins', () => {
      const result = readGithubWorkflow(
        '.github/workflows/ci.yml',
        [
          'on: [push, pull_request]',
          'jobs:',
          '  sast:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
          '      # - uses: semgrep/semgrep-action@v1',
          '      - run: |',
          '          # semgrep ci',
          '          semgrep ci',
          '      - uses: github/codeql-action/analyze@v3',
          '      - if: false',
          '        run: gitleaks detect',
        ].join('\n'),
      );
      expect(summary(result.jobs)).toEqual([
        {
          name: 'sast',
          triggers: ['pull_request', 'push'],
          steps: [
            'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
            '10:semgrep ci',
            'github/codeql-action/analyze@v3',
          ],
        },
      ]);
      expect(result.jobs[0].steps.map((s) => s.pin)).toEqual(['sha', undefined, 'tag']);
      expect(result.jobs[0].runsOn).toBe('ubuntu-latest');
    });

    it('a workflow without "on" never runs; nor does a job with if: false', () => {
      expect(
        summary(readGithubWorkflow('w.yml', 'jobs:\n  a:\n    steps:\n      - run: semgrep ci\n').jobs)[0].triggers,
      ).toEqual([]);
      const disabled = readGithubWorkflow(
        'w.yml',
        'on: push\njobs:\n  a:\n    if: ${{ false }}\n    steps: [{run: semgrep ci}]\n',
      );
      expect(disabled.jobs[0].triggers.size).toBe(0);
    });

    it('a push filtered to tags is a release; a reusable workflow takes the triggers of its caller', () => {
      const release = readGithubWorkflow(
        '.github/workflows/r.yml',
        'on:\n  push:\n    tags: ["v*"]\njobs:\n  a:\n    steps: [{run: make}]\n',
      );
      expect([...release.jobs[0].triggers]).toEqual(['tag']);
      const caller = readGithubWorkflow(
        '.github/workflows/pr.yml',
        'on: pull_request\njobs:\n  call:\n    uses: ./.github/workflows/sast.yml\n',
      );
      const called = readGithubWorkflow(
        '.github/workflows/sast.yml',
        'on: workflow_call\njobs:\n  scan:\n    steps: [{run: semgrep ci}]\n',
      );
      const resolved = resolveCalledWorkflows([...caller.jobs, ...called.jobs]);
      expect([...resolved[1].triggers]).toEqual(['pull_request']);
      expect([...resolveCalledWorkflows(called.jobs)[0].triggers]).toEqual(['call']);
    });
  });

  describe('GitLab CI', () => {
    it('resolves extends and local includes; hidden jobs never run; templates are reused', async () => {
      const result = await gitlab({
        '.gitlab-ci.yml': [
          'include:',
          '  - local: ci/security.yml',
          '  - template: Security/SAST.gitlab-ci.yml',
          'default:',
          '  image: node:20',
          'test:',
          '  script:',
          '    - npm ci',
          '    - npm test',
          '.semgrep:',
          '  script: [semgrep ci]',
        ].join('\n'),
        'ci/security.yml':
          '.scan:\n  script:\n    - gitleaks detect\nsecrets:\n  extends: .scan\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n',
      });
      expect(summary(result.jobs)).toEqual([
        { name: 'include', triggers: ['pull_request', 'push'], steps: ['template:Security/SAST.gitlab-ci.yml'] },
        { name: 'secrets', triggers: ['pull_request'], steps: ['3:gitleaks detect'] },
        { name: 'test', triggers: ['push'], steps: ['8:npm ci / 9:npm test'] },
      ]);
      expect(result.jobs[2].image).toBe('node:20');
      expect(result.jobs[1].file).toBe('ci/security.yml');
    });

    it('rules, only and when decide the triggers; workflow rules can switch the pipeline off', async () => {
      const result = await gitlab({
        '.gitlab-ci.yml': [
          'workflow:',
          '  rules:',
          '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
          'sast:',
          '  script: [semgrep ci]',
          '  rules:',
          '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
          'nightly:',
          '  script: [docker build .]',
          '  only: [schedules]',
          'deploy:',
          '  script: [helm upgrade app]',
          '  when: manual',
          'off:',
          '  script: [trivy fs .]',
          '  rules:',
          '    - when: never',
        ].join('\n'),
      });
      expect(summary(result.jobs).map((j) => [j.name, j.triggers])).toEqual([
        ['sast', ['pull_request']],
        ['nightly', []],
        ['deploy', ['manual']],
        ['off', []],
      ]);
    });
  });

  it('Azure Pipelines: stages, deployment jobs, tasks; trigger: none and pr: none switch triggers off', () => {
    const result = readAzurePipeline(
      'azure-pipelines.yml',
      [
        'trigger: none',
        'pr: [main]',
        'stages:',
        '  - stage: build',
        '    jobs:',
        '      - job: sca',
        '        pool: {vmImage: ubuntu-latest}',
        '        steps:',
        '          - script: npm audit --audit-level=high',
        '          - task: SonarQubeAnalyze@5',
        '      - deployment: prod',
        '        environment: production',
        '        strategy:',
        '          runOnce:',
        '            deploy:',
        '              steps:',
        '                - bash: kubectl apply -f k8s/',
      ].join('\n'),
    );
    expect(summary(result.jobs)).toEqual([
      { name: 'sca', triggers: ['pull_request'], steps: ['9:npm audit --audit-level=high', 'SonarQubeAnalyze@5'] },
      { name: 'prod', triggers: ['pull_request'], steps: ['17:kubectl apply -f k8s/'] },
    ]);
    expect(result.jobs[1].environment).toBe('production');
    expect(
      readAzurePipeline('a.yml', 'trigger: none\npr: none\nsteps:\n  - script: make\n').jobs[0].triggers.size,
    ).toBe(0);
  });

  it('CircleCI: jobs run only from workflows; orb commands are named by their orb; schedules', () => {
    const result = readCircleCiConfig(
      '.circleci/config.yml',
      [
        'version: 2.1',
        'orbs:',
        '  snyk: snyk/snyk@2.1.0',
        'jobs:',
        '  build:',
        '    docker: [{image: cimg/node:20.11}]',
        '    steps:',
        '      - checkout',
        '      - run: npm test',
        '      - snyk/scan:',
        '          severity-threshold: high',
        '  unused:',
        '    docker: [{image: cimg/base:stable}]',
        '    steps: [{run: {command: semgrep ci}}]',
        'workflows:',
        '  main:',
        '    jobs: [build]',
        '  nightly:',
        '    triggers:',
        '      - schedule: {cron: "0 0 * * *", filters: {branches: {only: [main]}}}',
        '    jobs: [build]',
      ].join('\n'),
    );
    expect(summary(result.jobs)).toEqual([
      { name: 'build', triggers: ['push', 'schedule'], steps: ['9:npm test', 'snyk/snyk/scan'] },
    ]);
    expect(result.jobs[0].steps[1].with).toEqual({ 'severity-threshold': 'high' });
  });

  it('Jenkinsfile: stages and shell steps, with comments left out', () => {
    const result = readJenkinsfile(
      'Jenkinsfile',
      [
        'pipeline {',
        '  agent any',
        '  triggers { cron("H 2 * * *") }',
        '  stages {',
        "    stage('Build') {",
        "      steps { sh 'mvn -B verify' }",
        '    }',
        "    stage('Security') {",
        '      steps {',
        "        // sh 'semgrep ci'",
        '        /* sh "gitleaks detect" */',
        '        sh """',
        '          trivy fs --exit-code 1 .',
        '        """',
        "        sh(script: 'grype dir:.', label: 'grype')",
        "        dependencyCheck additionalArguments: '--scan .', odcInstallation: 'odc'",
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(summary(result.jobs)).toEqual([
      { name: 'Build', triggers: ['pull_request', 'push', 'schedule'], steps: ['6:mvn -B verify'] },
      {
        name: 'Security',
        triggers: ['pull_request', 'push', 'schedule'],
        steps: ['13:trivy fs --exit-code 1 .', '15:grype dir:.', 'dependencyCheck'],
      },
    ]);
  });
});
