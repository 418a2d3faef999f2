import { Activity, Evidence, Model, Progress, Stage, Targets, Teams } from '../types';
import { scorePercent } from '../heatmap/colour-scale';
import { changedAfterReview } from '../evidence/evidence-review';
import { nextSteps } from '../roadmap/next-step';
import { gapActivities, valueForEffort } from '../roadmap/roadmap-gap';
import { targetFor } from '../roadmap/targets';
import { dueForReview, DueItem } from '../review/due-for-review';
import { ReviewContext } from '../review/review-context';
import { scoreAssessment, Scores } from '../scoring/score-assessment';
import { ScoreCounts } from '../scoring/score-counts';
import { StatusRules } from '../status/activity-status';
import { countText } from '../common/count-text';

/** Beyond this many teams the summary shows groups, not teams: one A4 page holds 12 rows. */
export const MAX_TEAM_ROWS = 12;
/** Rows of the group table, and items of the gap and due lists, on the printed pages. */
export const MAX_ROWS = 12;
export const MAX_LIST_ITEMS = 8;
/** The heading of the row of selected teams that are in none of the groups. */
export const NO_GROUP_LABEL = 'Teams in no group';

export interface ExecutiveInput {
  /** The activities the report lists (its sub-dimension, level and status filters applied). */
  readonly model: Model;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  /** Every team and group. */
  readonly teams: Teams;
  /** The report's teams, in team order (never empty). */
  readonly selected: readonly string[];
  readonly maxLevel: number;
  /** YYYY-MM-DD the summary is for (today). */
  readonly day: string;
  /** YYYY-MM-DD the change is counted from (the scores as they stood at the end of that day). */
  readonly since: string;
  readonly review: ReviewContext;
  readonly targets?: Targets;
}

/** A score now and at `since`, as whole percentages (as the heatmap shows them). */
export interface ScoreChange {
  /** null: nothing to score. */
  readonly percent: number | null;
  readonly before: number | null;
  /** Percentage points since `since`; null when either side has nothing to score. */
  readonly change: number | null;
  /**
   * Which way the score moved when the whole points say `0` (0.2% and 0.4% are both 0%): a change
   * of under a point is a change, and "no change" would say nothing happened.
   */
  readonly under?: 1 | -1;
}

export interface DimensionRow extends ScoreChange {
  readonly name: string;
  readonly counts: ScoreCounts;
}

/** A team, a group (its selected members) or the teams in no group. */
export interface BreakdownRow extends ScoreChange {
  readonly label: string;
  readonly teams: readonly string[];
  /** Per dimension of the model, in model order. */
  readonly dimensions: readonly (number | null)[];
  readonly assessed: number;
  readonly assessable: number;
  /** Activity x team pairs still to do toward the targets. */
  readonly open: number;
  /**
   * The level the row's teams work toward (up to `upTo` when they differ), and whether that is
   * their target or their next step; absent when every team has completed every level shown.
   */
  readonly toward?: Toward;
  /** Activity x team pairs due for review. */
  readonly due: number;
}

export interface Toward {
  readonly level: number;
  /** A group whose teams work toward different levels: the highest of them. */
  readonly upTo?: number;
  readonly kind: 'target' | 'next step' | 'target or next step';
}

/**
 * What a row still has to do, in the same words for a team and a group: `26 to level 1 (next
 * step)`, `40 to levels 1–2 (target or next step)`, `every level done`.
 */
export function towardText(row: Pick<BreakdownRow, 'open' | 'toward'>): string {
  const toward = row.toward;
  if (toward === undefined) return 'every level done';
  const levels = toward.upTo === undefined ? `level ${toward.level}` : `levels ${toward.level}–${toward.upTo}`;
  return `${countText(row.open)} to ${levels} (${toward.kind})`;
}

/** The teams' levels to go (see Toward) summed up for their row. */
function towardOf(teams: readonly string[], of: ReadonlyMap<string, Toward>): Toward | undefined {
  let toward: Toward | undefined;
  for (const team of teams) {
    const own = of.get(team);
    if (own === undefined) continue;
    if (toward === undefined) {
      toward = own;
      continue;
    }
    const low = Math.min(toward.level, own.level);
    const high = Math.max(toward.upTo ?? toward.level, own.level);
    toward = {
      level: low,
      ...(high > low ? { upTo: high } : {}),
      kind: toward.kind === own.kind ? toward.kind : 'target or next step',
    };
  }
  return toward;
}

