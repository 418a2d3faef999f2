import { Model, Problem, Progress, Result, Stage, TeamProgress } from '../types';
import { parseYaml } from '../yaml';
import { readBlockMaps } from '../yaml-block-maps';
import { isCalendarDate } from '../common/calendar-date';
import { fileError, quoted } from '../common/file-problem';
import { lineOfPath } from '../common/key-lines';
import { describeYaml, isYamlMap } from '../common/yaml-values';
import { UnknownNames } from '../common/unknown-names';
import { readNotApplicableKey } from './not-applicable';

export interface ProgressFileContext {
  /** When given, activity uuids not in the model are reported (and kept). */
  readonly model?: Model;
  /** Stage titles not in the definition are reported (and kept). */
  readonly stages: readonly Stage[];
  /** When given, team names not in the list are reported (and kept). */
  readonly teams?: readonly string[];
}

/** Beyond this many errors the rest are summed up: a wrong file should not flood the screen. */
const MAX_ERRORS = 50;

/**
 * Reads team-progress.yaml: `progress:` -> activity uuid -> team -> stage title -> YYYY-MM-DD.
 * A `Not applicable[: reason]` key (not a stage of the definition) is the team's "not applicable"
 * mark, not a stage: see progress/not-applicable.ts for why it is written that way.
 * An empty file and an empty `progress:` are valid. Activities, teams and stages that the model,
 * team list or definition do not know are kept (they are someone's data) and listed as warnings.
 * Anything malformed makes the whole file an error (ok: false) listing every problem found, each
 * with its line where it can be found: half-reading a progress file would silently lose data.
 */
export function parseProgressFile(text: string, fileName: string, ctx: ProgressFileContext): Result<Progress> {
  // The app's own exports (and most files) are plain block maps, read ~10x faster without js-yaml.
  const maps = readBlockMaps(text);
  const parsed = maps ? { ok: true as const, value: maps } : parseYaml(text, fileName);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const root = parsed.value;
  if (root === null || root === undefined) return { ok: true, value: {}, warnings: [] };
  const errors: Problem[] = [];
  const error = (message: string, path: readonly string[]) => {
    if (errors.length < MAX_ERRORS) errors.push(fileError(fileName, message, lineOfPath(text, path)));
    else if (errors.length === MAX_ERRORS) errors.push(fileError(fileName, 'More problems follow; fix these first.'));
  };
  if (!isYamlMap(root)) {
    return {
      ok: false,
      problems: [
        fileError(fileName, `A progress file is a map with the key "progress"; found ${describeYaml(root)}.`, 1),
      ],
    };
  }
  for (const key of Object.keys(root)) {
    if (key !== 'progress')
      error(`Unexpected top-level key ${quoted(key)}: a progress file has only "progress".`, [key]);
  }
  const body = Object.hasOwn(root, 'progress') ? root['progress'] : null;
  if (body !== null && body !== undefined && !isYamlMap(body)) {
    error(`"progress" must map activity uuids to teams; found ${describeYaml(body)}.`, ['progress']);
  }
  const activities = new UnknownNames(ctx.model ? [...ctx.model.byUuid.keys()] : undefined);
  const teams = new UnknownNames(ctx.teams);
  const titles = new UnknownNames(ctx.stages.map((stage) => stage.title));
  // Per-entry work below runs for every team on every activity (200,000 entries at 1,000 teams):
  // stage titles are looked up in a set, and each distinct date is checked once.
  const stageTitles = new Set(ctx.stages.map((stage) => stage.title));
  const checkedDates = new Map<unknown, boolean>();
  const isDate = (value: unknown): value is string => {
    let valid = checkedDates.get(value);
    if (valid === undefined) checkedDates.set(value, (valid = isCalendarDate(value)));
    return valid;
  };
  const progress: [string, Record<string, TeamProgress>][] = [];
  for (const [uuid, teamsValue] of Object.entries(isYamlMap(body) ? body : {})) {
    const name = ctx.model?.byUuid.get(uuid)?.name;
    const where = name === undefined ? `activity ${uuid}` : `activity ${quoted(name)}`;
    activities.see(uuid, ['progress', uuid]);
    const teamsMap = teamsValue ?? {};
    if (!isYamlMap(teamsMap)) {
      error(`Under ${where}, expected a map of team names; found ${describeYaml(teamsValue)}.`, ['progress', uuid]);
      continue;
    }
    const entries: [string, TeamProgress][] = [];
    for (const [team, stagesValue] of Object.entries(teamsMap)) {
      teams.see(team, () => ['progress', uuid, team]);
      const stagesMap = stagesValue ?? {};
      if (!isYamlMap(stagesMap)) {
        error(
          `Team ${quoted(team)} on ${where}: expected a map of stage -> date; found ${describeYaml(stagesValue)}.`,
          ['progress', uuid, team],
        );
        continue;
      }
      const dates: [string, string][] = [];
      let notApplicable: TeamProgress['notApplicable'];
      for (const [title, date] of Object.entries(stagesMap)) {
        const reason = stageTitles.has(title) ? undefined : readNotApplicableKey(title, ctx.stages);
        if (reason === undefined) titles.see(title, () => ['progress', uuid, team, title]);
        if (reason !== undefined && isDate(date)) {
          // Two marks (edited by hand): the later one is the team's current word.
          if (notApplicable === undefined || date >= notApplicable.date) {
            notApplicable = { reason, date };
          }
        } else if (isDate(date)) dates.push([title, date]);
        else
          error(
            `Team ${quoted(team)} on ${where}, stage ${quoted(title)}: expected a date written YYYY-MM-DD; found ${describeYaml(date)}.`,
            ['progress', uuid, team, title],
          );
      }
      const stagesRead = Object.fromEntries(dates);
      entries.push([team, notApplicable ? { stages: stagesRead, notApplicable } : { stages: stagesRead }]);
    }
    progress.push([uuid, Object.fromEntries(entries)]);
  }
  const warnings = [
    ...activities.problems(fileName, text, (uuid) => `Activity ${uuid} is not in the model; its progress is kept.`),
    ...teams.problems(
      fileName,
      text,
      (team, n) =>
        `Team ${quoted(team)} is not a known team; its progress on ${n} ${n === 1 ? 'activity is' : 'activities is'} kept.`,
    ),
    ...titles.problems(
      fileName,
      text,
      (title, n) =>
        `Stage ${quoted(title)} is not in the progress definition; it is kept (${n} ${n === 1 ? 'time' : 'times'}) but does not count.`,
    ),
  ];
  if (errors.length > 0) return { ok: false, problems: [...errors, ...warnings] };
  return { ok: true, value: Object.fromEntries(progress), warnings };
}
