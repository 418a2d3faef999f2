import { AssessmentState, Evidence, NotApplicable, Settings, StageDates, TeamProgress } from '../types';
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
  readonly counts: DiffCounts;
  /** Activities with a change for the team; what changes on each is `teamActivityDiffs`. */
  readonly activityCount: number;
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

type MutableCounts = { -readonly [K in keyof DiffCounts]: number };

/** What the whole diff keeps of a team: counts, not the changes (a preview may hold 200,000). */
class TeamTally {
  readonly counts: MutableCounts = { ...ZERO };
  /** Activities whose progress changed that no evidence change counted already. */
  progressOnly = 0;
  readonly evidenceUuids = new Set<string>();
}

/**
 * Compares two assessments the way a user reads them: per team, how many stage dates, marks and
 * pieces of evidence are added, changed and removed, on how many activities (each team's changes
 * themselves come from `teamActivityDiffs`, read the same way); then the team list, groups, stage
 * definition, settings and custom files. Edit times are not compared (restamping an entry changes
 * nothing a user sees).
 */
export function diffAssessments(before: AssessmentState, after: AssessmentState): AssessmentDiff {
  const tallies = new Map<string, TeamTally>();
  const of = (team: string) => {
    let found = tallies.get(team);
    if (!found) tallies.set(team, (found = new TeamTally()));
    return found;
  };
  eachEvidenceChange(before.evidence, after.evidence, (team, uuid, kind) => {
    const tally = of(team);
    tally.counts[EVIDENCE_COUNT[kind]]++;
    tally.evidenceUuids.add(uuid);
  });
  // The entries' own comparison, counted rather than listed: the visit below adds to these two.
  let tally = new TeamTally();
  let changes = 0;
  const stage = (_title: string, was: string | undefined, is: string | undefined) => {
    tally.counts[stageCount(was, is)]++;
    changes++;
  };
  for (const uuid of unionKeys(before.progress, after.progress)) {
    const a = ownValue(before.progress, uuid) ?? {};
    const b = ownValue(after.progress, uuid) ?? {};
    if (a === b) continue;
    for (const team of unionKeys(a, b)) {
      const x = ownValue(a, team);
      const y = ownValue(b, team);
      if (x === y) continue;
      tally = of(team);
      changes = 0;
      if (entryChanges(x, y, stage)) {
        tally.counts.marksChanged++;
        changes++;
      }
      if (changes > 0 && !tally.evidenceUuids.has(uuid)) tally.progressOnly++;
    }
  }

  const listed = new Set(after.teams.names);
  const order = [...new Set([...after.teams.names, ...before.teams.names])].filter((team) =>
    changedTeam(tallies, team),
  );
  const ordered = new Set(order);
  const others = [...tallies.keys()]
    .filter((team) => !ordered.has(team) && changedTeam(tallies, team))
    .sort(codePointOrder);
  const teamDiffs: TeamDiff[] = [...order, ...others].map((team) => {
    const tally = tallies.get(team)!;
    return {
      team,
      listed: listed.has(team),
      counts: tally.counts,
      activityCount: tally.evidenceUuids.size + tally.progressOnly,
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

/**
 * One team's changes per activity, in model order (activities the model does not know last): the
 * stage dates, mark and evidence the diff counts for it.
 */
export function teamActivityDiffs(
  before: AssessmentState,
  after: AssessmentState,
  team: string,
  model?: ActivityIndex,
): ActivityDiff[] {
  const activities = new Map<
    string,
    { stages: StageChange[]; notApplicable?: MarkChange; evidence: EvidenceChange[] }
  >();
  const activity = (uuid: string) => {
    let found = activities.get(uuid);
    if (!found) activities.set(uuid, (found = { stages: [], evidence: [] }));
    return found;
  };
  for (const uuid of unionKeys(before.progress, after.progress)) {
    const x = ownValue(ownValue(before.progress, uuid), team);
    const y = ownValue(ownValue(after.progress, uuid), team);
    if (x === y) continue;
    const stages: StageChange[] = [];
    const mark = entryChanges(x, y, (title, was, is) =>
      stages.push({ title, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) }),
    );
    if (stages.length === 0 && mark === undefined) continue;
    const found = activity(uuid);
    found.stages = stages;
    if (mark) found.notApplicable = mark;
  }
  eachEvidenceChange(before.evidence, after.evidence, (changed, uuid, kind, entry) => {
    if (changed === team) activity(uuid).evidence.push({ kind, id: entry.id, title: entry.title });
  });
  return inActivityOrder(activities.keys(), model).map((uuid) => {
    const name = model?.byUuid.get(uuid)?.name;
    return { uuid, ...(name === undefined ? {} : { name }), ...activities.get(uuid)! };
  });
}

const EVIDENCE_COUNT = { added: 'evidenceAdded', changed: 'evidenceChanged', removed: 'evidenceRemoved' } as const;

const stageCount = (was: string | undefined, is: string | undefined) =>
  was === undefined ? 'stagesAdded' : is === undefined ? 'stagesRemoved' : 'stagesChanged';

function changedTeam(tallies: ReadonlyMap<string, TeamTally>, team: string): boolean {
  const counts = tallies.get(team)?.counts;
  return counts !== undefined && Object.values(counts).some((count) => count > 0);
}

/** The keys of both records, each once: the first's in order, then the second's others. */
function unionKeys(a: object, b: object): string[] {
  const keys = Object.keys(a);
  for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) keys.push(key);
  return keys;
}

/**
 * How one team's entry on one activity changes: each stage date added, changed or removed is
 * visited (titles in the entry's order before, then the new ones); the mark's change is returned.
 */
function entryChanges(
  x: TeamProgress | undefined,
  y: TeamProgress | undefined,
  stage: (title: string, was: string | undefined, is: string | undefined) => void,
): MarkChange | undefined {
  const before = x?.stages ?? NO_STAGES;
  const after = y?.stages ?? NO_STAGES;
  for (const title of Object.keys(before)) {
    const was = before[title];
    const is = ownValue(after, title);
    if (was !== is) stage(title, was, is);
  }
  for (const title of Object.keys(after)) if (!Object.hasOwn(before, title)) stage(title, undefined, after[title]);
  return markChange(x?.notApplicable, y?.notApplicable);
}

const NO_STAGES: StageDates = {};

function markChange(before: NotApplicable | undefined, after: NotApplicable | undefined): MarkChange | undefined {
  if (before?.reason === after?.reason && before?.date === after?.date) return undefined;
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** Each piece of evidence added, changed or removed, once for each team it is (or was) of. */
function eachEvidenceChange(
  before: readonly Evidence[],
  after: readonly Evidence[],
  note: (team: string, uuid: string, kind: ChangeKind, entry: Evidence) => void,
): void {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const afterById = new Map(after.map((entry) => [entry.id, entry]));
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
