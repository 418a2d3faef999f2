import { AssessmentState, Evidence, NotApplicable, Settings, StageDates } from '../types';
import { ActivityIndex, inActivityOrder } from '../common/activity-order';
import { codePointOrder } from '../common/code-point-order';
import { ownValue } from '../common/own-value';
import { sameEvidence } from './merge-entries';

export type ChangeKind = 'added' | 'changed' | 'removed';

/** A stage date of one team on one activity: added (no `before`), removed (no `after`) or changed. */
export interface StageChange {
  readonly title: string;
  readonly before?: string;
  readonly after?: string;
}

export interface EvidenceChange {
  readonly kind: ChangeKind;
  readonly id: string;
  readonly title: string;
}

/** The "not applicable" mark of one team on one activity, when it changes. */
export interface MarkChange {
  readonly before?: NotApplicable;
  readonly after?: NotApplicable;
}

export interface ActivityDiff {
  readonly uuid: string;
  /** Undefined for an activity the model does not have. */
  readonly name?: string;
  readonly stages: readonly StageChange[];
  readonly notApplicable?: MarkChange;
  readonly evidence: readonly EvidenceChange[];
}

export interface DiffCounts {
  readonly stagesAdded: number;
  readonly stagesChanged: number;
  readonly stagesRemoved: number;
  /** "Not applicable" marks set, changed or cleared. */
  readonly marksChanged: number;
  readonly evidenceAdded: number;
  readonly evidenceChanged: number;
  readonly evidenceRemoved: number;
}

export interface TeamDiff {
  readonly team: string;
  /** Whether the team is in the team list afterwards (else its data is kept, unlisted). */
  readonly listed: boolean;
  /** In model order; activities the model does not know last. */
  readonly activities: readonly ActivityDiff[];
  readonly counts: DiffCounts;
}

export interface NamesDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** Exactly what changes from `before` to `after`, for an import preview. */
export interface AssessmentDiff {
  /** Teams with a changed stage date or piece of evidence: team list order, then the others sorted. */
  readonly teams: readonly TeamDiff[];
  readonly totals: DiffCounts;
  readonly teamList: NamesDiff & { readonly reordered: boolean };
  readonly groups: NamesDiff;
  readonly stageDefinition: NamesDiff;
  /** Names of the settings that change. */
  readonly settings: readonly (keyof Settings)[];
  readonly customFiles: NamesDiff;
  /** Teams (or `*`) whose roadmap target level is set, changed or cleared. */
  readonly targets: NamesDiff;
  readonly empty: boolean;
}

/** No change of any kind: a team's counts before its first. */
export const ZERO: DiffCounts = {
  stagesAdded: 0,
  stagesChanged: 0,
  stagesRemoved: 0,
  marksChanged: 0,
  evidenceAdded: 0,
  evidenceChanged: 0,
  evidenceRemoved: 0,
};

class TeamChanges {
  readonly activities = new Map<
    string,
    { stages: StageChange[]; notApplicable?: MarkChange; evidence: EvidenceChange[] }
  >();
  readonly counts: { -readonly [K in keyof DiffCounts]: number } = { ...ZERO };

  activity(uuid: string) {
    let found = this.activities.get(uuid);
    if (!found) this.activities.set(uuid, (found = { stages: [], evidence: [] }));
    return found;
  }
}

/**
 * Compares two assessments the way a user reads them: per team and activity, the stage dates and
 * evidence added, changed and removed; then the team list, groups, stage definition, settings and
 * custom files. Edit times are not compared (restamping an entry changes nothing a user sees).
 */
export function diffAssessments(
  before: AssessmentState,
  after: AssessmentState,
  model?: ActivityIndex,
): AssessmentDiff {
  const teams = new Map<string, TeamChanges>();
  const of = (team: string) => {
    let found = teams.get(team);
    if (!found) teams.set(team, (found = new TeamChanges()));
    return found;
  };
  diffProgress(before, after, of);
  diffEvidence(before.evidence, after.evidence, of);

  const listed = new Set(after.teams.names);
  const order = [...new Set([...after.teams.names, ...before.teams.names])].filter((team) => teams.has(team));
  const ordered = new Set(order);
  const others = [...teams.keys()].filter((team) => !ordered.has(team)).sort(codePointOrder);
  const teamDiffs: TeamDiff[] = [...order, ...others].map((team) => {
    const changes = teams.get(team)!;
    return {
      team,
      listed: listed.has(team),
      counts: changes.counts,
      activities: inActivityOrder(changes.activities.keys(), model).map((uuid) => ({
        uuid,
        ...(model?.byUuid.get(uuid) ? { name: model.byUuid.get(uuid)!.name } : {}),
        ...changes.activities.get(uuid)!,
      })),
    };
  });
  const totals = teamDiffs.reduce((sum, team) => addCounts(sum, team.counts), ZERO);
  const listDiff = namesDiff(before.teams.names, after.teams.names);
  const teamList = {
    ...listDiff,
    reordered:
      listDiff.added.length === 0 && listDiff.removed.length === 0 && !sameList(before.teams.names, after.teams.names),
  };
  const groups = namesDiff(Object.keys(before.teams.groups), Object.keys(after.teams.groups), (group) =>
    sameList(before.teams.groups[group], after.teams.groups[group]),
  );
  const stagesBefore = new Map(before.stages.map((stage) => [stage.title, stage]));
  const stageDefinition = namesDiff(
    before.stages.map((s) => s.title),
    after.stages.map((s) => s.title),
    (title) => {
      const a = stagesBefore.get(title)!;
      const b = after.stages.find((stage) => stage.title === title)!;
      return a.score === b.score && a.definition === b.definition;
    },
  );
  const settings = (['maxLevel', 'dateLocale', 'theme', 'reportConfig'] as const).filter(
    (key) => JSON.stringify(before.settings[key]) !== JSON.stringify(after.settings[key]),
  );
  const targetsBefore = before.targets ?? {};
  const targetsAfter = after.targets ?? {};
  const targets = namesDiff(
    Object.keys(targetsBefore),
    Object.keys(targetsAfter),
    (team) => targetsBefore[team] === targetsAfter[team],
  );
  const filesBefore = new Map(before.customFiles.map((file) => [file.name, file.text]));
  const customFiles = namesDiff(
    before.customFiles.map((f) => f.name),
    after.customFiles.map((f) => f.name),
    (name) => filesBefore.get(name) === after.customFiles.find((file) => file.name === name)!.text,
  );
  const empty =
    teamDiffs.length === 0 &&
    !teamList.reordered &&
    [teamList, groups, stageDefinition, customFiles, targets].every(
      (d) => d.added.length + d.removed.length + d.changed.length === 0,
    ) &&
    settings.length === 0;
  return { teams: teamDiffs, totals, teamList, groups, stageDefinition, settings, customFiles, targets, empty };
}

