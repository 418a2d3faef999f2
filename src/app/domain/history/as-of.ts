import { Model, Progress, Stage, TeamProgress } from '../types';
import { codePointOrder } from '../common/code-point-order';
import { ownValue } from '../common/own-value';
import { currentStage } from '../progress/current-stage';
import { scoreAssessment, Scores, ScoringInput } from '../scoring/score-assessment';

/**
 * History is read from the dates in the progress: a stage counts from the day it was reached, a
 * "not applicable" mark from the day it was set. What was undone in the browser (a lowered stage,
 * a cleared mark) left no date behind, so the past is shown as the dates that remain tell it.
 */

/** Every date in the progress of `teams` (all teams when absent), sorted, each once. */
export function historyDates(progress: Progress, teams?: readonly string[]): string[] {
  const wanted = teams && new Set(teams);
  const dates = new Set<string>();
  for (const entries of Object.values(progress)) {
    for (const [team, entry] of Object.entries(entries)) {
      if (wanted && !wanted.has(team)) continue;
      for (const date of Object.values(entry.stages)) dates.add(date);
      if (entry.notApplicable) dates.add(entry.notApplicable.date);
    }
  }
  // YYYY-MM-DD strings sort like the days they name.
  return [...dates].sort(codePointOrder);
}

/** One entry as it stood at the end of `date`; undefined when nothing of it existed yet. */
export function entryAsOf(entry: TeamProgress, date: string): TeamProgress | undefined {
  const stages = Object.entries(entry.stages).filter(([, day]) => day <= date);
  const na = entry.notApplicable && entry.notApplicable.date <= date ? entry.notApplicable : undefined;
  if (stages.length === 0 && na === undefined) return undefined;
  return na ? { stages: Object.fromEntries(stages), notApplicable: na } : { stages: Object.fromEntries(stages) };
}

/** The progress as it stood at the end of `date` (YYYY-MM-DD). */
export function progressAsOf(progress: Progress, date: string): Progress {
  const activities: [string, Record<string, TeamProgress>][] = [];
  for (const [uuid, entries] of Object.entries(progress)) {
    const teams = Object.entries(entries).flatMap(([team, entry]) => {
      const then = entryAsOf(entry, date);
      return then ? [[team, then] as const] : [];
    });
    if (teams.length > 0) activities.push([uuid, Object.fromEntries(teams)]);
  }
  return Object.fromEntries(activities);
}

/** The scores (as for the heatmap) as they stood at the end of `date`. */
export function scoreAsOf(input: ScoringInput, date: string): Scores {
  return scoreAssessment({ ...input, progress: progressAsOf(input.progress, date) });
}

/** A line of the score-over-time chart: one value (0..1, null = nothing to score) per date. */
export interface ScoreSeries {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface ScoreOverTime {
  readonly dates: readonly string[];
  /** One line per selected team: its overall score. */
  readonly teams: readonly ScoreSeries[];
  /** One line per dimension: the score of the selected teams together. */
  readonly dimensions: readonly ScoreSeries[];
}

/**
 * The overall score of each selected team and the score of each dimension (for the selected teams
 * together) at each of `dates`. One pass over the progress per date; then one scoring per team.
 */
export function scoreOverTime(input: ScoringInput, dates: readonly string[]): ScoreOverTime {
  const teams = input.selected && input.selected.length > 0 ? input.selected : input.teams;
  const perTeam = teams.map(() => [] as (number | null)[]);
  const perDimension = input.model.dimensions.map(() => [] as (number | null)[]);
  for (const date of dates) {
    const progress = progressAsOf(input.progress, date);
    teams.forEach((team, i) => {
      perTeam[i].push(scoreAssessment({ ...input, progress, selected: [team] }).overall.score);
    });
    const together = scoreAssessment({ ...input, progress, selected: teams });
    together.dimensions.forEach((dimension, i) => perDimension[i].push(dimension.counts.score));
  }
  return {
    dates,
    teams: teams.map((team, i) => ({ key: `team:${team}`, label: team, values: perTeam[i] })),
    dimensions: input.model.dimensions.map((dimension, i) => ({
      key: `dimension:${dimension.name}`,
      label: dimension.name,
      values: perDimension[i],
    })),
  };
}

/** Where a team stood on an activity at a date. */
export interface Standing {
  /** The stage reached; undefined = not started. */
  readonly stage?: Stage;
  readonly notApplicable: boolean;
}

/** One team's change on one activity between two dates. */
export interface Move {
  readonly uuid: string;
  readonly name: string;
  readonly dimension: string;
  readonly team: string;
  readonly before: Standing;
  readonly after: Standing;
  /** `up` = a higher stage, `down` = a lower one, `not-applicable` / `applicable` = the mark changed. */
  readonly kind: 'up' | 'down' | 'not-applicable' | 'applicable';
}

/**
 * What moved between the end of `from` and the end of `to` (either order; the earlier date is the
 * "before"), for `teams`, in model order then team order. Activities the model does not know are
 * left out: they cannot be named or placed.
 */
export function movesBetween(
  model: Model,
  stages: readonly Stage[],
  progress: Progress,
  teams: readonly string[],
  from: string,
  to: string,
): Move[] {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const moves: Move[] = [];
  for (const activity of model.activities) {
    const entries = ownValue(progress, activity.uuid);
    if (!entries) continue;
    for (const team of teams) {
      const entry = ownValue(entries, team);
      if (!entry) continue;
      const before = standing(entryAsOf(entry, early), stages);
      const after = standing(entryAsOf(entry, late), stages);
      const kind = moveKind(before, after);
      if (kind) {
        moves.push({
          uuid: activity.uuid,
          name: activity.name,
          dimension: activity.dimension,
          team,
          before,
          after,
          kind,
        });
      }
    }
  }
  return moves;
}

function standing(entry: TeamProgress | undefined, stages: readonly Stage[]): Standing {
  const stage = entry && currentStage(entry.stages, stages);
  return stage
    ? { stage, notApplicable: entry?.notApplicable !== undefined }
    : { notApplicable: entry?.notApplicable !== undefined };
}

function moveKind(before: Standing, after: Standing): Move['kind'] | undefined {
  if (before.notApplicable !== after.notApplicable) return after.notApplicable ? 'not-applicable' : 'applicable';
  const a = before.stage?.score ?? 0;
  const b = after.stage?.score ?? 0;
  return b > a ? 'up' : b < a ? 'down' : undefined;
}
