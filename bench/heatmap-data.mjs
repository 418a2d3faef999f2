// Generated data for the heatmap benchmark and e2e tests: N teams with deterministic pseudo-random
// progress on every activity of the bundled model, as the files a deployment would serve.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const MODEL = new URL('../src/assets/YAML/default/model.yaml', import.meta.url);
const META = new URL('../src/assets/YAML/meta.yaml', import.meta.url);
const STAGES = ['Started', 'Partly implemented', 'Fully implemented'];

/** Activity uuids of the bundled model, in file order, with their level. */
export function modelActivities() {
  const docs = yaml.loadAll(readFileSync(MODEL, 'utf8'));
  const model = docs[docs.length - 1];
  const activities = [];
  for (const dimension of Object.values(model)) {
    for (const sub of Object.values(dimension)) {
      for (const [name, activity] of Object.entries(sub))
        activities.push({ name, uuid: activity.uuid, level: activity.level });
    }
  }
  return activities;
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
export function progressYaml(teams, seed = 42) {
  const next = random(seed);
  const lines = ['progress:'];
  for (const activity of modelActivities()) {
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

/** meta.yaml pointing at the generated teams file (served next to it). */
export function metaYaml() {
  return readFileSync(META, 'utf8').replace(/default\/teams\.yaml/g, 'bench-teams.yaml');
}

/** Static-server overrides that serve `count` teams with generated progress. */
export function overrides(count) {
  const teams = teamNames(count);
  return {
    '/assets/YAML/meta.yaml': metaYaml(),
    '/assets/YAML/bench-teams.yaml': teamsYaml(teams),
    '/assets/YAML/team-progress.yaml': progressYaml(teams),
  };
}
