import { Model, Progress, Stage, TeamProgress } from '../types';
import { ownValue } from '../common/own-value';
import { dayBefore } from '../common/calendar-date';
import { Scores, ScoringInput } from '../scoring/score-assessment';
import { ScoredHistory, scoreOverDates } from './score-over-dates';
import { ActivityStatus, NOT_APPLICABLE_SCORE, StatusRules } from '../status/activity-status';

/** Up to this many teams are looked up in each activity's entries rather than found by walking them. */
const FEW_TEAMS = 32;

/**
 * History is read from the dates in the progress: a stage counts from the day it was reached, a
 * "not applicable" mark from the day it was set, exactly as StatusRules reads them for any day.
 * What was undone in the browser (a lowered stage, a cleared mark) left no date behind, so the past
 * is shown as the dates that remain tell it.
 */

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
  /**
   * The scores of the selected teams together at each date (as the heatmap scores them): replayed at
   * any date of the slider, scored once with the lines rather than again.
   */
  readonly scores: readonly Scores[];
}

/**
 * The overall score of each selected team and the score of each dimension (for the selected teams
 * together) at each date of the history of the selected teams, scored already (scoreHistory: its
 * dates found in the same pass). With `teamLines`, only the first that many teams get a line of
 * their own (a chart of thousands of lines shows nothing); the dimensions still count every
 * selected team.
 */
export function linesOverTime(input: ScoringInput, history: ScoredHistory, teamLines = Infinity): ScoreOverTime {
  const { dates, scores } = history;
  const selected = input.selected && input.selected.length > 0 ? input.selected : input.teams;
  const teams = selected.slice(0, teamLines);
  const perTeam = teams.map((team) =>
    scoreOverDates({ ...input, selected: [team] }, dates).map((scores) => scores.overall.score),
  );
  const perDimension = input.model.dimensions.map((_, i) =>
    scores.map((together) => together.dimensions[i].counts.score),
  );
  return {
    dates,
    teams: teams.map((team, i) => ({ key: `team:${team}`, label: team, values: perTeam[i] })),
    dimensions: input.model.dimensions.map((dimension, i) => ({
      key: `dimension:${dimension.name}`,
      label: dimension.name,
      values: perDimension[i],
    })),
    scores,
  };
}

/** Where a team stood on an activity at a date. */
export type Standing = ActivityStatus;

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

/** The first moves (at most the limit asked for) and how many there are in all. */
export interface Moves {
  readonly moves: readonly Move[];
  readonly total: number;
}

/**
 * What moved from the start of `from` to the end of `to` (either order; the earlier date is the
 * first), for `teams`, in model order then team order: the first `limit` moves, and how many
 * there are (10,000 teams moved over a million times). Both days count, as in a date range a user
 * picks: the same date twice is what moved that day (data whose stages all carry one date said
 * "nothing moved"), and the first date of the data lists what was reached on it. Activities the
 * model does not know are left out: they cannot be named or placed.
 */
export function movesBetween(
  model: Model,
  stages: readonly Stage[],
  progress: Progress,
  teams: readonly string[],
  from: string,
  to: string,
  limit = Infinity,
): Moves {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const [then, now] = [new StatusRules(stages, dayBefore(early)), new StatusRules(stages, late)];
  // Many teams are found by walking each activity's entries (half of 10,000 teams have one) rather
  // than looked up one by one, and put in team order afterwards.
  const position = teams.length > FEW_TEAMS ? new Map(teams.map((team, i) => [team, i])) : undefined;
  const moves: Move[] = [];
  let total = 0;
  for (const activity of model.activities) {
    const entries = ownValue(progress, activity.uuid);
    if (!entries) continue;
    // The moved teams listed (while fewer than `limit` are); the others are only counted.
    const moved: string[] = [];
    const listing = moves.length < limit;
    // The scores tell whether and how an entry moved: a status is built only for the moves listed.
    const read = (team: string, entry: TeamProgress) => {
      if (moveKindOf(then.scoreOf(entry), now.scoreOf(entry)) === undefined) return;
      total++;
      if (listing) moved.push(team);
    };
    if (position === undefined) {
      for (const team of teams) {
        const entry = ownValue(entries, team);
        if (entry) read(team, entry);
      }
    } else {
      for (const team in entries) if (position.has(team)) read(team, entries[team]);
      moved.sort((a, b) => position.get(a)! - position.get(b)!);
    }
    for (const team of moved.slice(0, limit - moves.length)) {
      const entry = entries[team];
      const [before, after] = [then.of(entry), now.of(entry)];
      moves.push({
        uuid: activity.uuid,
        name: activity.name,
        dimension: activity.dimension,
        team,
        before,
        after,
        kind: moveKindOf(then.scoreOf(entry), now.scoreOf(entry))!,
      });
    }
  }
  return { moves, total };
}

/**
 * How an entry moved, from its `scoreOf` on the two days (StatusRules): a mark set or cleared, a
 * higher or lower stage; undefined when it did not (a 0% stage and "not assessed" both score 0).
 */
function moveKindOf(before: number, after: number): Move['kind'] | undefined {
  if (before === after) return undefined;
  const [wasNa, isNa] = [before === NOT_APPLICABLE_SCORE, after === NOT_APPLICABLE_SCORE];
  if (wasNa !== isNa) return isNa ? 'not-applicable' : 'applicable';
  const [a, b] = [Math.max(before, 0), Math.max(after, 0)];
  return b > a ? 'up' : b < a ? 'down' : undefined;
}
