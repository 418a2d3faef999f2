import { Activity, Evidence, Model, Progress, ReportConfig } from '../types';
import { ownValue } from '../common/own-value';
import {
  ActivityStatus,
  NO_EVIDENCE,
  NOT_APPLICABLE_SCORE,
  NOT_APPLICABLE_TEXT,
  NOT_ASSESSED_SCORE,
  NOT_ASSESSED_TEXT,
  StatusRules,
} from '../status/activity-status';
import { intervalOf, ReviewContext, reviewedStatus } from '../review/review-context';
import { subDimensionKey } from './report-config';

/** Where one team stands on one activity. */
export interface TeamStanding {
  readonly team: string;
  readonly status: ActivityStatus;
}

export interface ReportEntry {
  readonly activity: Activity;
  /** The teams of this group on this activity, in team order. */
  readonly teams: readonly string[];
  /**
   * Where one of `teams` stands, read when asked: the page names a few of thousands of teams
   * until "Show all", and a status for each of 10,000 teams x 200 activities took seconds.
   */
  readonly standing: (team: string) => TeamStanding;
  /** Evidence recorded for those teams on the activity, in file order. */
  readonly evidence: readonly Evidence[];
}

export interface ReportGroup {
  /** A stage title (or "Not assessed" / "Not applicable"), or a team name. */
  readonly title: string;
  readonly entries: readonly ReportEntry[];
}

/** One dimension of the report: printed on pages of its own. */
export interface ReportSection {
  readonly dimension: string;
  readonly groups: readonly ReportGroup[];
}

export interface ReportInput {
  readonly model: Model;
  /** The stage definition and day the statuses are read with. */
  readonly rules: StatusRules;
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
  /** The resolved team names, in team order. */
  readonly teams: readonly string[];
  readonly config: ReportConfig;
  readonly maxLevel: number;
  /** With it, each standing says whether it is due for review. */
  readonly review?: ReviewContext;
}

/**
 * The body of the report: a section per dimension (in model order), in it a group per stage
 * (highest first, then not assessed, then not applicable) or per team, and in a group the
 * activities in model order. The configuration picks the sub-dimensions, levels and which team
 * standings count (`status` is checked per team: `done` = at the top stage, `open` = applicable and
 * below it, `not-assessed` = no stage set yet, `due` = due for review, which needs `review`). Empty groups and sections are left out.
 */