function diffProgress(before: AssessmentState, after: AssessmentState, of: (team: string) => TeamChanges): void {
  for (const uuid of new Set([...Object.keys(before.progress), ...Object.keys(after.progress)])) {
    const a = ownValue(before.progress, uuid) ?? {};
    const b = ownValue(after.progress, uuid) ?? {};
    if (a === b) continue;
    for (const team of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = ownValue(a, team);
      const y = ownValue(b, team);
      if (x === y) continue;
      const changes = stageChanges(x?.stages ?? {}, y?.stages ?? {});
      const mark = markChange(x?.notApplicable, y?.notApplicable);
      if (changes.length === 0 && mark === undefined) continue;
      const teamChanges = of(team);
      const activity = teamChanges.activity(uuid);
      activity.stages.push(...changes);
      if (mark) {
        activity.notApplicable = mark;
        teamChanges.counts.marksChanged++;
      }
      for (const change of changes) {
        const key =
          change.before === undefined ? 'stagesAdded' : change.after === undefined ? 'stagesRemoved' : 'stagesChanged';
        teamChanges.counts[key]++;
      }
    }
  }
}

function markChange(before: NotApplicable | undefined, after: NotApplicable | undefined): MarkChange | undefined {
  if (before?.reason === after?.reason && before?.date === after?.date) return undefined;
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

function stageChanges(before: StageDates, after: StageDates): StageChange[] {
  const changes: StageChange[] = [];
  for (const title of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const x = ownValue(before, title);
    const y = ownValue(after, title);
    if (x === y) continue;
    changes.push({ title, ...(x === undefined ? {} : { before: x }), ...(y === undefined ? {} : { after: y }) });
  }
  return changes;
}

function diffEvidence(
  before: readonly Evidence[],
  after: readonly Evidence[],
  of: (team: string) => TeamChanges,
): void {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const afterById = new Map(after.map((entry) => [entry.id, entry]));
  const note = (team: string, uuid: string, kind: ChangeKind, entry: Evidence) => {
    const changes = of(team);
    changes.activity(uuid).evidence.push({ kind, id: entry.id, title: entry.title });
    changes.counts[kind === 'added' ? 'evidenceAdded' : kind === 'removed' ? 'evidenceRemoved' : 'evidenceChanged']++;
  };
  for (const id of new Set([...beforeById.keys(), ...afterById.keys()])) {
    const x = beforeById.get(id);
    const y = afterById.get(id);
    if (x && y && (x === y || sameEvidence(x, y))) continue;
    const moved = x && y && x.activityUuid !== y.activityUuid;
    for (const team of new Set([...(x?.teams ?? []), ...(y?.teams ?? [])])) {
      const was = x !== undefined && x.teams.includes(team);
      const is = y !== undefined && y.teams.includes(team);
      if (was && is && !moved) note(team, y.activityUuid, 'changed', y);
      else {
        if (was) note(team, x.activityUuid, 'removed', x);
        if (is) note(team, y.activityUuid, 'added', y);
      }
    }
  }
}

function namesDiff(before: readonly string[], after: readonly string[], same?: (name: string) => boolean): NamesDiff {
  const a = new Set(before);
  const b = new Set(after);
  return {
    added: after.filter((name) => !a.has(name)),
    removed: before.filter((name) => !b.has(name)),
    changed: same ? after.filter((name) => a.has(name) && !same(name)) : [],
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function addCounts(a: DiffCounts, b: DiffCounts): DiffCounts {
  return {
    stagesAdded: a.stagesAdded + b.stagesAdded,
    stagesChanged: a.stagesChanged + b.stagesChanged,
    stagesRemoved: a.stagesRemoved + b.stagesRemoved,
    marksChanged: a.marksChanged + b.marksChanged,
    evidenceAdded: a.evidenceAdded + b.evidenceAdded,
    evidenceChanged: a.evidenceChanged + b.evidenceChanged,
    evidenceRemoved: a.evidenceRemoved + b.evidenceRemoved,
  };
}
