// Generated data for the benchmark and e2e tests, as the files a deployment would serve: N teams
// with deterministic pseudo-random progress on every activity, and optionally a larger model made
// of numbered copies of the bundled model's activities.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const MODEL = new URL('../src/assets/YAML/default/model.yaml', import.meta.url);
const STAGES = ['Started', 'Partly implemented', 'Fully implemented'];

/** The bundled model.yaml: its header (comment and meta document) and its activity document. */
function bundledModel() {
  const text = readFileSync(MODEL, 'utf8');
  const at = text.lastIndexOf('\n---\n');
  return { header: text.slice(0, at + 5), model: yaml.load(text.slice(at + 5)) };
}

/** Activity uuids of a model document, in file order, with their name and level. */
function activitiesOf(model) {
  const activities = [];
  for (const dimension of Object.values(model)) {
    for (const sub of Object.values(dimension)) {
      for (const [name, activity] of Object.entries(sub))
        activities.push({ name, uuid: activity.uuid, level: activity.level });
    }
  }
  return activities;
}

/** Activity uuids of the bundled model, in file order, with their name and level. */
export function modelActivities() {
  return activitiesOf(bundledModel().model);
}

/**
 * model.yaml text with `count` activities: the bundled ones, then numbered copies of them (same
 * sub-dimension, level and prose, new uuid and name) until there are `count`. Copies keep their
 * original's dependencies, which point at the originals, so the model stays valid and acyclic.
 */
export function generatedModel(count) {
  const { header, model } = bundledModel();
  const originals = [];
  for (const [dimension, subs] of Object.entries(model)) {
    for (const [sub, activities] of Object.entries(subs)) {
      for (const [name, activity] of Object.entries(activities)) originals.push({ dimension, sub, name, activity });
    }
  }
  const out = structuredClone(model);
  for (let i = originals.length; i < count; i++) {
    const { dimension, sub, name, activity } = originals[i % originals.length];
    const copy = Math.floor(i / originals.length) + 1;
    const uuid = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    out[dimension][sub][`${name} (${copy})`] = { ...structuredClone(activity), uuid };
  }
  const text = `${header}${yaml.dump(out, { lineWidth: -1, noRefs: true })}`;
  return { text, activities: activitiesOf(out) };
}

export function teamNames(count) {
  return Array.from({ length: count }, (_, i) => `Team ${String(i + 1).padStart(3, '0')}`);
}

/** A small deterministic generator, so every run measures the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** team-progress.yaml text: lower levels further along, as in real assessments. */
export function progressYaml(teams, seed = 42, activities = modelActivities()) {
  const next = random(seed);
  const lines = ['progress:'];
  for (const activity of activities) {
    const teamLines = [];
    for (const team of teams) {
      const reach = Math.floor(next() * 4 * (1.2 - activity.level / 6));
      if (reach <= 0) continue;
      teamLines.push(`    '${team}':`);
      for (let s = Math.min(reach, 3) - 1; s >= 0; s--) teamLines.push(`      ${STAGES[s]}: 2026-0${1 + s}-1${s}`);
    }
    if (teamLines.length > 0) lines.push(`  ${activity.uuid}:`, ...teamLines);
  }
  return lines.join('\n') + '\n';
}

export function teamsYaml(teams) {
  const half = Math.ceil(teams.length / 2);
  return yaml.dump({
    teams,
    teamGroups: { 'First half': teams.slice(0, half), 'Second half': teams.slice(half) },
  });
}

/**
 * Static-server overrides that serve `count` teams with generated progress, at the paths of the
 * bundled files (as a deployment mounts its own files over them); with `activities`, a generated
 * model of that many activities replaces the bundled one.
 */
export function overrides(count, { activities, compact = false, cli = CLI } = {}) {
  const teams = teamNames(count);
  const model = activities === undefined ? undefined : generatedModel(activities);
  const served = {
    '/assets/YAML/default/teams.yaml': teamsYaml(teams),
    '/assets/YAML/team-progress.yaml': progressYaml(teams, 42, model?.activities),
    ...(model ? { '/assets/YAML/default/model.yaml': model.text } : {}),
  };
  return compact ? withCompactProgress(served, cli) : served;
}

const CLI = fileURLToPath(new URL('../cli/dsomm.mjs', import.meta.url));

/**
 * The command line of the checkout a build was made in (`<checkout>/dist/...`), so that a build is
 * served the compact form its own version reads (an A/B of two versions of the form); this
 * checkout's for a build elsewhere.
 */
export function cliOf(build) {
  for (let dir = resolve(build); dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'cli/dsomm.mjs')) && existsSync(join(dir, 'dist'))) return join(dir, 'cli/dsomm.mjs');
  return CLI;
}

/**
 * `served` with the compact form of its progress file beside it, written as the README's deployment
 * section says: `dsomm compact` (the command line itself, in a child process) run on the file.
 */
export function withCompactProgress(served, cli = CLI) {
  const dir = mkdtempSync(join(tmpdir(), 'dsomm-compact-'));
  try {
    writeFileSync(join(dir, 'team-progress.yaml'), served['/assets/YAML/team-progress.yaml']);
    const run = spawnSync(process.execPath, [cli, 'compact', 'team-progress.yaml'], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`dsomm compact failed (${run.status}): ${run.stdout}${run.stderr}`);
    const form = readFileSync(join(dir, 'team-progress.compact.json'), 'utf8');
    return { ...served, '/assets/YAML/team-progress.compact.json': form };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * team-progress.yaml text as progressYaml's, but each team's entry on one line with its highest
 * stage only (`Team 001: {Partly implemented: 2026-02-11}`), which gives the same statuses: 10,000
 * teams with the same progress take 51 MB rather than 79 MB, within the 50 MiB every file is held to.
 */
export function compactProgressYaml(teams, seed = 42, activities = modelActivities()) {
  const next = random(seed);
  const chunks = ['progress:\n'];
  for (const activity of activities) {
    let block = '';
    for (const team of teams) {
      const reach = Math.floor(next() * 4 * (1.2 - activity.level / 6));
      if (reach <= 0) continue;
      const s = Math.min(reach, 3) - 1;
      block += `    ${team}: {${STAGES[s]}: 2026-0${1 + s}-1${s}}\n`;
    }
    if (block !== '') chunks.push(`  ${activity.uuid}:\n`, block);
  }
  return chunks.join('');
}

/**
 * The large import's progress file (e2e/large-import, bench/scale): `count` teams named `Team 0001`
 * ..., progress on every activity, 1 to 3 stages each (1,000 teams: about 14 MB).
 */
export function bigProgressYaml(count = 1000, uuids = modelActivities().map((a) => a.uuid)) {
  const teams = Array.from({ length: count }, (_, i) => `Team ${String(i + 1).padStart(4, '0')}`);
  const lines = ['progress:'];
  for (const uuid of uuids) {
    lines.push(`  ${uuid}:`);
    for (const [i, team] of teams.entries()) {
      lines.push(`    ${team}:`, '      Started: 2026-01-05');
      if (i % 2 === 0) lines.push('      Partly implemented: 2026-02-10');
      if (i % 3 === 0) lines.push('      Fully implemented: 2026-03-01');
    }
  }
  return `${lines.join('\n')}\n`;
}