/**
 * What a count of activity x team pairs is of: `activity × team pairs`, or `activities` when one
 * team is summed up (its pairs are its activities).
 */
export function pairsNoun(count: number, teams: number): string {
  if (teams === 1) return count === 1 ? 'activity' : 'activities';
  return `activity × team ${count === 1 ? 'pair' : 'pairs'}`;
}

export interface GapLine {
  readonly activity: Activity;
  /** The selected teams that still have it to do on the way to their target, in team order. */
  readonly teams: readonly string[];
}

export interface ExecutiveSummary {
  readonly teams: readonly string[];
  /** Scores now, for the heatmap and the dimension table. */
  readonly scores: Scores;
  readonly overall: ScoreChange;
  readonly coverage: { readonly assessed: number; readonly assessable: number; readonly before: number };
  readonly dimensions: readonly DimensionRow[];
  readonly breakdown: 'team' | 'group' | 'none';
  readonly rows: readonly BreakdownRow[];
  /** Groups beyond MAX_ROWS, left out of `rows`. */
  readonly moreRows: number;
  /** The activities most teams still have to do toward their targets (MAX_LIST_ITEMS), and all pairs. */
  readonly gaps: { readonly top: readonly GapLine[]; readonly activities: number; readonly pairs: number };
  /** The longest overdue first (MAX_LIST_ITEMS), all pairs due, and evidence changed after review. */
  readonly due: { readonly top: readonly DueItem[]; readonly pairs: number; readonly changedAfterReview: number };
}

/**
 * The executive summary of the report: headline scores and their change since a day, assessment
 * coverage, scores per dimension and per team (or per group beyond MAX_TEAM_ROWS teams, or when the
 * teams belong to several groups), the gaps toward the roadmap targets and what is due for review.
 * Every status is read through StatusRules (scoring, the roadmap gap and the due list all do), so
 * the figures are those of the heatmap, the roadmap and the teams page for the same activities.
 */
export function executiveSummary(input: ExecutiveInput): ExecutiveSummary {
  const { model, selected } = input;
  const score = (teams: readonly string[], day: string, review?: ReviewContext) =>
    scoreAssessment({
      model,
      stages: input.stages,
      progress: input.progress,
      teams: input.teams.names,
      selected: teams,
      maxLevel: input.maxLevel,
      day,
      review,
    });
  const now = score(selected, input.day, input.review);
  const before = score(selected, input.since);
  const gaps = gapsOf(input);
  const due = dueForReview({
    model,
    progress: input.progress,
    rules: new StatusRules(input.stages, input.day),
    review: input.review,
    teams: selected,
    maxLevel: input.maxLevel,
  });
  const { kind, rows } = breakdownOf(input);
  const breakdown = rows.slice(0, MAX_ROWS).map(({ label, teams }): BreakdownRow => {
    const rowNow = teams.length === selected.length ? now : score(teams, input.day);
    const rowBefore = teams.length === selected.length ? before : score(teams, input.since);
    const members = new Set(teams);
    const target = towardOf(teams, gaps.toward);
    return {
      label,
      teams,
      ...change(rowNow.overall, rowBefore.overall),
      dimensions: rowNow.dimensions.map((dimension) => percentOf(dimension.counts)),
      assessed: rowNow.assessed,
      assessable: rowNow.assessable,
      open: teams.reduce((sum, team) => sum + (gaps.openOf.get(team) ?? 0), 0),
      ...(target ? { toward: target } : {}),
      due: due.filter((item) => members.has(item.team)).length,
    };
  });
  const uuids = new Set(model.activities.map((activity) => activity.uuid));
  const chosen = new Set(selected);
  return {
    teams: selected,
    scores: now,
    overall: change(now.overall, before.overall),
    coverage: { assessed: now.assessed, assessable: now.assessable, before: before.assessed },
    dimensions: now.dimensions.map((dimension, i) => ({
      name: dimension.name,
      counts: dimension.counts,
      ...change(dimension.counts, before.dimensions[i].counts),
    })),
    breakdown: kind,
    rows: breakdown,
    moreRows: Math.max(0, rows.length - MAX_ROWS),
    gaps: { top: gaps.top, activities: gaps.activities, pairs: gaps.pairs },
    due: {
      top: due.slice(0, MAX_LIST_ITEMS),
      pairs: due.length,
      changedAfterReview: input.evidence.filter(
        (entry) =>
          uuids.has(entry.activityUuid) && entry.teams.some((team) => chosen.has(team)) && changedAfterReview(entry),
      ).length,
    },
  };
}

