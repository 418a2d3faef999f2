import { Activity, Model, Progress, Stage, Teams } from '../types';
import { ownValue } from '../common/own-value';
import { ActivityScore, ActivityScorer } from '../scoring/activity-score';
import { StatusRules, statusText } from '../status/activity-status';
import { ReviewContext, reviewedStatus } from '../review/review-context';

/** A column of the comparison: one team, or a group whose members are scored together. */
export interface CompareEntity {
  /** `team:<name>` or `group:<name>`. */
  readonly key: string;
  readonly label: string;
  readonly kind: 'team' | 'group';
  readonly teams: readonly string[];
}

/** The entities of keys (`team:X`, `group:Y`), in the given order; unknown ones and empty groups left out. */
export function compareEntities(keys: readonly string[], teams: Teams): CompareEntity[] {
  const entities: CompareEntity[] = [];
  const known = new Set(teams.names);
  for (const key of new Set(keys)) {
    if (key.startsWith('team:')) {
      const name = key.slice(5);
      if (known.has(name)) entities.push({ key, label: name, kind: 'team', teams: [name] });
    } else if (key.startsWith('group:')) {
      const name = key.slice(6);
      const members = (ownValue(teams.groups, name) ?? []).filter((team) => known.has(team));
      if (members.length > 0) entities.push({ key, label: name, kind: 'group', teams: members });
    }
  }
  return entities;
}

/** One entity's result on one activity. */
export interface CompareCell {
  /** 0..1; null when the activity does not apply to any of its teams. */
  readonly score: number | null;
  /** For a single team: its current stage (undefined = not started). */
  readonly stage?: Stage;
  /** Text for the table: the stage, or the group's mean as a percentage, or "Not applicable". */
  readonly text: string;
  /** For a single team: its statement is due for review (the status every page reads). */
  readonly due?: boolean;
  /** For a group: how many of its teams the activity is due for review for (as its heatmap counts them). */
  readonly dueTeams?: number;
}

export interface CompareRow {
  readonly activity: Activity;
  /** In entity order. */
  readonly cells: readonly CompareCell[];
  /** Highest minus lowest score among the applicable cells (0..1): how far apart they are. */
  readonly spread: number;
}

export interface CompareInput {
  readonly model: Model;
  readonly stages: readonly Stage[];
  readonly progress: Progress;
  readonly entities: readonly CompareEntity[];
  /** Activities above this level are left out. */
  readonly maxLevel: number;
  /** YYYY-MM-DD the comparison is for (see StatusRules). */
  readonly day: string;
  /** The evidence and intervals (the store's `review`): a team's cell then says whether it is due. */
  readonly review?: ReviewContext;
  /**
   * Each entity's scoring, in entity order, as the store scored it for the entity's heatmap (its
   * teams, the same day, levels and review): a cell reads its result there, and a group's how many
   * of its teams are due for review, rather than scoring the activity again.
   */
  readonly scores: readonly EntityScores[];
}

/** What `compareRows` reads of an entity's `Scores`. */
export interface EntityScores {
  readonly teams: readonly string[];
  readonly activities: ReadonlyMap<string, ActivityScore>;
}

/**
 * The activities on which the entities differ: their scores are not all equal, the activity
 * applies to some and not to others, or it is due for review for some teams and not for others.
 * In model order; `spread` lets the caller sort by gap.
 */
export function compareRows(input: CompareInput): CompareRow[] {
  const rules = new StatusRules(input.stages, input.day);
  const rows: CompareRow[] = [];
  for (const activity of input.model.activities) {
    if (activity.level > input.maxLevel) continue;
    const results = input.scores.map((scores) => scores.activities.get(activity.uuid));
    // Not scored (a level the heatmaps leave out): not compared either.
    if (results.some((result) => result === undefined)) continue;
    const entries = ownValue(input.progress, activity.uuid);
    const cells = input.entities.map((entity, i): CompareCell => {
      const result = results[i]!;
      if (ActivityScorer.excluded(result, input.scores[i].teams.length)) return { score: null, text: 'Not applicable' };
      if (entity.kind === 'group') {
        return { score: result.score, text: `${Math.round(result.score * 100)}%`, dueTeams: result.due ?? 0 };
      }
      const team = entity.teams[0];
      const status = reviewedStatus(rules, ownValue(entries, team), activity.uuid, activity, team, input.review);
      return { score: result.score, stage: status.stage, text: statusText(status), due: status.due };
    });
    const scores = cells.map((cell) => cell.score);
    const dues = cells.flatMap((cell) => (cell.due === undefined ? [] : [cell.due]));
    const sameDue = dues.every((due) => due === dues[0]);
    if (sameDue && scores.every((score) => score === scores[0])) continue;
    const applicable = scores.filter((score): score is number => score !== null);
    const spread = applicable.length > 0 ? Math.max(...applicable) - Math.min(...applicable) : 0;
    rows.push({ activity, cells, spread });
  }
  return rows;
}
