import { Model, Progress, Stage, StageDates } from '../types';
import { inActivityOrder } from '../common/activity-order';
import { codePointOrder } from '../common/code-point-order';
import { countOf } from '../common/count-of';
import { quoted } from '../common/file-problem';
import { ownValue } from '../common/own-value';
import { ActivityStatus, StatusRules, statusText } from '../status/activity-status';
import { stageDate } from './stage-dates';

/** A stage title whose date differs between two versions (absent = no date). */
export interface StageDateChange {
  readonly title: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * `raised`/`lowered`: the current stage went up or down; `not-applicable`/`applicable`: the mark was
 * set or cleared; `dates`: the same status, but some stage dates (or stages not in the definition)
 * were added, removed or changed.
 */
export type ProgressChangeKind = 'raised' | 'lowered' | 'not-applicable' | 'applicable' | 'dates';

/** What changed for one team on one activity. */
export interface ProgressChange {
  readonly activityUuid: string;
  readonly team: string;
  readonly kind: ProgressChangeKind;
  /** The status before and after (see StatusRules). */
  readonly from: ActivityStatus;
  readonly to: ActivityStatus;
  /** Every stage title whose date differs, in the definition's order, unknown titles after. */
  readonly dates: readonly StageDateChange[];
}

export interface ProgressDiffContext {
  readonly stages: readonly Stage[];
  /** YYYY-MM-DD the statuses are read for (dates after it do not count yet). */
  readonly day: string;
  /** Orders activities as the model does (unknown ones after, sorted); without it uuids are sorted. */
  readonly model?: Model;
  /** Orders teams as listed (unknown ones after, sorted); without it names are sorted. */
  readonly teams?: readonly string[];
}

/**
 * The changes from one progress file to another, per activity and team: activities in model order,
 * teams in the team list's order. An entry that only moved between "absent" and "no dates" is not
 * a change (both mean not assessed).
 */
export function diffProgress(before: Progress, after: Progress, ctx: ProgressDiffContext): ProgressChange[] {
  const rules = new StatusRules(ctx.stages, ctx.day);
  const changes: ProgressChange[] = [];
  const uuids = inActivityOrder(new Set([...Object.keys(before), ...Object.keys(after)]), ctx.model);
  for (const uuid of uuids) {
    const old = ownValue(before, uuid) ?? {};
    const now = ownValue(after, uuid) ?? {};
    for (const team of inTeamOrder(new Set([...Object.keys(old), ...Object.keys(now)]), ctx.teams)) {
      const [wasEntry, isEntry] = [ownValue(old, team), ownValue(now, team)];
      const dates = dateChanges(wasEntry?.stages ?? {}, isEntry?.stages ?? {}, ctx.stages);
      const [from, to] = [rules.of(wasEntry), rules.of(isEntry)];
      const kind = changeKind(from, to);
      if (dates.length === 0 && kind === 'dates') continue;
      changes.push({ activityUuid: uuid, team, kind, from, to, dates });
    }
  }
  return changes;
}

function changeKind(from: ActivityStatus, to: ActivityStatus): ProgressChangeKind {
  const [wasNa, isNa] = [from.kind === 'not-applicable', to.kind === 'not-applicable'];
  if (wasNa !== isNa) return isNa ? 'not-applicable' : 'applicable';
  if (isNa && wasNa) return 'dates';
  return to.score > from.score ? 'raised' : to.score < from.score ? 'lowered' : 'dates';
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
export function describeProgressChange(change: ProgressChange): string {
  const [from, to] = [statusText(change.from), statusText(change.to)];
  const reached = change.to.stage && change.dates.find((d) => d.title === change.to.stage?.title)?.after;
  switch (change.kind) {
    case 'raised':
      return `raised from ${from} to ${to}${reached ? ` on ${reached}` : ''}`;
    case 'lowered':
      return `lowered from ${from} to ${to}`;
    case 'not-applicable': {
      const reason = change.to.notApplicable?.reason;
      return `marked not applicable on ${change.to.date}${reason ? ` (${reason})` : ''}`;
    }
    case 'applicable':
      return `applicable again (${to})`;
    case 'dates':
      return `still ${to}; ${change.dates.map(describeDate).join(', ') || 'the reason changed'}`;
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
    lines.push(`  ${describeActivity(change.activityUuid, ctx.model)}: ${describeProgressChange(change)}.`);
  }
  lines.push(`${countOf(changes.length, 'change')} for ${countOf(rank.size, 'team')}.`);
  return lines;
}

/** A team name on a line of its own, quoted when emptiness, edge spaces or line breaks would hide it. */
function quotedIfOdd(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name === '' || name.trim() !== name || /[\u0000-\u001f]/.test(name) ? quoted(name) : name;
}