function percentOf(counts: ScoreCounts): number | null {
  return counts.score === null ? null : scorePercent(counts.score);
}

function change(now: ScoreCounts, before: ScoreCounts): ScoreChange {
  const percent = percentOf(now);
  const then = percentOf(before);
  if (percent === null || then === null) return { percent, before: then, change: null };
  const moved = now.score! - before.score!;
  if (percent !== then || moved === 0) return { percent, before: then, change: percent - then };
  return { percent, before: then, change: 0, under: moved > 0 ? 1 : -1 };
}

/**
 * Teams when they are few and in at most one group; else the groups that have selected members (in
 * the teams file's order) and the selected teams in none of them; else nothing but the total.
 */
function breakdownOf(input: ExecutiveInput): {
  kind: ExecutiveSummary['breakdown'];
  rows: { label: string; teams: readonly string[] }[];
} {
  // A set per group: 10,000 selected teams against a group of 5,000 is otherwise 50 million steps.
  const groups = Object.entries(input.teams.groups)
    .map(([label, members]) => {
      const memberSet = new Set(members);
      return { label, teams: input.selected.filter((team) => memberSet.has(team)) };
    })
    .filter((group) => group.teams.length > 0);
  if (groups.length < 2 && input.selected.length <= MAX_TEAM_ROWS) {
    return { kind: 'team', rows: input.selected.map((team) => ({ label: team, teams: [team] })) };
  }
  if (groups.length === 0) return { kind: 'none', rows: [] };
  const grouped = new Set(groups.flatMap((group) => group.teams));
  const rest = input.selected.filter((team) => !grouped.has(team));
  return { kind: 'group', rows: rest.length > 0 ? [...groups, { label: NO_GROUP_LABEL, teams: rest }] : groups };
}

/**
 * Each team's roadmap toward its target (or, without one, its next step: the lowest level it has
 * not completed), as the roadmap page lists it; the activities open for the most teams first, then
 * the lower level, the better value for the effort, model order.
 */
function gapsOf(input: ExecutiveInput) {
  const { model, stages, progress, day } = input;
  const next = new Map(
    nextSteps({ model, stages, progress, teams: input.selected, maxLevel: input.maxLevel, day }).map((step) => [
      step.team,
      step.level,
    ]),
  );
  const toward = new Map<string, Toward>();
  const openOf = new Map<string, number>();
  const teamsOf = new Map<string, string[]>();
  let pairs = 0;
  for (const team of input.selected) {
    const target = targetFor(input.targets, team);
    const level = target ?? next.get(team);
    if (level === undefined) continue;
    toward.set(team, { level, kind: target === undefined ? 'next step' : 'target' });
    // What the roadmap page lists, unordered: the order is the roadmap's, the count is what we need.
    const { activities } = gapActivities({ model, stages, progress, team, target: level, day });
    openOf.set(team, activities.size);
    pairs += activities.size;
    for (const uuid of activities.keys()) {
      const list = teamsOf.get(uuid);
      if (list) list.push(team);
      else teamsOf.set(uuid, [team]);
    }
  }
  const order = new Map(model.activities.map((activity, i) => [activity.uuid, i]));
  const lines = [...teamsOf.entries()].map(([uuid, teams]) => ({ activity: model.byUuid.get(uuid)!, teams }));
  lines.sort(
    (a, b) =>
      b.teams.length - a.teams.length ||
      a.activity.level - b.activity.level ||
      valueForEffort(b.activity) - valueForEffort(a.activity) ||
      order.get(a.activity.uuid)! - order.get(b.activity.uuid)!,
  );
  return { top: lines.slice(0, MAX_LIST_ITEMS), activities: lines.length, pairs, toward, openOf };
}