export function reportSections(input: ReportInput): ReportSection[] {
  const { model, rules, progress, teams, config } = input;
  const excluded = new Set(config.excludedSubDimensions);
  const levels = new Set(config.levels);
  // What `status` keeps, from the scoring shortcut (`scoreOf`, `lastDue`: a spec checks they agree
  // with `of`), so that grouping 2 million standings builds no status for any of them.
  const keep = (score: number, due: boolean): boolean => {
    switch (config.status) {
      case 'done':
        return rules.isDone(score);
      case 'open':
        return score !== NOT_APPLICABLE_SCORE && !rules.isDone(score);
      case 'not-applicable':
        return score === NOT_APPLICABLE_SCORE;
      case 'not-assessed':
        return score === NOT_ASSESSED_SCORE;
      case 'due':
        return due;
      default:
        return true;
    }
  };
  /** `statusText` of the status whose score `scoreOf` just returned. */
  const stageTitle = (score: number): string =>
    score === NOT_APPLICABLE_SCORE
      ? NOT_APPLICABLE_TEXT
      : score === NOT_ASSESSED_SCORE
        ? NOT_ASSESSED_TEXT
        : rules.lastStage!.title;
  const evidenceOf = new Map<string, Evidence[]>();
  // Pushed, not spread: a copy per item made this quadratic (10,000 teams took minutes).
  for (const entry of input.evidence) {
    const list = evidenceOf.get(entry.activityUuid);
    if (list) list.push(entry);
    else evidenceOf.set(entry.activityUuid, [entry]);
  }
  const stageOrder = [
    ...[...rules.stages].sort((a, b) => b.score - a.score).map((stage) => stage.title),
    NOT_ASSESSED_TEXT,
    NOT_APPLICABLE_TEXT,
  ];
  const groupOrder = config.groupBy === 'team' ? teams : stageOrder;

  const sections: ReportSection[] = [];
  for (const dimension of model.dimensions) {
    const groups = new Map<string, ReportEntry[]>(groupOrder.map((title) => [title, []]));
    for (const sub of dimension.subDimensions) {
      if (excluded.has(subDimensionKey(dimension.name, sub.name))) continue;
      for (const activity of sub.activities) {
        if (activity.level > input.maxLevel || (levels.size > 0 && !levels.has(activity.level))) continue;
        const entries = ownValue(progress, activity.uuid);
        const evidenceOfTeams = input.review?.evidence.get(activity.uuid);
        const interval = input.review && intervalOf(activity, input.review);
        const byGroup = new Map<string, string[]>();
        for (const team of teams) {
          const score = rules.scoreOf(ownValue(entries, team));
          const due = interval !== undefined && rules.lastDue(evidenceOfTeams?.get(team) ?? NO_EVIDENCE, interval);
          if (!keep(score, due)) continue;
          const title = config.groupBy === 'team' ? team : stageTitle(score);
          const list = byGroup.get(title);
          if (list) list.push(team);
          else byGroup.set(title, [team]);
        }
        // A team with neither an entry nor evidence has the same status as any other such team.
        let blank: ActivityStatus | undefined;
        const standing = (team: string): TeamStanding => {
          const entry = ownValue(entries, team);
          if (entry === undefined && !evidenceOfTeams?.has(team)) {
            return {
              team,
              status: (blank ??= reviewedStatus(rules, undefined, activity.uuid, activity, team, input.review)),
            };
          }
          return { team, status: reviewedStatus(rules, entry, activity.uuid, activity, team, input.review) };
        };
        const activityEvidence = evidenceOf.get(activity.uuid) ?? [];
        for (const [title, groupTeams] of byGroup) {
          const names = activityEvidence.length === 0 ? undefined : new Set(groupTeams);
          const evidence = activityEvidence.filter((e) => e.teams.some((team) => names?.has(team)));
          groups.get(title)?.push({ activity, teams: groupTeams, standing, evidence });
        }
      }
    }
    const filled = [...groups]
      .filter(([, entries]) => entries.length > 0)
      .map(([title, entries]) => ({ title, entries }));
    if (filled.length > 0) sections.push({ dimension: dimension.name, groups: filled });
  }
  return sections;
}

/** The uuids of the activities the report lists, each once. */
export function listedActivities(sections: readonly ReportSection[]): Set<string> {
  return new Set(sections.flatMap((s) => s.groups.flatMap((g) => g.entries.map((e) => e.activity.uuid))));
}

/** Activities the report lists, each once (for the count under the title). */
export function reportActivityCount(sections: readonly ReportSection[]): number {
  return listedActivities(sections).size;
}

/** A group of the report as shown while its entries are being added (see `firstEntries`). */
export interface ShownGroup extends ReportGroup {
  /** The number of entries of the group in all, of which `entries` are the first. */
  readonly total: number;
}

export interface ShownSection {
  readonly dimension: string;
  readonly groups: readonly ShownGroup[];
}

/**
 * The first `count` entries of the report, in the order they are shown, in their sections and
 * groups (each group still saying how many it has in all): the page adds its entries a few at a
 * time, after the summary (about 800 at 10,000 teams, a second or two of rendering).
 */
export function firstEntries(sections: readonly ReportSection[], count: number): ShownSection[] {
  const shown: ShownSection[] = [];
  let left = count;
  for (const section of sections) {
    if (left <= 0) break;
    const groups: ShownGroup[] = [];
    for (const group of section.groups) {
      if (left <= 0) break;
      const entries = group.entries.length <= left ? group.entries : group.entries.slice(0, left);
      left -= entries.length;
      groups.push({ title: group.title, entries, total: group.entries.length });
    }
    shown.push({ dimension: section.dimension, groups });
  }
  return shown;
}

/** The number of entries of the report (an activity listed in two groups is two). */
export function reportEntryCount(sections: readonly ReportSection[]): number {
  let count = 0;
  for (const section of sections) for (const group of section.groups) count += group.entries.length;
  return count;
}
