// Repositories for the tests of `dsomm scan`: one per shipped rule (in every CI system the rules
// read), each written to a temporary folder by the test.
const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

/** A GitHub Actions workflow with one job, on push and pull request unless `on` says otherwise. */
export function gha(steps, { on = '[push, pull_request]', job = '' } = {}) {
  return {
    '.github/workflows/ci.yml': `name: CI\non: ${on}\njobs:\n  check:\n    runs-on: ubuntu-latest\n${job}    steps:\n${steps
      .map((step) => `      - ${step}`)
      .join('\n')}\n`,
  };
}

const run = (command, extra = {}) => gha([`run: ${JSON.stringify(command)}`], extra);
const uses = (action, inputs) => gha([`uses: ${action}${inputs ? `\n        with: ${JSON.stringify(inputs)}` : ''}`]);
const gitlab = (yaml) => ({ '.gitlab-ci.yml': yaml });
const azure = (yaml) => ({ 'azure-pipelines.yml': yaml });
const circle = (yaml) => ({ '.circleci/config.yml': yaml });
const jenkins = (text) => ({ Jenkinsfile: text });

const SETTINGS = [
  'branches:',
  '  - name: main',
  '    protection:',
  '      required_pull_request_reviews:',
  '        required_approving_review_count: 1',
  '        dismiss_stale_reviews: true',
  '        require_code_owner_reviews: true',
  '      required_status_checks: { strict: true, contexts: [ci] }',
  '      enforce_admins: true',
  '      allow_force_pushes: false',
  '',
].join('\n');

