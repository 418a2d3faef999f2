import { Model, Progress, Stage, StageDates } from '../types';
import { inActivityOrder } from '../common/activity-order';
import { codePointOrder } from '../common/code-point-order';
import { countOf } from '../common/count-of';
import { quoted } from '../common/file-problem';
import { ownValue } from '../common/own-value';
import { currentStage } from './current-stage';
import { stageDate } from './stage-dates';

/** A stage title whose date differs between two versions (absent = no date). */
export interface StageDateChange {
  readonly title: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * `raised`/`lowered`: the current stage went up or down; `dates`: the same current stage, but some
 * stage dates (or stages not in the definition) were added, removed or changed.
 */
export type ProgressChangeKind = 'raised' | 'lowered' | 'dates';

/** What changed for one team on one activity. */
export interface ProgressChange {
  readonly activityUuid: string;
  readonly team: string;
  readonly kind: ProgressChangeKind;
  /** Current stage before and after; undefined when the team had not started (or no longer has). */
  readonly from?: Stage;
  readonly to?: Stage;
  /** Every stage title whose date differs, in the definition's order, unknown titles after. */
  readonly dates: readonly StageDateChange[];
}

export interface ProgressDiffContext {
  readonly stages: readonly Stage[];
  /** Orders activities as the model does (unknown ones after, sorted); without it uuids are sorted. */
  readonly model?: Model;
  /** Orders teams as listed (unknown ones after, sorted); without it names are sorted. */
  readonly teams?: readonly string[];
}

/**
 * The changes from one progress file to another, per activity and team: activities in model order,
 * teams in the team list's order. An entry that only moved between "absent" and "no dates" is not
 * a change (both mean not started).
 */
export function diffProgress(before: Progress, after: Progress, ctx: ProgressDiffContext): ProgressChange[] {
  const changes: ProgressChange[] = [];
  const uuids = inActivityOrder(new Set([...Object.keys(before), ...Object.keys(after)]), ctx.model);
  for (const uuid of uuids) {
    const old = ownValue(before, uuid) ?? {};
    const now = ownValue(after, uuid) ?? {};
    for (const team of inTeamOrder(new Set([...Object.keys(old), ...Object.keys(now)]), ctx.teams)) {
      const was = ownValue(old, team)?.stages ?? {};
      const is = ownValue(now, team)?.stages ?? {};
      const dates = dateChanges(was, is, ctx.stages);
      if (dates.length === 0) continue;
      const from = currentStage(was, ctx.stages);
      const to = currentStage(is, ctx.stages);
      const [fromScore, toScore] = [from?.score ?? 0, to?.score ?? 0];
      const kind: ProgressChangeKind = toScore > fromScore ? 'raised' : toScore < fromScore ? 'lowered' : 'dates';
      changes.push({ activityUuid: uuid, team, kind, from, to, dates });
    }
  }
  return changes;
}

function inTeamOrder(names: ReadonlySet<string>, teams: readonly string[] | undefined): string[] {
  const known = (teams ?? []).filter((team) => names.has(team));
  const knownSet = new Set(known);
  return [...known, ...[...names].filter((team) => !knownSet.has(team)).sort(codePointOrder)];
}

function dateChanges(before: StageDates, after: StageDates, stages: readonly Stage[]): StageDateChange[] {
  const defined = stages.map((stage) => stage.title);
  const definedSet = new Set(defined);
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((title) => !definedSet.has(title))
    .sort(codePointOrder);
  const changes: StageDateChange[] = [];
  for (const title of [...defined, ...others]) {
    const [was, is] = [stageDate(before, title), stageDate(after, title)];
    if (was === is) continue;
    changes.push({ title, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) });
  }
  return changes;
}

/** How a change reads, e.g. `raised from Started to Partly implemented on 2026-04-14`. */
export function describeProgressChange(change: ProgressChange, stages: readonly Stage[]): string {
  const notStarted = stages.find((stage) => stage.score === 0)?.title ?? 'not started';
  const from = change.from?.title ?? notStarted;
  const to = change.to?.title ?? notStarted;
  const reached = change.to && change.dates.find((d) => d.title === change.to?.title)?.after;
  switch (change.kind) {
    case 'raised':
      return `raised from ${from} to ${to}${reached ? ` on ${reached}` : ''}`;
    case 'lowered':
      return `lowered from ${from} to ${to}`;
    case 'dates':
      return `still ${to}; ${change.dates.map(describeDate).join(', ')}`;
  }
}

function describeDate(change: StageDateChange): string {
  if (change.before === undefined) return `${change.title} dated ${change.after}`;
  if (change.after === undefined) return `${change.title} (${change.before}) removed`;
  return `${change.title} moved from ${change.before} to ${change.after}`;
}

/** An activity as people know it: `"Name" (Sub-dimension, level N)`, or its uuid when unknown. */
export function describeActivity(uuid: string, model: Model | undefined): string {
  const activity = model?.byUuid.get(uuid);
  if (!activity) return `activity ${uuid}${model ? ' (not in the model)' : ''}`;
  return `${quoted(activity.name)} (${activity.subDimension}, level ${activity.level})`;
}

/**
 * The changes in words, one team at a time, for a terminal or a log:
 *
 *   Team A
 *     "Defined build process" (Build, level 1): raised from Started to Partly implemented on 2026-04-14.
 */
export function progressDiffText(changes: readonly ProgressChange[], ctx: ProgressDiffContext): string[] {
  if (changes.length === 0) return ['No progress changed.'];
  const lines: string[] = [];
  const rank = new Map(inTeamOrder(new Set(changes.map((c) => c.team)), ctx.teams).map((team, i) => [team, i]));
  // Stable: within a team the changes keep their activity order.
  const byTeam = [...changes].sort((a, b) => (rank.get(a.team) ?? 0) - (rank.get(b.team) ?? 0));
  let team: string | undefined;
  for (const change of byTeam) {
    if (change.team !== team) {
      team = change.team;
      lines.push(quotedIfOdd(team));
    }
    lines.push(`  ${describeActivity(change.activityUuid, ctx.model)}: ${describeProgressChange(change, ctx.stages)}.`);
  }
  lines.push(`${countOf(changes.length, 'change')} for ${countOf(rank.size, 'team')}.`);
  return lines;
}

/** A team name on a line of its own, quoted when emptiness, edge spaces or line breaks would hide it. */
function quotedIfOdd(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name === '' || name.trim() !== name || /[\u0000-\u001f]/.test(name) ? quoted(name) : name;
}
