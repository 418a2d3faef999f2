// Benchmark of `dsomm scan` (issue 17: a 50,000-file checkout scans in under 10 s on this machine).
// Generates a checkout in a temporary folder: 50,000 files outside the folders a scan skips (source
// files in nested folders, some binaries, and the files the rules read: workflows, a GitLab
// pipeline, Dockerfiles, configuration), plus node_modules, vendor and .git with more files that the
// scan must not walk into. Then runs the real bin (`node cli/dsomm.mjs scan`, a new process each time,
// as CI would) BENCH_RUNS times (default 5) after one warm-up run and prints the figures: wall time
// of the whole command, the walk and scan alone (as the command reports it), files walked and read,
// and what was skipped.
//   npm run bench:scan
//   BENCH_FILES=200000 npm run bench:scan     another size
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILES = Number(process.env.BENCH_FILES ?? 50_000);
const SKIPPED_FILES = 20_000;

function write(root, path, text) {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** The checkout: `FILES` files the scan walks, and SKIPPED_FILES in folders it must not enter. */
function generate(root) {
  const special = {
    '.github/workflows/ci.yml':
      'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          npm ci\n          npm run build\n          npm test\n      - run: semgrep ci\n      - uses: aquasecurity/trivy-action@0.28.0\n        with: {image-ref: "app:latest", exit-code: "1", severity: "HIGH,CRITICAL"}\n',
    '.github/workflows/nightly.yml':
      'on: {schedule: [{cron: "0 3 * * *"}]}\njobs:\n  images:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -t base .\n',
    '.github/dependabot.yml':
      'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n  - package-ecosystem: docker\n    directory: /\n',
    '.gitlab-ci.yml':
      'include:\n  - template: Jobs/SAST.gitlab-ci.yml\ntest:\n  image: node:20\n  script:\n    - npm ci\n    - npm test\n',
    '.pre-commit-config.yaml':
      'repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.0\n    hooks:\n      - id: gitleaks\n',
    'SECURITY.md': '# Security\n',
    '.gitignore': 'node_modules/\n',
    'renovate.json': '{ "extends": ["config:recommended"] }\n',
  };
  let count = 0;
  for (const [path, text] of Object.entries(special)) {
    write(root, path, text);
    count++;
  }
  for (let i = 0; i < 40; i++, count++)
    write(root, `services/svc${i}/Dockerfile`, `FROM node:20-alpine\nRUN npm ci\nUSER node\n`);
  for (let i = 0; count < FILES; i++, count++) {
    const folder = `packages/p${i % 50}/src/m${(i >> 6) % 40}/d${i % 7}`;
    if (i % 25 === 0) write(root, `${folder}/image${i}.png`, 'PNG');
    else
      write(
        root,
        `${folder}/file${i}.${['ts', 'js', 'py', 'go', 'md'][i % 5]}`,
        `// file ${i}\nexport const x${i} = ${i};\n`,
      );
  }
  for (let i = 0; i < SKIPPED_FILES; i++) {
    const folder = ['node_modules', 'vendor', '.git/objects'][i % 3];
    const path =
      folder === 'node_modules'
        ? `node_modules/pkg${i % 400}/${i % 2 ? '.github/workflows/ci.yml' : `lib/f${i}.js`}`
        : `${folder}/d${i % 100}/f${i}`;
    write(root, path, 'on: push\njobs: {}\n');
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = mkdtempSync(join(tmpdir(), 'dsomm-scan-bench-'));
try {
  const generatedAt = performance.now();
  generate(dir);
  const generateMs = performance.now() - generatedAt;
  const args = [
    join(ROOT, 'cli/dsomm.mjs'),
    'scan',
    dir,
    '--team',
    'Team A',
    '--format',
    'json',
    '--meta',
    join(ROOT, 'src/assets/YAML/meta.yaml'),
  ];
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`dsomm scan failed (${result.status}): ${result.stderr}`);
    const json = JSON.parse(result.stdout);
    if (i > 0) runs.push({ wall, scan: json.scanned.ms, json, stderr: result.stderr });
  }
  const last = runs[runs.length - 1];
  const walked = last.json.notes.find((note) => note.startsWith('Walked'));
  console.log(
    `Measured on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, load average ${loadavg()[0].toFixed(1)} at the start; median of ${RUNS} runs after a warm-up.`,
  );
  console.log(
    `Checkout: ${FILES.toLocaleString('en')} files to walk + ${SKIPPED_FILES.toLocaleString('en')} in node_modules, vendor and .git (generated in ${Math.round(generateMs)} ms).`,
  );
  console.log(
    `dsomm scan, whole command (new process: start, bundle, model, rules, walk, scan, write): ${Math.round(median(runs.map((r) => r.wall)))} ms (min ${Math.round(Math.min(...runs.map((r) => r.wall)))}, max ${Math.round(Math.max(...runs.map((r) => r.wall)))})`,
  );
  console.log(`  walk and scan alone: ${Math.round(median(runs.map((r) => r.scan)))} ms`);
  console.log(`  files read: ${last.json.scanned.read.length}; activities seen: ${last.json.activities.length}`);
  console.log(`  ${walked}`);
  const target = median(runs.map((r) => r.wall)) < 10_000;
  console.log(`Target (issue 17): a 50,000-file checkout in under 10 s: ${target ? 'met' : 'NOT met'}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