/** rule id -> the files of a repository that shows it (and folders, for `folder:` signals). */
export const RULE_FIXTURES = {
  'build-in-ci': gitlab('build:\n  image: maven:3.9\n  script:\n    - mvn -B package\n'),
  'ephemeral-ci-environment': run('make'),
  'actions-pinned-by-sha': gha([`uses: actions/checkout@${SHA}`, `uses: actions/setup-node@${SHA}`]),
  'base-images-pinned-by-digest': { Dockerfile: `FROM node:20@${DIGEST} AS build\nFROM build\n` },
  'dependency-lock-files': { 'web/package-lock.json': '{}' },
  'sbom-generation': run('syft . -o cyclonedx-json=sbom.json'),
  'artifact-signing': circle(
    'version: 2.1\njobs:\n  release:\n    docker: [{image: cimg/base:stable}]\n    steps:\n      - run: cosign sign --yes "$IMAGE@$DIGEST"\nworkflows:\n  main:\n    jobs: [release]\n',
  ),
  'automated-deployment': azure(
    'trigger: [main]\npr: none\njobs:\n  - deployment: web\n    environment: production\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n            - script: helm upgrade --install web ./chart\n',
  ),
  'deployment-as-code': { 'deploy/chart/Chart.yaml': 'apiVersion: v2\nname: web\n' },
  'deployment-pipeline': gha(['run: kubectl apply -f k8s/'], { on: 'push' }),
  'test-and-production-environments': {
    '.github/workflows/deploy.yml':
      'on: push\njobs:\n  staging:\n    environment: staging\n    steps: [{run: make deploy}]\n  production:\n    environment: production\n    steps: [{run: make deploy}]\n',
  },
  dependabot: { '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n' },
  renovate: { 'renovate.json': '{\n  "extends": ["config:recommended"]\n}\n' },
  'renovate-automerge': {
    '.github/renovate.json5':
      '{\n  // merge patches\n  packageRules: [{ matchUpdateTypes: ["patch"], automerge: true }],\n}\n',
  },
  'dependabot-automerge': gha(['uses: dependabot/fetch-metadata@v2', 'run: gh pr merge --auto --squash "$PR_URL"'], {
    on: 'pull_request',
  }),
  'scheduled-image-build': gha(['run: docker build -t base:nightly .'], { on: "{schedule: [{cron: '0 3 * * *'}]}" }),
  'minimal-base-image': { Dockerfile: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static:nonroot\n' },
  'dependabot-docker': {
    '.github/dependabot.yaml': 'version: 2\nupdates:\n  - package-ecosystem: docker\n    directory: /\n',
  },
  'containers-non-root': {
    Dockerfile: 'FROM node:20\nUSER node\n',
    'api/Dockerfile': 'FROM python:3.12\nUSER 10001:10001\n',
  },
  'some-containers-non-root': {
    'k8s/deployment.yaml': 'spec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n',
  },
  'containerised-application': { 'service/Containerfile': 'FROM alpine\n' },
  'infrastructure-files': { 'infra/main.tf': 'resource "null_resource" "x" {}\n' },
  'infrastructure-pipeline': gitlab(
    'plan:\n  image: hashicorp/terraform:1.9\n  script:\n    - terraform init\n    - terraform plan\n',
  ),
  git: { 'README.md': '# app\n', folders: ['.git'] },
  gitignore: { '.gitignore': 'node_modules/\n' },
  'pull-request-template': { '.github/PULL_REQUEST_TEMPLATE.md': '## What changes\n' },
  'branch-protection-reviews': { '.github/settings.yml': SETTINGS },
  'branch-protection-status-checks': { '.github/settings.yml': SETTINGS },
  'branch-protection-force-push': { '.github/settings.yml': SETTINGS },
  'branch-protection-stale-reviews': { '.github/settings.yml': SETTINGS },
  codeowners: { '.github/CODEOWNERS': '* @org/web\n' },
  'required-approvals': { '.github/settings.yml': SETTINGS },
  'codeowners-security': { CODEOWNERS: '* @org/web\n/src/auth/ @org/appsec\n' },
  'security-policy': { 'SECURITY.md': '# Security\nReport issues to security@example.com\n' },
  'pre-commit-linting': {
    '.pre-commit-config.yaml':
      'repos:\n  - repo: https://github.com/pre-commit/mirrors-eslint\n    rev: v9.0.0\n    hooks:\n      - id: eslint\n',
  },
  'pre-commit-security': { '.husky/pre-commit': '#!/bin/sh\ngitleaks protect --staged\n' },
  'sast-codeql': gha([`uses: github/codeql-action/init@v3`, 'uses: github/codeql-action/analyze@v3']),
  'sast-semgrep': gitlab(
    'semgrep:\n  image: semgrep/semgrep\n  script:\n    - semgrep ci\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n',
  ),
  'sast-sonarqube': azure(
    'steps:\n  - task: SonarQubePrepare@6\n  - script: dotnet build\n  - task: SonarQubeAnalyze@6\n',
  ),
  'sast-gitlab': gitlab('include:\n  - template: Jobs/SAST.gitlab-ci.yml\n'),
  'sast-language-analyzers': jenkins(
    "pipeline {\n  agent any\n  stages {\n    stage('SAST') {\n      steps {\n        sh 'bandit -r src'\n      }\n    }\n  }\n}\n",
  ),
  'sast-client-side': gha(['uses: github/codeql-action/init@v3\n        with: { languages: javascript-typescript }']),
  'eslint-security-rules': {
    'package.json': '{\n  "devDependencies": {\n    "eslint-plugin-security": "^3.0.0"\n  }\n}\n',
  },
  'multiple-analyzers': gha(['uses: github/codeql-action/analyze@v3', 'run: semgrep scan --config auto']),
  'lint-in-ci': run('npm run lint'),
  'duplicate-code-detection': run('npx jscpd src'),
  'dead-code-detection': run('npx knip'),
  libyear: run('libyear --json', { on: "{schedule: [{cron: '0 0 * * 1'}]}" }),
  'api-design-validation': run('spectral lint openapi.yaml'),
  sca: jenkins("node {\n  stage('SCA') {\n    dependencyCheck additionalArguments: '--scan ./'\n  }\n}\n"),
  'sca-javascript': run('npm audit --omit=dev'),
  'dependency-review': uses('actions/dependency-review-action@v4'),
  'dependency-track-upload': run('curl -X POST -F bom=@sbom.json https://dtrack.example.com/api/v1/bom'),
  'secret-scanning': circle(
    'version: 2.1\njobs:\n  secrets:\n    docker: [{image: zricethezav/gitleaks:latest}]\n    steps:\n      - checkout\n      - run:\n          name: gitleaks\n          command: gitleaks detect --source .\nworkflows:\n  pr:\n    jobs: [secrets]\n',
  ),
  'secret-scanning-hook': {
    '.pre-commit-config.yaml':
      'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.0\n    hooks:\n      - id: gitleaks\n',
  },
  'image-secret-scanning': run('trivy image --scanners vuln,secret app:latest'),
  'image-scanning': uses('aquasecurity/trivy-action@0.28.0', { 'image-ref': 'app:latest' }),
  'image-inspection': run('container-structure-test test --image app:latest --config cst.yaml'),
  'dockerfile-linting': uses('hadolint/hadolint-action@v3.1.0', { dockerfile: 'Dockerfile' }),
  'iac-scanning': azure('pr: [main]\nsteps:\n  - bash: checkov -d infra --quiet\n'),
  'kubernetes-manifest-checks': run('kube-linter lint k8s/'),
  'malware-scanning': run('clamscan -r dist/'),
  'tests-in-ci': circle(
    'version: 2.1\njobs:\n  test:\n    docker: [{image: cimg/python:3.12}]\n    steps:\n      - checkout\n      - run: pytest -q\nworkflows:\n  main:\n    jobs: [test]\n',
  ),
  'dast-baseline': uses('zaproxy/action-baseline@v0.12.0', { target: 'https://staging.example.com' }),
  'load-tests': run('k6 run load/smoke.js'),
  'false-positive-files': { '.trivyignore': 'CVE-2024-0001\n' },
  'component-scoped-false-positives': {
    '.trivyignore.yaml': 'vulnerabilities:\n  - id: CVE-2024-0001\n    purls:\n      - pkg:npm/lodash@4.17.20\n',
  },
  'high-critical-gate': run('trivy fs --exit-code 1 --severity HIGH,CRITICAL .'),
  'findings-in-code-scanning': uses('github/codeql-action/upload-sarif@v3', { sarif_file: 'results.sarif' }),
};
