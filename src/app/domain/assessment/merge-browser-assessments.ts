import { ownValue } from '../common/own-value';
import { settingsFrom } from '../persisted/settings-from';
import { AssessmentState, Evidence, Progress, TeamProgress, Teams } from '../types';

const editTime = (entry: { editedAt?: number } | undefined): number => entry?.editedAt ?? -1;
/** Deep equality of small JSON values (lists, settings, stages); not used on whole assessments. */
const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Three browser states of the same app (see mergeBrowserAssessments). */
export interface ThreeWay<T> {
  /** The last stored version both sides started from. */
  readonly base: T;
  /** This tab's state (its edits not yet stored, or being stored now). */
  readonly mine: T;
  /** The stored state another tab saved since `base`. */
  readonly theirs: T;
}

/**
 * Merges two tabs' states of the same browser storage, entry by entry, against the last stored
 * version both started from (a three-way merge; the store guarantees that `base` is that version,
 * see AssessmentPersistence.write). What only one side changed is taken from that side, so two tabs
 * that each add a team keep both teams, and a team deleted in one tab stays deleted:
 * - team list, removed teams: items added and removed on either side (the stored order first);
 * - groups, settings, roadmap targets: per key (a group's members as a list, as above);
 * - progress: per activity x team; when both sides changed an entry, the newer edit wins;
 * - evidence: per id, newer edit wins, deletions (with their time) win over older edits;
 * - the stage definition and the custom files: as a whole (a partial stage list would change what
 *   every stage date means).
 * When both sides changed the same entry otherwise, `mine` wins: this tab then stores its value and
 * the other tab takes it over, so both converge on the later edit.
 */
export function mergeBrowserAssessments({ base, mine, theirs }: ThreeWay<AssessmentState>): AssessmentState {
  if (mine === base) return theirs;
  const deletedEvidence = Object.fromEntries([
    ...Object.entries(mine.deletedEvidence),
    ...Object.entries(theirs.deletedEvidence).map(([id, at]) => [
      id,
      Math.max(at, ownValue(mine.deletedEvidence, id) ?? at),
    ]),
  ]);
  const stagesFrom = sameJson(mine.stages, base.stages) && mine.stagesEdited === base.stagesEdited ? theirs : mine;
  const targets = mergeTargets({ base: base.targets, mine: mine.targets, theirs: theirs.targets });
  return {
    teams: mergeTeams({ base: base.teams, mine: mine.teams, theirs: theirs.teams }),
    teamsEdited: mine.teamsEdited || theirs.teamsEdited,
    removedTeams: mergeList({ base: base.removedTeams, mine: mine.removedTeams, theirs: theirs.removedTeams }),
    stages: stagesFrom.stages,
    stagesEdited: stagesFrom.stagesEdited,
    progress: mergeProgress({ base: base.progress, mine: mine.progress, theirs: theirs.progress }),
    evidence: mergeEvidence(mine.evidence, theirs.evidence, deletedEvidence),
    deletedEvidence,
    settings: settingsFrom(
      mergeRecord({ base: { ...base.settings }, mine: { ...mine.settings }, theirs: { ...theirs.settings } }, sameJson),
    ),
    customFiles: sameJson(mine.customFiles, base.customFiles) ? theirs.customFiles : mine.customFiles,
    ...(targets === undefined ? {} : { targets }),
  };
}

/** Items added or removed on either side; the stored (`theirs`) order, then what `mine` added. */
function mergeList({ base, mine, theirs }: ThreeWay<readonly string[]>): readonly string[] {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base)) return mine;
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const inTheirs = new Set(theirs);
  return [
    ...theirs.filter((item) => inMine.has(item) || !inBase.has(item)),
    ...mine.filter((item) => !inBase.has(item) && !inTheirs.has(item)),
  ];
}

/**
 * Per key: the side that changed it (an absent key is a deleted one), else `conflict`. Built with
 * Object.fromEntries: a key may be `__proto__` (a team name).
 */
function mergeRecord<V>(
  { base, mine, theirs }: ThreeWay<Readonly<Record<string, V>>>,
  same: (a: V | undefined, b: V | undefined) => boolean,
  conflict: (values: ThreeWay<V | undefined>) => V | undefined = (values) => values.mine,
): Record<string, V> {
  if (mine === base) return theirs;
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
  const merged: [string, V][] = [];
  for (const key of keys) {
    const values = { base: ownValue(base, key), mine: ownValue(mine, key), theirs: ownValue(theirs, key) };
    const value = same(values.mine, values.base)
      ? values.theirs
      : same(values.theirs, values.base)
        ? values.mine
        : conflict(values);
    if (value !== undefined) merged.push([key, value]);
  }
  return Object.fromEntries(merged);
}

function mergeTeams({ base, mine, theirs }: ThreeWay<Teams>): Teams {
  const names = mergeList({ base: base.names, mine: mine.names, theirs: theirs.names });
  // A team deleted on either side leaves every group, also one the other side changed.
  const kept = new Set(names);
  const gone = new Set(base.names.filter((team) => !kept.has(team)));
  const groups = mergeRecord({ base: base.groups, mine: mine.groups, theirs: theirs.groups }, sameJson, (members) =>
    // Changed on both sides: deleted on one side and changed on the other keeps the change.
    members.mine && members.theirs
      ? mergeList({ base: members.base ?? [], mine: members.mine, theirs: members.theirs })
      : (members.mine ?? members.theirs),
  );
  return {
    names,
    groups: Object.fromEntries(
      Object.entries(groups).map(([group, members]) => [group, members.filter((team) => !gone.has(team))]),
    ),
  };
}

/** No record (undefined: the files' targets apply) is a value of its own; otherwise per team. */
function mergeTargets({ base, mine, theirs }: ThreeWay<AssessmentState['targets']>): AssessmentState['targets'] {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base)) return mine;
  return mergeRecord({ base: base ?? {}, mine: mine ?? {}, theirs: theirs ?? {} }, (a, b) => a === b);
}

function sameEntry(a: TeamProgress | undefined, b: TeamProgress | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return (
    a.editedAt === b.editedAt &&
    a.notApplicable?.reason === b.notApplicable?.reason &&
    a.notApplicable?.date === b.notApplicable?.date &&
    sameJson(a.stages, b.stages)
  );
}

function mergeProgress({ base, mine, theirs }: ThreeWay<Progress>): Progress {
  return mergeRecord(
    { base, mine, theirs },
    (a, b) => a === b,
    (activity) => {
      const teams = mergeRecord(
        { base: activity.base ?? {}, mine: activity.mine ?? {}, theirs: activity.theirs ?? {} },
        sameEntry,
        // Both sides changed the entry: the newer edit wins (a lowered stage is an edit too).
        ({ mine, theirs }) => (mine && (!theirs || editTime(mine) > editTime(theirs)) ? mine : theirs),
      );
      return Object.keys(teams).length > 0 ? teams : undefined;
    },
  );
}

function mergeEvidence(
  mine: readonly Evidence[],
  theirs: readonly Evidence[],
  deleted: Readonly<Record<string, number>>,
): Evidence[] {
  const byId = new Map<string, Evidence>();
  for (const entry of [...theirs, ...mine]) {
    const other = byId.get(entry.id);
    if (!other || editTime(entry) > editTime(other)) byId.set(entry.id, entry);
  }
  return [...new Set([...theirs, ...mine].map((e) => e.id))]
    .map((id) => byId.get(id)!)
    .filter((entry) => {
      const deletedAt = ownValue(deleted, entry.id);
      return deletedAt === undefined || editTime(entry) > deletedAt;
    });
}
